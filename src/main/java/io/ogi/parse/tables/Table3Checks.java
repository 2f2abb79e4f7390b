package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import java.util.Map;

/**
 * The accounting checks of table 三 (domain.md), each failure a named flag; nothing is repaired.
 *
 * <ul>
 *   <li>{@code t3.row_total:<row>}: the 总计 column differs from the sum of the six applicant columns;
 *   <li>{@code t3.balance:<column>}: 一 + 二 ≠ (七) + 四 (the 勾稽关系 printed above the table);
 *   <li>{@code t3.results_sum:<column>}: (七)总计 ≠ (一) + … + (六);
 *   <li>{@code t3.section_sum.<section>:<column>}: a section total differs from its items (seed 002).
 * </ul>
 *
 * A check runs only when all its terms were read.
 */
final class Table3Checks {

  private static final double EPS = 1e-6;

  private Table3Checks() {}

  static void run(Map<String, Double[]> rows, ParsedReport report) {
    String[] cols = Table3Reader.COLUMNS;
    for (Map.Entry<String, Double[]> e : rows.entrySet()) {
      Double[] v = e.getValue();
      Double sum = 0.0;
      for (int c = 0; c < 6 && sum != null; c++) {
        sum = v[c] == null ? null : sum + v[c];
      }
      if (sum != null && v[6] != null && Math.abs(sum - v[6]) > EPS) {
        report.addFlag("t3.row_total:" + e.getKey());
      }
    }
    for (int c = 0; c < cols.length; c++) {
      Double lhs = add(get(rows, "new", c), get(rows, "carried", c));
      Double rhs = add(get(rows, "results", c), get(rows, "carried_forward", c));
      if (lhs != null && rhs != null && Math.abs(lhs - rhs) > EPS) {
        report.addFlag("t3.balance:" + cols[c]);
      }
      Double sections = add(get(rows, "granted", c), get(rows, "partial", c));
      for (String s : Table3Reader.SECTIONS) {
        Double items = itemSum(rows, s, c);
        Double total = get(rows, s, c);
        if (total != null && items != null && Math.abs(total - items) > EPS) {
          report.addFlag("t3.section_sum." + s + ":" + cols[c]);
        }
        sections = add(sections, total != null ? total : items);
      }
      Double results = get(rows, "results", c);
      if (results != null && sections != null && Math.abs(results - sections) > EPS) {
        report.addFlag("t3.results_sum:" + cols[c]);
      }
    }
  }

  /** Sum of a section's item rows in one column; null when none was read or one is unknown. */
  private static Double itemSum(Map<String, Double[]> rows, String section, int c) {
    Double sum = null;
    for (Map.Entry<String, Double[]> e : rows.entrySet()) {
      String k = e.getKey();
      if (k.length() > section.length() && k.charAt(section.length()) == '.' && k.startsWith(section)) {
        Double v = e.getValue()[c];
        if (v == null) {
          return null;
        }
        sum = sum == null ? v : sum + v;
      }
    }
    return sum;
  }

  private static Double get(Map<String, Double[]> rows, String key, int c) {
    Double[] v = rows.get(key);
    return v == null ? null : v[c];
  }

  private static Double add(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
