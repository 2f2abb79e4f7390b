package io.ogi.model;

import java.io.Serializable;
import java.util.List;

/**
 * Where a report's issuer sits in the division hierarchy (GB/T 2260).
 *
 * <p>Names are full official names valid in the report's year (浙江省, 温州市, 鹿城区); a field that
 * does not apply or could not be decided is {@code null}. {@code level} is one of {@code central},
 * {@code province}, {@code prefecture}, {@code county}, {@code township}, or {@code null} when
 * unknown.
 *
 * @param divisionCode six-digit code of the most specific division resolved, or {@code null}
 * @param province province-level name
 * @param prefecture prefecture-level name
 * @param county county-level name
 * @param level administrative level of the issuer
 * @param confidence 0..1
 * @param evidence short human-readable notes on what decided it (e.g. {@code "title:北戴河区"},
 *     {@code "phone:0577"})
 */
public record Place(
    String divisionCode,
    String province,
    String prefecture,
    String county,
    String level,
    double confidence,
    List<String> evidence)
    implements Serializable {

  public static final Place UNKNOWN = new Place(null, null, null, null, null, 0.0, List.of());
}
