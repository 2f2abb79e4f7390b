package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 三 of the 2019 template (收到和处理政府信息公开申请情况): seven applicant columns by
 * the rows of {@code gold-format.md}, then runs the accounting checks of {@code domain.md}.
 *
 * <p>Rows are found by their labels, not by position, so the same reader serves HTML grids and every
 * text flattening; items inside a section (1.属于国家秘密 …) are matched by keyword, then by their
 * number when a page break cut the label (seed 002: "3. 要求提" / "供公 开出 版物").
 */
public final class Table3Reader {

  public static final String[] COLUMNS = {
    "natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"
  };
  private static final String[] COLUMN_LABELS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
  private static final int WIDTH = 7;
  private static final int TOTAL = 6;

  static final String[] SECTIONS = {"denied", "unable", "not_processed", "other"};
  private static final String[][] ITEMS = {
    {"state_secret", "prohibited_by_law", "three_safety_one_stability", "third_party_rights",
      "internal_affairs", "process_info", "law_enforcement_file", "administrative_query"},
    {"not_held", "needs_creation", "unclear_after_correction"},
    {"petition_complaint", "repeat", "publication", "excessive", "confirmation"},
    {"overdue_correction", "overdue_fee", "other"}};
  private static final Word[][][] ITEM_KEYWORDS = words(new String[][][] {
    {{"国家秘密"}, {"禁止公开"}, {"三安全", "一稳定"}, {"第三方"}, {"内部事务"}, {"过程性"}, {"执法案卷"}, {"行政查询"}},
    {{"不掌握"}, {"另行制作", "现成信息"}, {"不明确"}},
    {{"信访", "举报", "投诉"}, {"重复申请"}, {"出版物"}, {"大量反复", "反复申请"}, {"确认", "重新出具"}},
    {{"不补正", "逾期不补"}, {"缴纳费用", "收费通知", "缴费"}, {"其他"}}});
  /** The words of each section's label, in {@link #SECTIONS} order. */
  private static final String[] SECTION_WORDS = {"不予公开", "无法提供", "不予处理", "其他处理"};
  private static final Word[] SECTION_LABELS = {
    new Word(SECTION_WORDS[0]), new Word(SECTION_WORDS[1]), new Word(SECTION_WORDS[2]), new Word(SECTION_WORDS[3])};
  // the words of the top-level rows, in the order topLevel tests them
  private static final Word NEW_RECEIVED = new Word("新收");
  private static final Word APPLICATIONS = new Word("申请");
  private static final Word[] CARRIED_FORWARD_WORDS = {new Word("结转下年度"), new Word("下年度继续办理"), new Word("转下年度")};
  private static final Word CARRIED_WORD = new Word("上年结转");
  private static final Word PARTIAL_WORD = new Word("部分公开");
  private static final Word GRANTED_WORD = new Word("予以公开");
  private static final Word TOTAL_WORD = new Word("总计");
  private static final int OTHER_SECTION = 3;
  /** The zero a blank or dash cell reads as, boxed once: {@code vals[c] = 0.0} boxed a new one each time. */
  private static final Double ZERO = 0.0;

  /**
   * Every row key read() can make, each at a fixed slot: the six top-level rows, then each section
   * followed by its items ("denied", "denied.state_secret", …). Rows, their values and the checks are
   * kept in arrays by slot where string-keyed maps stood; the keys are spelt out only in output.
   */
  static final String[] ROW_KEYS;

  static final int NEW = 0;
  static final int CARRIED_FORWARD = 1;
  static final int CARRIED = 2;
  static final int PARTIAL = 3;
  static final int GRANTED = 4;
  static final int RESULTS = 5;
  /** The slot of each section's total row; its items follow it. */
  static final int[] SECTION_SLOTS = new int[SECTIONS.length];

  /** The value keys of each slot, by column ("t3.denied.state_secret.natural_person" …). */
  private static final String[][] VALUE_KEYS;

  static {
    List<String> rowKeys = new ArrayList<>(List.of("new", "carried_forward", "carried", "partial", "granted", "results"));
    for (int s = 0; s < SECTIONS.length; s++) {
      SECTION_SLOTS[s] = rowKeys.size();
      rowKeys.add(SECTIONS[s]);
      for (String item : ITEMS[s]) {
        rowKeys.add(SECTIONS[s] + "." + item);
      }
    }
    ROW_KEYS = rowKeys.toArray(new String[0]);
    VALUE_KEYS = new String[ROW_KEYS.length][WIDTH];
    for (int k = 0; k < ROW_KEYS.length; k++) {
      for (int c = 0; c < WIDTH; c++) {
        VALUE_KEYS[k][c] = "t3." + ROW_KEYS[k] + "." + COLUMNS[c];
      }
    }
  }

  private static Word[][][] words(String[][][] texts) {
    Word[][][] out = new Word[texts.length][][];
    for (int s = 0; s < texts.length; s++) {
      out[s] = new Word[texts[s].length][];
      for (int i = 0; i < texts[s].length; i++) {
        out[s][i] = new Word[texts[s][i].length];
        for (int w = 0; w < texts[s][i].length; w++) {
          out[s][i][w] = new Word(texts[s][i][w]);
        }
      }
    }
    return out;
  }

  /** The section whose total or item row {@code slot} is, or -1 for a top-level row. */
  static int sectionOfSlot(int slot) {
    for (int s = SECTIONS.length - 1; s >= 0; s--) {
      if (slot >= SECTION_SLOTS[s]) {
        return s;
      }
    }
    return -1;
  }

  /** Whether a table is table 三: it has the row of new applications. */
  public static boolean isTable3(ReportContent.Table table) {
    // some cell's label holds 新收 and 申请: worked out with the other readers' tests in one walk
    return TableSigns.of(table, true).table3();
  }

  /**
   * Result of reading, with the revision signs seen: the 2021 revision has three 其他处理 rows where
   * the trial format has one; 社会组织 replaced 社会公益组织, but some 2019 reports already used it
   * (seed 002), so that sign is the weakest.
   */
  public record Outcome(boolean found, boolean otherItems, boolean otherSingleRow, boolean socialOrgOnly) {}

  /** A row read, at its key's slot in {@link #ROW_KEYS}. */
  private record KeyedRow(int slot, TableRow row) {
    String key() {
      return ROW_KEYS[slot];
    }
  }

  /**
   * Reads table 三 from {@code table} into {@code report}: values, flags, ambiguous keys.
   *
   * @return whether any row was read, and the revision hints seen
   */
  public static Outcome read(ReportContent.Table table, ParsedReport report) {
    List<KeyedRow> rows = new ArrayList<>();
    boolean[] seen = new boolean[ROW_KEYS.length];
    boolean started = false;
    boolean otherItems = false;
    boolean sawSocialOrgOnly = false;
    boolean sawPublicWelfare = false;
    int section = -1;
    List<List<String>> cellsRows = table.rows();
    // The next row, when split ahead of its turn to look for a wrapped label's numbers and not taken.
    TableRow splitAhead = null;
    for (int i = 0; i < cellsRows.size(); i++) {
      List<String> cells = cellsRows.get(i);
      for (String c : cells) {
        if (c.indexOf('社') < 0) {
          continue; // neither label below
        }
        String l = Cells.label(c);
        if (l.equals("社会组织")) {
          sawSocialOrgOnly = true;
        } else if (l.contains("社会公益组织")) {
          sawPublicWelfare = true;
        }
      }
      TableRow row = splitAhead != null ? splitAhead : TableRow.of(cells, table.exactGrid(), WIDTH);
      splitAhead = null;
      int key = -1;
      for (String raw : row.labels()) {
        String l = Cells.label(raw);
        long bits = Word.bits(l); // the words below are looked for by their bits first (Word)
        int top = topLevel(l, bits);
        if (top >= 0) {
          if (top == NEW) {
            started = true;
          }
          key = top;
          section = -1;
          continue;
        }
        int sec = sectionOf(l, bits);
        if (sec >= 0) {
          section = sec;
          key = SECTION_SLOTS[sec];
          // PDF text joins the section label and its first item ("（三）不予公开1.属于国家秘密").
          String word = SECTION_WORDS[sec];
          String rest = l.substring(l.indexOf(word) + word.length());
          int item = rest.isEmpty() ? -1 : itemOf(sec, rest, bits); // rest is part of l: l's bits hold its
          if (item >= 0) {
            key = SECTION_SLOTS[sec] + 1 + item;
            if (sec == OTHER_SECTION) {
              otherItems = true;
            }
          }
          continue;
        }
        if (section >= 0) {
          int item = itemOf(section, l, bits);
          if (item >= 0) {
            key = SECTION_SLOTS[section] + 1 + item;
            if (section == OTHER_SECTION) {
              otherItems = true;
            }
          }
        }
      }
      if (!started || key < 0) {
        continue;
      }
      if (row.values().isEmpty() && i + 1 < cellsRows.size()) {
        // A wrapped label with its numbers on the next line.
        TableRow next = TableRow.of(cellsRows.get(i + 1), table.exactGrid(), WIDTH);
        if (next.labels().isEmpty() && !next.values().isEmpty()) {
          row = new TableRow(row.labels(), next.values(), next.valueKinds(), next.positional());
          i++;
        } else {
          splitAhead = next; // row i + 1, read next
        }
      }
      if (seen[key]) {
        report.addFlag("t3.duplicate_row:" + ROW_KEYS[key]);
        continue;
      }
      seen[key] = true;
      rows.add(new KeyedRow(key, row));
    }
    if (rows.isEmpty()) {
      return new Outcome(false, false, false, false);
    }
    boolean otherSingle = seen[SECTION_SLOTS[OTHER_SECTION]] && !otherItems;
    emit(rows, table.exactGrid(), report);
    return new Outcome(true, otherItems, otherSingle, sawSocialOrgOnly && !sawPublicWelfare);
  }

  /** The slot of a top-level row's label {@code l}, of {@link Word#bits} {@code bits}, or -1. */
  private static int topLevel(String l, long bits) {
    if (NEW_RECEIVED.in(l, bits) && APPLICATIONS.in(l, bits)) {
      return NEW;
    }
    if (CARRIED_FORWARD_WORDS[0].in(l, bits) || CARRIED_FORWARD_WORDS[1].in(l, bits)
        || CARRIED_FORWARD_WORDS[2].in(l, bits)) {
      return CARRIED_FORWARD;
    }
    if (CARRIED_WORD.in(l, bits)) {
      return CARRIED;
    }
    if (PARTIAL_WORD.in(l, bits)) {
      return PARTIAL;
    }
    if (GRANTED_WORD.in(l, bits)) {
      return GRANTED;
    }
    if (TOTAL_WORD.in(l, bits) && (l.startsWith("(七)") || l.startsWith("七") || l.equals("总计"))) {
      return RESULTS;
    }
    return -1;
  }

  /** The index in {@link #SECTIONS} of a section label, or -1. */
  private static int sectionOf(String l, long bits) {
    for (int s = 0; s < SECTION_LABELS.length; s++) {
      if (SECTION_LABELS[s].in(l, bits)) {
        return s;
      }
    }
    return -1;
  }

  /**
   * The index among {@code section}'s items of an item label, or -1; {@code bits} hold {@link
   * Word#bits} of {@code l}.
   */
  private static int itemOf(int section, String l, long bits) {
    Word[][] keywords = ITEM_KEYWORDS[section];
    for (int i = 0; i < keywords.length; i++) {
      for (Word kw : keywords[i]) {
        if (kw.in(l, bits)) {
          return i;
        }
      }
    }
    int n = itemNumber(l);
    if (n >= 1 && n <= ITEMS[section].length) {
      return n - 1;
    }
    return -1;
  }

  /**
   * The item number a label opens with, as {@code ^(\d{1,2})[.、)]} finds it ("3.要求提", "12、"),
   * read without a regex; -1 when there is none. A run of three or more digits has none: the
   * pattern's backtracking to one or two digits meets a digit where it needs the mark.
   */
  static int itemNumber(String l) {
    int d = 0;
    while (d < l.length() && d < 3 && l.charAt(d) >= '0' && l.charAt(d) <= '9') {
      d++;
    }
    if (d == 0 || d == 3 || d == l.length()) {
      return -1;
    }
    char mark = l.charAt(d);
    if (mark != '.' && mark != '、' && mark != ')') {
      return -1;
    }
    return d == 1 ? l.charAt(0) - '0' : (l.charAt(0) - '0') * 10 + (l.charAt(1) - '0');
  }

  /**
   * Emits the rows' values and runs the checks. Values, sources and blank rows are kept by slot;
   * every walk over them goes in {@code rows} order, the order the maps that stood here were filled
   * in, so flags and sums come out as they did.
   */
  private static void emit(List<KeyedRow> rows, boolean exactGrid, ParsedReport report) {
    Double[][] resolved = new Double[ROW_KEYS.length][];
    String[][] sources = new String[ROW_KEYS.length][];
    boolean[] blankRow = new boolean[ROW_KEYS.length];
    for (KeyedRow kr : rows) {
      TableRow row = kr.row();
      Double[] vals = new Double[WIDTH];
      String[] src = new String[WIDTH];
      if (row.positional()) {
        for (int c = 0; c < WIDTH; c++) {
          String cell = row.values().get(c);
          switch (row.valueKinds()[c]) {
            case NUMBER -> {
              vals[c] = Cells.number(cell);
              src[c] = ReportValue.SOURCE_CELL;
            }
            case DASH -> {
              vals[c] = ZERO;
              src[c] = ReportValue.SOURCE_DASH;
            }
            default -> {
              vals[c] = ZERO;
              src[c] = ReportValue.SOURCE_BLANK;
            }
          }
        }
        if (ReportValue.SOURCE_BLANK.equals(src[TOTAL]) && sumParts(vals) > 0) {
          // A blank total over filled parts is an unfilled cell, not a zero (seed 001).
          vals[TOTAL] = null;
          report.addFlag("t3.blank_total:" + kr.key() + ".total");
        }
      } else {
        List<Double> nums = row.numbers();
        Double[] solved = PositionSolver.solve(nums, WIDTH, Table3Reader::rowSumHolds);
        if (solved == null) {
          report.addFlag("t3.row_unresolved:" + kr.key());
          report.addAmbiguous("t3." + kr.key());
          continue;
        }
        vals = solved;
        boolean uncertain = false;
        for (int c = 0; c < WIDTH; c++) {
          src[c] = nums.isEmpty() ? ReportValue.SOURCE_BLANK : ReportValue.SOURCE_CELL;
          if (vals[c] == null) {
            uncertain = true;
            report.addAmbiguous(VALUE_KEYS[kr.slot()][c]); // "t3.<row>.<column>"
          }
        }
        if (uncertain) {
          report.addFlag("t3.columns_uncertain:" + kr.key());
        }
      }
      resolved[kr.slot()] = vals;
      sources[kr.slot()] = src;
      blankRow[kr.slot()] = row.allBlank() || row.values().isEmpty();
    }
    dropBlankTotals(rows, resolved, blankRow, report);
    double confidence = exactGrid ? 1.0 : 0.95;
    for (KeyedRow kr : rows) {
      Double[] vals = resolved[kr.slot()];
      if (vals == null) {
        continue;
      }
      String[] src = sources[kr.slot()];
      boolean positional = kr.row().positional();
      String[] keys = VALUE_KEYS[kr.slot()];
      String label = truncate(kr.row().joinedLabel());
      for (int c = 0; c < WIDTH; c++) {
        if (vals[c] == null) {
          continue;
        }
        double conf = positional ? confidence : 0.9;
        if (ReportValue.SOURCE_BLANK.equals(src[c])) {
          conf = Math.min(conf, 0.9);
        }
        report.addValue(new ReportValue(keys[c], vals[c], src[c], "三", label, COLUMN_LABELS[c], conf));
      }
    }
    Table3Checks.run(rows.stream().mapToInt(KeyedRow::slot).toArray(), resolved, report);
  }

  /**
   * A results or section-total row left wholly blank while its parts hold numbers was not filled
   * in; reading it as zeros would invent a contradiction, so it is left out and flagged.
   */
  private static void dropBlankTotals(List<KeyedRow> rows, Double[][] resolved, boolean[] blankRow, ParsedReport report) {
    int[] totals = {RESULTS, SECTION_SLOTS[0], SECTION_SLOTS[1], SECTION_SLOTS[2], SECTION_SLOTS[3]};
    for (int total : totals) {
      if (!blankRow[total]) {
        continue; // not read, or not blank
      }
      int lastItem = total == RESULTS ? -1 : total + ITEMS[sectionOfSlot(total)].length;
      double parts = 0;
      for (KeyedRow kr : rows) {
        int k = kr.slot();
        Double[] v = resolved[k];
        if (v == null) {
          continue;
        }
        // the results' parts: 予以公开, 部分公开 and every section row; a section's: its items
        boolean isPart = total == RESULTS
            ? k == GRANTED || k == PARTIAL || k >= SECTION_SLOTS[0]
            : k > total && k <= lastItem;
        if (isPart && v[TOTAL] != null) {
          parts += Math.abs(v[TOTAL]);
        }
      }
      if (parts > 0) {
        resolved[total] = null;
        report.addFlag("t3.blank_total:" + ROW_KEYS[total]);
      }
    }
  }

  private static boolean rowSumHolds(double[] row) {
    double s = 0;
    for (int c = 0; c < TOTAL; c++) {
      s += row[c];
    }
    return Math.abs(s - row[TOTAL]) < 1e-6;
  }

  private static double sumParts(Double[] vals) {
    double s = 0;
    for (int c = 0; c < TOTAL; c++) {
      if (vals[c] != null) {
        s += Math.abs(vals[c]);
      }
    }
    return s;
  }

  private static String truncate(String s) {
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
