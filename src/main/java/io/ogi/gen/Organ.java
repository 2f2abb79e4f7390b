package io.ogi.gen;

/**
 * An issuing organ as the generator knows it: the name printed in the title, what the gold file
 * records about it, and the words the report uses for its place.
 *
 * @param name the issuing organ as written in the title and signature (鹿城区教育局)
 * @param level {@code province}, {@code prefecture}, {@code county} or {@code township}
 * @param issuer {@code government}, {@code government_office} or {@code department}
 * @param province full name of the province-level division
 * @param prefecture full name of the prefecture, or null (province level, municipality districts)
 * @param county full name of the county-level division, or null
 * @param divisionCode six-digit code of the most specific division (a township's county)
 * @param chain the divisions from the province down, as a report names them (浙江省温州市鹿城区)
 * @param area the word for the whole jurisdiction (全省, 全市, 全区, 全县 …)
 * @param weight how many requests this kind of organ receives, relative to a county department
 */
record Organ(
    String name,
    String level,
    String issuer,
    String province,
    String prefecture,
    String county,
    String divisionCode,
    String chain,
    String area,
    double weight) {}
