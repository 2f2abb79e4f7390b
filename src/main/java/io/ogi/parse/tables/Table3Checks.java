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
 *
 * <p>Sums are kept in {@code double}s, with NaN for a term not read, where boxed {@code Double}s with
 * {@code null} stood (a box allocated per addition): NaN spreads through every sum as the null did,
 * and a comparison with NaN is false, as the null tests before each comparison made it. No value read
 * is NaN or infinite (cells are decimals of at most 18 characters), so NaN means "not read" only; the
 * additions are the same, in the same order, so every sum and flag is as before.
 */
final class Table3Checks {

  private static final double EPS = 1e-6;
  /** A term not read. */
  private static final double NONE = Double.NaN;

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
      if (v == null || v[6] == null) {
        continue;
      }
      double sum = 0.0;
      boolean known = true;
      for (int c = 0; c < 6; c++) {
        if (v[c] == null) {
          known = false;
          break;
        }
        sum += v[c];
      }
      if (known && Math.abs(sum - v[6]) > EPS) {
        report.addFlag("t3.row_total:" + Table3Reader.ROW_KEYS[k]);
      }
    }
    for (int c = 0; c < cols.length; c++) {
      double lhs = get(rows, Table3Reader.NEW, c) + get(rows, Table3Reader.CARRIED, c);
      double rhs = get(rows, Table3Reader.RESULTS, c) + get(rows, Table3Reader.CARRIED_FORWARD, c);
      if (Math.abs(lhs - rhs) > EPS) {
        report.addFlag("t3.balance:" + cols[c]);
      }
      double sections = get(rows, Table3Reader.GRANTED, c) + get(rows, Table3Reader.PARTIAL, c);
      for (int s = 0; s < Table3Reader.SECTIONS.length; s++) {
        int slot = Table3Reader.SECTION_SLOTS[s];
        double items = itemSum(order, rows, slot, c);
        double total = get(rows, slot, c);
        if (Math.abs(total - items) > EPS) {
          report.addFlag("t3.section_sum." + Table3Reader.SECTIONS[s] + ":" + cols[c]);
        }
        sections += Double.isNaN(total) ? items : total;
      }
      double results = get(rows, Table3Reader.RESULTS, c);
      if (Math.abs(results - sections) > EPS) {
        report.addFlag("t3.results_sum:" + cols[c]);
      }
    }
  }

  /**
   * Sum of a section's item rows in one column, in reading order; NaN when none was read or one
   * is unknown. The items of the section at {@code sectionSlot} are the slots after it up to the
   * next section (or the end).
   */
  private static double itemSum(int[] order, Double[][] rows, int sectionSlot, int c) {
    int end = nextSectionSlot(sectionSlot);
    double sum = NONE;
    for (int k : order) {
      if (k > sectionSlot && k < end && rows[k] != null) {
        Double v = rows[k][c];
        if (v == null) {
          return NONE;
        }
        sum = Double.isNaN(sum) ? v : sum + v; // the first item is the sum, as it was (not 0.0 + it)
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

  /** The value read at {@code slot}, column {@code c}, or NaN. */
  private static double get(Double[][] rows, int slot, int c) {
    Double[] v = rows[slot];
    return v == null || v[c] == null ? NONE : v[c];
  }
}
