package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;

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

  /**
   * @param order the slots of the rows read, in reading order: rows are walked, and items summed,
   *     in this order
   * @param rows the values read, by slot of {@link Table3Reader#ROW_KEYS}; null where none was read
   */
  static void run(int[] order, Double[][] rows, ParsedReport report) {
    String[] cols = Table3Reader.COLUMNS;
    for (int k : order) {
      Double[] v = rows[k];
      if (v == null) {
        continue;
      }
      Double sum = 0.0;
      for (int c = 0; c < 6 && sum != null; c++) {
        sum = v[c] == null ? null : sum + v[c];
      }
      if (sum != null && v[6] != null && Math.abs(sum - v[6]) > EPS) {
        report.addFlag("t3.row_total:" + Table3Reader.ROW_KEYS[k]);
      }
    }
    for (int c = 0; c < cols.length; c++) {
      Double lhs = add(get(rows, Table3Reader.NEW, c), get(rows, Table3Reader.CARRIED, c));
      Double rhs = add(get(rows, Table3Reader.RESULTS, c), get(rows, Table3Reader.CARRIED_FORWARD, c));
      if (lhs != null && rhs != null && Math.abs(lhs - rhs) > EPS) {
        report.addFlag("t3.balance:" + cols[c]);
      }
      Double sections = add(get(rows, Table3Reader.GRANTED, c), get(rows, Table3Reader.PARTIAL, c));
      for (int s = 0; s < Table3Reader.SECTIONS.length; s++) {
        int slot = Table3Reader.SECTION_SLOTS[s];
        Double items = itemSum(order, rows, slot, c);
        Double total = get(rows, slot, c);
        if (total != null && items != null && Math.abs(total - items) > EPS) {
          report.addFlag("t3.section_sum." + Table3Reader.SECTIONS[s] + ":" + cols[c]);
        }
        sections = add(sections, total != null ? total : items);
      }
      Double results = get(rows, Table3Reader.RESULTS, c);
      if (results != null && sections != null && Math.abs(results - sections) > EPS) {
        report.addFlag("t3.results_sum:" + cols[c]);
      }
    }
  }

  /**
   * Sum of a section's item rows in one column, in reading order; null when none was read or one
   * is unknown. The items of the section at {@code sectionSlot} are the slots after it up to the
   * next section (or the end).
   */
  private static Double itemSum(int[] order, Double[][] rows, int sectionSlot, int c) {
    int end = nextSectionSlot(sectionSlot);
    Double sum = null;
    for (int k : order) {
      if (k > sectionSlot && k < end && rows[k] != null) {
        Double v = rows[k][c];
        if (v == null) {
          return null;
        }
        sum = sum == null ? v : sum + v;
      }
    }
    return sum;
  }

  private static int nextSectionSlot(int sectionSlot) {
    for (int next : Table3Reader.SECTION_SLOTS) {
      if (next > sectionSlot) {
        return next;
      }
    }
    return Table3Reader.ROW_KEYS.length;
  }

  private static Double get(Double[][] rows, int slot, int c) {
    Double[] v = rows[slot];
    return v == null ? null : v[c];
  }

  private static Double add(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }
}
