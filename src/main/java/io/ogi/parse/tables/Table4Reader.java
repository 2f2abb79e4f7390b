package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.List;

/**
 * Reads table 四 (政府信息公开行政复议、行政诉讼情况): fifteen numbers in three blocks of five — 行政复议,
 * 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉 — each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 *
 * <p>The numbers are the value row under the two header rows. When blank cells were lost in
 * flattening, placements are decided by the block identity (总计 = the other four); when several
 * placements remain (seed 001's "1 | 1"), the table is flagged ambiguous and nothing is emitted.
 */
public final class Table4Reader {

  public static final String[] BLOCKS = {"review", "lit_direct", "lit_after_review"};
  public static final String[] OUTCOMES = {"upheld", "corrected", "other", "pending", "total"};
  private static final String[] BLOCK_LABELS = {"行政复议", "未经复议直接起诉", "复议后起诉"};
  private static final String[] OUTCOME_LABELS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  private static final int WIDTH = 15;

  private Table4Reader() {}

  /** Whether a table is table 四: it names 行政复议 and 行政诉讼 with outcome headers. */
  public static boolean isTable4(ReportContent.Table table) {
    // a cell's label holds 行政复议 or 行政诉讼, and one holds 维持, 纠正 or 审结: worked out with the
    // other readers' tests in one walk
    return TableSigns.of(table, false).table4();
  }

  /** Reads the value row into {@code report}; returns whether a value row was found. */
  public static boolean read(ReportContent.Table table, ParsedReport report) {
    TableRow best = null;
    int bestNumbers = 0;
    for (List<String> cells : table.rows()) {
      TableRow row = TableRow.of(cells, table.exactGrid(), WIDTH);
      int n = row.numberCount();
      if (n > bestNumbers) {
        best = row;
        bestNumbers = n;
      }
    }
    if (best == null) {
      // Headers only: a table 四 left entirely blank is all zeros, but say so.
      report.addFlag("t4.no_values");
      return false;
    }
    Double[] vals = new Double[WIDTH];
    String[] src = new String[WIDTH];
    double conf;
    if (best.positional()) {
      for (int c = 0; c < WIDTH; c++) {
        String cell = best.values().get(c);
        Cells.Kind kind = best.valueKinds()[c];
        vals[c] = kind == Cells.Kind.NUMBER ? Cells.number(cell) : 0.0;
        src[c] = kind == Cells.Kind.NUMBER ? ReportValue.SOURCE_CELL
            : kind == Cells.Kind.DASH ? ReportValue.SOURCE_DASH : ReportValue.SOURCE_BLANK;
      }
      conf = table.exactGrid() ? 1.0 : 0.95;
    } else if (best.values().size() > WIDTH) {
      report.addFlag("t4.extra_cells");
      report.addAmbiguous("t4");
      return true;
    } else {
      Double[] solved = PositionSolver.solve(best.numbers(), WIDTH, Table4Reader::blocksHold);
      if (solved == null) {
        report.addFlag("t4.unresolved");
        report.addAmbiguous("t4");
        return true;
      }
      vals = solved;
      for (int c = 0; c < WIDTH; c++) {
        src[c] = ReportValue.SOURCE_CELL;
      }
      conf = 0.9;
      int unknown = 0;
      for (Double v : vals) {
        if (v == null) {
          unknown++;
        }
      }
      if (unknown == WIDTH) {
        report.addFlag("t4.ambiguous");
        report.addAmbiguous("t4");
        return true;
      }
      if (unknown > 0) {
        report.addFlag("t4.ambiguous");
        for (int c = 0; c < WIDTH; c++) {
          if (vals[c] == null) {
            report.addAmbiguous(key(c));
          }
        }
      }
    }
    for (int c = 0; c < WIDTH; c++) {
      if (vals[c] != null) {
        report.addValue(new ReportValue(
            key(c), vals[c], src[c], "四", BLOCK_LABELS[c / 5], OUTCOME_LABELS[c % 5], conf));
      }
    }
    for (int b = 0; b < 3; b++) {
      Double sum = 0.0;
      for (int o = 0; o < 4 && sum != null; o++) {
        Double v = vals[b * 5 + o];
        sum = v == null ? null : sum + v;
      }
      Double total = vals[b * 5 + 4];
      if (sum != null && total != null && Math.abs(sum - total) > 1e-6) {
        report.addFlag("t4.block_total:" + BLOCKS[b]);
      }
    }
    return true;
  }

  private static String key(int c) {
    return "t4." + BLOCKS[c / 5] + "." + OUTCOMES[c % 5];
  }

  private static boolean blocksHold(double[] v) {
    for (int b = 0; b < 3; b++) {
      double s = v[b * 5] + v[b * 5 + 1] + v[b * 5 + 2] + v[b * 5 + 3];
      if (Math.abs(s - v[b * 5 + 4]) > 1e-6) {
        return false;
      }
    }
    return true;
  }
}
