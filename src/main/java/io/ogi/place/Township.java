package io.ogi.place;

/**
 * A township-level unit (乡, 镇, 街道) of the statistics bureau's 2023 list.
 *
 * @param code nine-digit code
 * @param name full name (城关镇, 东城街道)
 * @param countyCode six-digit code of its county (the code's first six digits)
 */
public record Township(String code, String name, String countyCode) {}
