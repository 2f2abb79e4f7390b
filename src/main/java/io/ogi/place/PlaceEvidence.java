package io.ogi.place;

/** Placeholder until the gazetteer branch lands. */
public record PlaceEvidence(String agency, String text, Integer year) {}
