package io.ogi.parse.tables;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.List;

/**
 * The answers of the four table tests, worked out in one walk over a table's cells.
 *
 * <p>The parser asks each table in turn {@link Table3Reader#isTable3}, {@link
 * LegacyTableReader#isLegacyTable}, {@link Table4Reader#isTable4} and {@link Table2Reader#isTable2}
 * until one holds, and a test that fails has looked at every cell: table 二 was walked four times,
 * table 四 and the legacy table twice. Every test is "some cell's label holds these words" (for 四
 * and 二, one cell holds these and some cell those), so one walk answers all four: it looks at each
 * cell once, makes its {@link Cells#label} once when the cell holds a character that opens one of
 * the words, and tests the words there.
 *
 * <p>Each test looks for its words only in cells that hold one of their characters: {@code label()}
 * keeps every Han character of its cell and makes none, so a cell without them has none of the words
 * (numbers and blanks, most cells, hold none of the characters below).
 *
 * <p>The parser walks each table once ({@link #of}) and reads the answers; each of the four tests
 * alone ({@code Table3Reader.isTable3} …) makes its own walk.
 */
public final class TableSigns {

  /** 新 and 申: both are in 新收 … 申请 (table 三). */
  private static final int NEW_1 = 1;
  private static final int NEW_2 = 2;
  /** 收, 统 or 答 (the legacy table's words). */
  private static final int LEGACY = 4;
  /** 行 (行政复议, 行政诉讼: table 四). */
  private static final int REVIEW = 8;
  /** 维, 纠 or 审 (维持, 纠正, 审结: table 四). */
  private static final int OUTCOME = 16;
  /** 第 or 信 (第二十条, 信息内容: table 二's headers). */
  private static final int HEADER = 32;
  /** 规, 行, 管 or 采 (each word of {@link Table2Reader#itemOf} holds one). */
  private static final int ITEM = 64;

  private final boolean table3;
  private final boolean legacy;
  private final boolean table4;
  private final boolean table2;

  private TableSigns(boolean table3, boolean legacy, boolean table4, boolean table2) {
    this.table3 = table3;
    this.legacy = legacy;
    this.table4 = table4;
    this.table2 = table2;
  }

  /**
   * The answers of the four tests for {@code table}.
   *
   * @param stopAtTable3 stop at table 三's sign, the other answers then false: for a parser that
   *     still looks for table 三 and asks nothing more of it once found
   */
  public static TableSigns of(ReportContent.Table table, boolean stopAtTable3) {
    boolean table3 = false;
    boolean legacy = false;
    boolean review = false;
    boolean outcome = false;
    boolean header = false;
    boolean item = false;
    for (List<String> row : table.rows()) {
      for (String c : row) {
        int signs = signs(c);
        if (signs == 0) {
          continue;
        }
        String l = Cells.label(c);
        if (!table3 && (signs & (NEW_1 | NEW_2)) == (NEW_1 | NEW_2) && l.contains("新收") && l.contains("申请")) {
          table3 = true;
          if (stopAtTable3) {
            return new TableSigns(true, false, false, false);
          }
        }
        if (!legacy && (signs & LEGACY) != 0 && (l.contains("收到申请数") || l.contains("统计指标")
            || l.contains("同意公开答复") || l.contains("政府信息公开情况统计表"))) {
          legacy = true;
        }
        if (!review && (signs & REVIEW) != 0 && (l.contains("行政复议") || l.contains("行政诉讼"))) {
          review = true;
        }
        if (!outcome && (signs & OUTCOME) != 0 && (l.contains("维持") || l.contains("纠正") || l.contains("审结"))) {
          outcome = true;
        }
        if (!header && (signs & HEADER) != 0 && (l.startsWith("第二十条") || l.equals("信息内容"))) {
          header = true;
        }
        if (!item && (signs & ITEM) != 0 && Table2Reader.itemOf(l) != null) {
          item = true;
        }
      }
    }
    return new TableSigns(table3, legacy, review && outcome, header && item);
  }

  /** {@link Table3Reader#isTable3}. */
  public boolean table3() {
    return table3;
  }

  /** {@link LegacyTableReader#isLegacyTable} (false after a walk stopped at table 三). */
  public boolean legacy() {
    return legacy;
  }

  /** {@link Table4Reader#isTable4} (false after a walk stopped at table 三). */
  public boolean table4() {
    return table4;
  }

  /** {@link Table2Reader#isTable2} (false after a walk stopped at table 三). */
  public boolean table2() {
    return table2;
  }

  /** The signs above whose characters {@code c} holds; 0 for most cells (numbers, blanks). */
  private static int signs(String c) {
    int signs = 0;
    for (int i = 0, n = c.length(); i < n; i++) {
      char ch = c.charAt(i);
      if (ch < '\u4e00') {
        continue; // every character below is a CJK ideograph
      }
      signs |= switch (ch) {
        case '新' -> NEW_1;
        case '申' -> NEW_2;
        case '收', '统', '答' -> LEGACY;
        case '行' -> REVIEW | ITEM;
        case '维', '纠', '审' -> OUTCOME;
        case '第', '信' -> HEADER;
        case '规', '管', '采' -> ITEM;
        default -> 0;
      };
    }
    return signs;
  }
}
