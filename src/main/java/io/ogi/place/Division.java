package io.ogi.place;

import java.util.List;

/**
 * One record of a county-or-above division (GB/T 2260) for the years its name was valid.
 *
 * <p>Codes are reused and renamed over time (420600 襄樊市 1981-2010, 襄阳市 2010-), so a code can
 * have several records; {@code (code, firstYear)} identifies one.
 *
 * @param code six-digit division code
 * @param name full official name (温州市, 鹿城区, 浙江省)
 * @param level {@code province}, {@code prefecture} or {@code county}
 * @param parentCode code of the parent division; a province's is {@code null}; counties of a
 *     municipality or administered directly by a province (429004 仙桃市) have the province
 * @param provinceCode code of the province
 * @param firstYear first year the name was valid ({@code 0} when unknown: statistics-bureau
 *     functional zones)
 * @param lastYear last year valid, inclusive (the year of the change, when reports use either
 *     name); {@link Integer#MAX_VALUE} while still in use
 * @param successors codes that took over after {@code lastYear}; empty when none
 */
public record Division(
    String code,
    String name,
    String level,
    String parentCode,
    String provinceCode,
    int firstYear,
    int lastYear,
    List<String> successors) {

  public static final String PROVINCE = "province";
  public static final String PREFECTURE = "prefecture";
  public static final String COUNTY = "county";

  /**
   * Whether this record's name was valid in {@code year}.
   *
   * @return true when {@code year} is within [firstYear, lastYear]; true for every record when
   *     {@code year} is null (the year is unknown, so any name may be meant)
   */
  public boolean validIn(Integer year) {
    return year == null || (firstYear <= year && year <= lastYear);
  }

  /** Whether this is a province-level division. */
  public boolean isProvince() {
    return PROVINCE.equals(level);
  }

  /** Whether this is a prefecture-level division. */
  public boolean isPrefecture() {
    return PREFECTURE.equals(level);
  }

  /** Whether this is a county-level division. */
  public boolean isCounty() {
    return COUNTY.equals(level);
  }
}
