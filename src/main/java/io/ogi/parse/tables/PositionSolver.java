package io.ogi.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides which columns hold the numbers of a row whose blank cells were lost in flattening.
 *
 * <p>Given the numbers in reading order and the number of columns, every placement that keeps the
 * order (the other columns zero) is tried, and the placements that satisfy the table's identities
 * are kept. A column is determined when every surviving placement gives it the same value (seed
 * 001: "4 | 4" in a seven-column row of table 三 can only be one applicant column plus the total, so
 * the total is 4 and the applicant column is unknown; table 四's "1 | 1" fits twelve placements, so
 * nothing is known).
 */
final class PositionSolver {

  /** Placements above this count are not enumerated; the row is then left undetermined. */
  private static final int MAX_PLACEMENTS = 200_000;

  private PositionSolver() {}

  /**
   * @return per column the determined value, or {@code null} where placements disagree; {@code
   *     null} as a whole when no placement satisfies {@code valid}
   */
  static Double[] solve(List<Double> numbers, int width, Predicate<double[]> valid) {
    int k = numbers.size();
    if (k > width || binomial(width, k) > MAX_PLACEMENTS) {
      return null;
    }
    List<double[]> survivors = new ArrayList<>();
    int[] pos = new int[k];
    place(numbers, width, valid, pos, 0, 0, survivors);
    if (survivors.isEmpty()) {
      return null;
    }
    Double[] out = new Double[width];
    for (int c = 0; c < width; c++) {
      double v = survivors.get(0)[c];
      boolean same = true;
      for (double[] s : survivors) {
        if (s[c] != v) {
          same = false;
          break;
        }
      }
      out[c] = same ? v : null;
    }
    return out;
  }

  private static void place(
      List<Double> numbers, int width, Predicate<double[]> valid, int[] pos, int idx, int from, List<double[]> out) {
    int k = numbers.size();
    if (idx == k) {
      double[] row = new double[width];
      for (int i = 0; i < k; i++) {
        row[pos[i]] = numbers.get(i);
      }
      if (valid.test(row)) {
        out.add(row);
      }
      return;
    }
    for (int p = from; p <= width - (k - idx); p++) {
      pos[idx] = p;
      place(numbers, width, valid, pos, idx + 1, p + 1, out);
    }
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }
}
