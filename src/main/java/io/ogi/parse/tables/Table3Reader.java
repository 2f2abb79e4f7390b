package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Map<String, String[]> ITEMS = new LinkedHashMap<>();
  private static final Map<String, String[][]> ITEM_KEYWORDS = new LinkedHashMap<>();

  static {
    ITEMS.put("denied", new String[] {
      "state_secret", "prohibited_by_law", "three_safety_one_stability", "third_party_rights",
      "internal_affairs", "process_info", "law_enforcement_file", "administrative_query"});
    ITEM_KEYWORDS.put("denied", new String[][] {
      {"国家秘密"}, {"禁止公开"}, {"三安全", "一稳定"}, {"第三方"}, {"内部事务"}, {"过程性"}, {"执法案卷"}, {"行政查询"}});
    ITEMS.put("unable", new String[] {"not_held", "needs_creation", "unclear_after_correction"});
    ITEM_KEYWORDS.put("unable", new String[][] {{"不掌握"}, {"另行制作", "现成信息"}, {"不明确"}});
    ITEMS.put("not_processed", new String[] {"petition_complaint", "repeat", "publication", "excessive", "confirmation"});
    ITEM_KEYWORDS.put("not_processed", new String[][] {
      {"信访", "举报", "投诉"}, {"重复申请"}, {"出版物"}, {"大量反复", "反复申请"}, {"确认", "重新出具"}});
    ITEMS.put("other", new String[] {"overdue_correction", "overdue_fee", "other"});
    ITEM_KEYWORDS.put("other", new String[][] {{"不补正", "逾期不补"}, {"缴纳费用", "收费通知", "缴费"}, {"其他"}});
  }

  /**
   * The value keys of each row key, by column ("t3.denied.state_secret.natural_person" …): built
   * once rather than concatenated for every cell of every document.
   */
  private static final Map<String, String[]> VALUE_KEYS = new java.util.HashMap<>();

  static {
    List<String> rowKeys = new ArrayList<>(List.of("new", "carried_forward", "carried", "partial", "granted", "results"));
    for (String sec : SECTIONS) {
      rowKeys.add(sec);
      for (String item : ITEMS.get(sec)) {
        rowKeys.add(sec + "." + item);
      }
    }
    for (String k : rowKeys) {
      String[] keys = new String[WIDTH];
      for (int c = 0; c < WIDTH; c++) {
        keys[c] = "t3." + k + "." + COLUMNS[c];
      }
      VALUE_KEYS.put(k, keys);
    }
  }

  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,2})[.、)]");

  /** Whether a table is table 三: it has the row of new applications. */
  public static boolean isTable3(ReportContent.Table table) {
    for (List<String> row : table.rows()) {
      for (String c : row) {
        // label() keeps every character but blanks, brackets, dots and digits: no 新, no 新收
        if (c.indexOf('新') < 0 || c.indexOf('申') < 0) {
          continue;
        }
        String l = Cells.label(c);
        if (l.contains("新收") && l.contains("申请")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Result of reading, with the revision signs seen: the 2021 revision has three 其他处理 rows where
   * the trial format has one; 社会组织 replaced 社会公益组织, but some 2019 reports already used it
   * (seed 002), so that sign is the weakest.
   */
  public record Outcome(boolean found, boolean otherItems, boolean otherSingleRow, boolean socialOrgOnly) {}

  private record KeyedRow(String key, TableRow row) {}

  /**
   * Reads table 三 from {@code table} into {@code report}: values, flags, ambiguous keys.
   *
   * @return whether any row was read, and the revision hints seen
   */
  public static Outcome read(ReportContent.Table table, ParsedReport report) {
    List<KeyedRow> rows = new ArrayList<>();
    boolean started = false;
    boolean otherItems = false;
    boolean sawSocialOrgOnly = false;
    boolean sawPublicWelfare = false;
    String section = null;
    List<List<String>> cellsRows = table.rows();
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
      TableRow row = TableRow.of(cells, table.exactGrid(), WIDTH);
      String key = null;
      for (String raw : row.labels()) {
        String l = Cells.label(raw);
        String top = topLevel(l);
        if (top != null) {
          if (top.equals("new")) {
            started = true;
          }
          key = top;
          section = null;
          continue;
        }
        String sec = sectionOf(l);
        if (sec != null) {
          section = sec;
          key = sec;
          // PDF text joins the section label and its first item ("（三）不予公开1.属于国家秘密").
          String rest = l.substring(l.indexOf(SECTION_WORDS.get(sec)) + SECTION_WORDS.get(sec).length());
          String item = rest.isEmpty() ? null : itemOf(sec, rest);
          if (item != null) {
            key = sec + "." + item;
            if (sec.equals("other")) {
              otherItems = true;
            }
          }
          continue;
        }
        if (section != null) {
          String item = itemOf(section, l);
          if (item != null) {
            key = section + "." + item;
            if (section.equals("other")) {
              otherItems = true;
            }
          }
        }
      }
      if (!started || key == null) {
        continue;
      }
      if (row.values().isEmpty() && i + 1 < cellsRows.size()) {
        // A wrapped label with its numbers on the next line.
        TableRow next = TableRow.of(cellsRows.get(i + 1), table.exactGrid(), WIDTH);
        if (next.labels().isEmpty() && !next.values().isEmpty()) {
          row = new TableRow(row.labels(), next.values(), next.positional(), row.joinedLabel());
          i++;
        }
      }
      if (hasKey(rows, key)) {
        report.addFlag("t3.duplicate_row:" + key);
        continue;
      }
      rows.add(new KeyedRow(key, row));
    }
    if (rows.isEmpty()) {
      return new Outcome(false, false, false, false);
    }
    boolean otherSingle = hasKey(rows, "other") && !otherItems;
    emit(rows, table.exactGrid(), report);
    return new Outcome(true, otherItems, otherSingle, sawSocialOrgOnly && !sawPublicWelfare);
  }

  private static boolean hasKey(List<KeyedRow> rows, String key) {
    for (KeyedRow r : rows) {
      if (r.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static String topLevel(String l) {
    if (l.contains("新收") && l.contains("申请")) {
      return "new";
    }
    if (l.contains("结转下年度") || l.contains("下年度继续办理") || l.contains("转下年度")) {
      return "carried_forward";
    }
    if (l.contains("上年结转")) {
      return "carried";
    }
    if (l.contains("部分公开")) {
      return "partial";
    }
    if (l.contains("予以公开")) {
      return "granted";
    }
    if (l.contains("总计") && (l.startsWith("(七)") || l.startsWith("七") || l.equals("总计"))) {
      return "results";
    }
    return null;
  }

  private static final Map<String, String> SECTION_WORDS =
      Map.of("denied", "不予公开", "unable", "无法提供", "not_processed", "不予处理", "other", "其他处理");

  private static String sectionOf(String l) {
    if (l.contains("不予公开")) {
      return "denied";
    }
    if (l.contains("无法提供")) {
      return "unable";
    }
    if (l.contains("不予处理")) {
      return "not_processed";
    }
    if (l.contains("其他处理")) {
      return "other";
    }
    return null;
  }

  private static String itemOf(String section, String l) {
    String[] items = ITEMS.get(section);
    String[][] keywords = ITEM_KEYWORDS.get(section);
    for (int i = 0; i < keywords.length; i++) {
      for (String kw : keywords[i]) {
        if (l.contains(kw)) {
          return items[i];
        }
      }
    }
    Matcher m = ITEM_NUMBER.matcher(l);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= items.length) {
        return items[n - 1];
      }
    }
    return null;
  }

  private static void emit(List<KeyedRow> rows, boolean exactGrid, ParsedReport report) {
    Map<String, Double[]> resolved = new LinkedHashMap<>();
    Map<String, String[]> sources = new LinkedHashMap<>();
    Map<String, Boolean> blankRow = new LinkedHashMap<>();
    for (KeyedRow kr : rows) {
      TableRow row = kr.row();
      Double[] vals = new Double[WIDTH];
      String[] src = new String[WIDTH];
      if (row.positional()) {
        for (int c = 0; c < WIDTH; c++) {
          String cell = row.values().get(c);
          switch (Cells.kind(cell)) {
            case NUMBER -> {
              vals[c] = Cells.number(cell);
              src[c] = ReportValue.SOURCE_CELL;
            }
            case DASH -> {
              vals[c] = 0.0;
              src[c] = ReportValue.SOURCE_DASH;
            }
            default -> {
              vals[c] = 0.0;
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
            report.addAmbiguous("t3." + kr.key() + "." + COLUMNS[c]);
          }
        }
        if (uncertain) {
          report.addFlag("t3.columns_uncertain:" + kr.key());
        }
      }
      resolved.put(kr.key(), vals);
      sources.put(kr.key(), src);
      blankRow.put(kr.key(), row.allBlank() || row.values().isEmpty());
    }
    dropBlankTotals(resolved, blankRow, report);
    double confidence = exactGrid ? 1.0 : 0.95;
    for (KeyedRow kr : rows) {
      Double[] vals = resolved.get(kr.key());
      if (vals == null) {
        continue;
      }
      String[] src = sources.get(kr.key());
      boolean positional = kr.row().positional();
      String[] keys = valueKeys(kr.key());
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
    Table3Checks.run(resolved, report);
  }

  /**
   * A results or section-total row left wholly blank while its parts hold numbers was not filled
   * in; reading it as zeros would invent a contradiction, so it is left out and flagged.
   */
  private static void dropBlankTotals(Map<String, Double[]> resolved, Map<String, Boolean> blankRow, ParsedReport report) {
    for (String total : new String[] {"results", "denied", "unable", "not_processed", "other"}) {
      if (!Boolean.TRUE.equals(blankRow.get(total))) {
        continue;
      }
      double parts = 0;
      for (Map.Entry<String, Double[]> e : resolved.entrySet()) {
        String k = e.getKey();
        boolean isPart = total.equals("results")
            ? (k.equals("granted") || k.equals("partial") || k.startsWith("denied") || k.startsWith("unable")
                || k.startsWith("not_processed") || k.startsWith("other"))
            : k.startsWith(total + ".");
        if (isPart && e.getValue()[TOTAL] != null) {
          parts += Math.abs(e.getValue()[TOTAL]);
        }
      }
      if (parts > 0) {
        resolved.remove(total);
        report.addFlag("t3.blank_total:" + total);
      }
    }
  }

  /** The value keys of a row key by column, from {@link #VALUE_KEYS} (every key read() makes is there). */
  private static String[] valueKeys(String rowKey) {
    String[] keys = VALUE_KEYS.get(rowKey);
    if (keys == null) {
      keys = new String[WIDTH];
      for (int c = 0; c < WIDTH; c++) {
        keys[c] = "t3." + rowKey + "." + COLUMNS[c];
      }
    }
    return keys;
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
