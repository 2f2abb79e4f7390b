package io.ogi.job;

import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stand-in parser for job tests: a "report" is {@code name=value} lines, so a test writes
 * documents of known content and computes the expected tables from the same numbers.
 *
 * <p>Meta lines: {@code status}, {@code reason}, {@code year}, {@code province}, {@code division},
 * {@code scope}, {@code template}, {@code agency}, {@code flag}, {@code tables_missing}, and {@code
 * throw} (the parser throws). Lines whose name starts with {@code t2.}, {@code t3.}, {@code t4.},
 * {@code legacy.} or {@code proactive.} are values; anything else is ignored (padding).
 */
final class FakeReports {

  private FakeReports() {}

  static final String VERSION = "fake-1";

  static ParsedReport parse(String sourcePath, byte[] bytes) {
    ParsedReport r = new ParsedReport();
    r.setSourcePath(sourcePath);
    r.setSizeBytes(bytes.length);
    r.setParserVersion(VERSION);
    r.setFormat("text");
    r.setCharset("UTF-8");
    String province = null;
    String division = null;
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = line.substring(0, eq).trim();
      String value = line.substring(eq + 1).trim();
      switch (name) {
        case "throw" -> throw new IllegalStateException(value);
        case "status" -> r.setStatus(value);
        case "reason" -> r.setReason(value);
        case "year" -> r.setYear(Integer.parseInt(value));
        case "province" -> province = value;
        case "division" -> division = value;
        case "scope" -> r.setScope(value);
        case "template" -> r.setTemplate(value);
        case "agency" -> r.setAgency(value);
        case "flag" -> r.addFlag(value);
        case "tables_missing" -> r.setTablesMissing(Boolean.parseBoolean(value));
        default -> {
          if (name.matches("(t2|t3|t4|legacy|proactive)\\..+")) {
            r.addValue(
                new ReportValue(
                    name, Double.parseDouble(value), ReportValue.SOURCE_CELL, "三", name, null, 1.0));
          }
        }
      }
    }
    if (province != null || division != null) {
      r.setPlace(new Place(division, province, null, null, "county", 0.9, List.of("fake:" + province)));
    }
    return r;
  }
}
