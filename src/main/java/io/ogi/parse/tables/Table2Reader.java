package io.ogi.parse.tables;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads table 二 (主动公开政府信息情况, the 第二十条 items) in either wording: the 2019-2020 trial
 * (本年新制作数量 / 本年新公开数量 / 对外公开总数量; 上一年项目数量 / 本年增/减 / 处理决定数量; 政府集中采购)
 * or the 2021 revision (本年制发件数 / 本年废止件数 / 现行有效件数; 本年处理决定数量; 本年收费金额).
 *
 * <p>Each 信息内容 header row names the measures of the item rows under it; an item row's values map
 * to those measures in order.
 */
public final class Table2Reader {

  private Table2Reader() {}

  /** Whether a table is table 二: it names a 第二十条 item block or an 信息内容 header with items. */
  public static boolean isTable2(ReportContent.Table table) {
    // a cell's label opens with 第二十条 or is 信息内容, and one names an item (itemOf): worked out with
    // the other readers' tests in one walk
    return TableSigns.of(table, false).table2();
  }

  /**
   * A row's cells with each cell's kind, and its label when first asked, worked out once: the steps
   * below (splitting, header and item tests, measures, values) ask them of the same cells again.
   */
  private static final class Row {
    final List<String> cells;
    private final Cells.Kind[] kinds;
    private final String[] labels;

    Row(List<String> cells) {
      this(cells, new Cells.Kind[cells.size()], new String[cells.size()]);
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = Cells.kind(cells.get(i));
      }
    }

    private Row(List<String> cells, Cells.Kind[] kinds, String[] labels) {
      this.cells = cells;
      this.kinds = kinds;
      this.labels = labels;
    }

    int size() {
      return kinds.length;
    }

    Cells.Kind kind(int i) {
      return kinds[i];
    }

    String label(int i) {
      String l = labels[i];
      if (l == null) {
        l = Cells.label(cells.get(i));
        labels[i] = l;
      }
      return l;
    }

    /** Cells {@code from} to {@code to} (exclusive) as a row of their own. */
    Row part(int from, int to) {
      return new Row(new ArrayList<>(cells.subList(from, to)), Arrays.copyOfRange(kinds, from, to),
          Arrays.copyOfRange(labels, from, to));
    }
  }

  /** The revision the table's wording shows: {@code "2021"}, {@code "2019"}, or null if neither. */
  public static String read(ReportContent.Table table, ParsedReport report) {
    List<String> measures = List.of();
    String revision = null;
    for (Row row : splitHeaderItems(table.rows())) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        if (row.kind(i) == Cells.Kind.TEXT) {
          labels.add(row.label(i));
        }
      }
      if (labels.isEmpty()) {
        continue;
      }
      if (labels.get(0).equals("信息内容") || (labels.size() > 1 && measureOf(labels.get(1), 0) != null
          && itemOf(labels.get(0)) == null)) {
        measures = headerMeasures(row, table.exactGrid());
        for (String m : labels) {
          if (m.contains("制发") || m.contains("废止") || m.contains("现行有效") || m.contains("收费金额")) {
            revision = "2021";
          } else if (revision == null && (m.contains("新制作") || m.contains("上一年项目") || m.contains("采购项目"))) {
            revision = "2019";
          }
        }
        continue;
      }
      String item = itemOf(labels.get(0));
      if (item == null || measures.isEmpty()) {
        continue;
      }
      readItem(item, row, measures, table.exactGrid(), report);
    }
    return revision;
  }

  /**
   * Rows rebuilt from one cell per line run a header into the first item under it ("第二十条第（一）项 信息内容
   * 本年制发件数 … 规章 0 0 0"): such a row is split before its item label into a header row and an item row.
   */
  private static List<Row> splitHeaderItems(List<List<String>> rows) {
    List<Row> out = new ArrayList<>(rows.size() + 4);
    for (List<String> cells : rows) {
      Row row = new Row(cells);
      int item = -1;
      boolean header = false;
      for (int i = 0; i < row.size(); i++) {
        if (row.kind(i) != Cells.Kind.TEXT) {
          continue;
        }
        String l = row.label(i);
        if (l.equals("信息内容") || measureOf(l, 0) != null || l.startsWith("第二十条")) {
          header = true;
        } else if (header && itemOf(l) != null) {
          item = i;
          break;
        }
      }
      if (item > 0) {
        int from = 0;
        for (int i = 0; i < item; i++) {
          if (row.label(i).equals("信息内容")) {
            from = i;
            break;
          }
        }
        out.add(row.part(from, item));
        out.add(row.part(item, row.size()));
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** Measures of a header row, one per value column (null where a column names none). */
  private static List<String> headerMeasures(Row row, boolean exactGrid) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < row.size() && !row.label(start).equals("信息内容")) {
      start++;
    }
    if (start == row.size()) {
      start = 0;
    }
    // Skip the 信息内容 cell (repeated when it spans columns in an exact grid).
    int i = start;
    while (i < row.size() && row.label(i).equals("信息内容")) {
      i++;
    }
    int idx = 0;
    for (; i < row.size(); i++) {
      String l = row.label(i);
      if (l.isEmpty()) {
        if (exactGrid) {
          out.add(null);
          idx++;
        }
        continue;
      }
      out.add(measureOf(l, idx));
      idx++;
    }
    while (!out.isEmpty() && out.get(out.size() - 1) == null) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void readItem(String item, Row row, List<String> measures, boolean exactGrid, ParsedReport report) {
    // The values are the cells after the leading text cells, less blanks at either end (the end's
    // first) while there are more than measures: cells from..to of the row.
    int from = 0;
    while (from < row.size() && row.kind(from) == Cells.Kind.TEXT) {
      from++;
    }
    int to = row.size();
    while (to - from > measures.size() && row.cells.get(to - 1).isBlank()) {
      to--;
    }
    while (to - from > measures.size() && row.cells.get(from).isBlank()) {
      from++;
    }
    if (to - from != measures.size()) {
      boolean numbers = false;
      for (int i = from; i < to && !numbers; i++) {
        numbers = row.kind(i) == Cells.Kind.NUMBER;
      }
      if (numbers) {
        report.addFlag("t2.columns_uncertain:" + item);
        for (String m : measures) {
          if (m != null) {
            report.addAmbiguous("t2." + item + "." + m);
          }
        }
      }
      return;
    }
    List<String> values = row.cells.subList(from, to);
    for (int c = 0; c < measures.size(); c++) {
      String m = measures.get(c);
      if (m == null || measures.indexOf(m) < c) {
        continue; // a measure whose header spans columns is read at its first column only
      }
      if (!sameUnderSpannedHeader(m, c, measures, values)) {
        // one measure over columns that hold different numbers: which is its value is unknown
        report.addFlag("t2.columns_uncertain:" + item);
        report.addAmbiguous("t2." + item + "." + m);
        continue;
      }
      String cell = values.get(c);
      Cells.Kind kind = row.kind(from + c);
      if (kind == Cells.Kind.TEXT) {
        continue;
      }
      double v = kind == Cells.Kind.NUMBER ? Cells.number(cell) : 0.0;
      String src = kind == Cells.Kind.NUMBER ? ReportValue.SOURCE_CELL
          : kind == Cells.Kind.DASH ? ReportValue.SOURCE_DASH : ReportValue.SOURCE_BLANK;
      report.addValue(new ReportValue("t2." + item + "." + m, v, src, "二", itemLabel(item), m,
          exactGrid ? 1.0 : 0.95));
    }
  }

  /**
   * Whether every column that measure {@code m} heads (a header cell spanning columns, repeated
   * over each in an exact grid) holds the same cell as its first column {@code first}: the 2019
   * template merges the value cell under such a header too ("本年处理决定数量" over three columns).
   */
  private static boolean sameUnderSpannedHeader(String m, int first, List<String> measures, List<String> values) {
    String cell = Cells.normalize(values.get(first));
    for (int c = first + 1; c < measures.size(); c++) {
      if (m.equals(measures.get(c)) && !Cells.normalize(values.get(c)).equals(cell)) {
        return false;
      }
    }
    return true;
  }

  private static final Word NORMATIVE_DOCS = new Word("规范性文件");
  private static final Word OTHER_SERVICES = new Word("其他对外管理服务");
  private static final Word LICENSING = new Word("行政许可");
  private static final Word PENALTY = new Word("行政处罚");
  private static final Word COERCION = new Word("行政强制");
  private static final Word FEES = new Word("行政事业性收费");
  private static final Word PROCUREMENT = new Word("政府集中采购");

  /** The item a label names, or null; its words are looked for by their bits first ({@link Word}). */
  static String itemOf(String l) {
    long bits = Word.bits(l);
    if (l.equals("规章") || l.endsWith("规章") && l.length() <= 6) {
      return "regulations";
    }
    if (NORMATIVE_DOCS.in(l, bits)) {
      return "normative_docs";
    }
    if (OTHER_SERVICES.in(l, bits)) {
      return "other_services";
    }
    if (LICENSING.in(l, bits)) {
      return "licensing";
    }
    if (PENALTY.in(l, bits)) {
      return "penalty";
    }
    if (COERCION.in(l, bits)) {
      return "coercion";
    }
    if (FEES.in(l, bits)) {
      return "fees";
    }
    if (PROCUREMENT.in(l, bits)) {
      return "procurement";
    }
    return null;
  }

  private static String itemLabel(String item) {
    return switch (item) {
      case "regulations" -> "规章";
      case "normative_docs" -> "规范性文件";
      case "licensing" -> "行政许可";
      case "other_services" -> "其他对外管理服务事项";
      case "penalty" -> "行政处罚";
      case "coercion" -> "行政强制";
      case "fees" -> "行政事业性收费";
      default -> "政府集中采购";
    };
  }

  private static final Word ISSUED_2019 = new Word("新制作");
  private static final Word ISSUED = new Word("制发");
  private static final Word PUBLISHED = new Word("新公开");
  private static final Word PUBLISHED_TOTAL = new Word("公开总数");
  private static final Word REPEALED = new Word("废止");
  private static final Word IN_FORCE = new Word("现行有效");
  private static final Word ITEMS_PREV_YEAR = new Word("上一年项目");
  private static final Word ITEMS_PREV_YEAR_SHORT = new Word("上年项目");
  private static final Word CHANGE = new Word("增/减");
  private static final Word CHANGE_NO_SLASH = new Word("增减");
  private static final Word CHANGE_FULL_WIDTH = new Word("增／减");
  private static final Word DECISIONS = new Word("处理决定");
  private static final Word PROJECTS = new Word("采购项目");
  private static final Word AMOUNT = new Word("金额");

  /**
   * The measure a header cell names; {@code index} is its position among the measures, used for
   * the truncated headers of seed 000 ("本年新" twice: 新制作 then 新公开).
   */
  static String measureOf(String l, int index) {
    long bits = Word.bits(l); // the words are looked for by their bits first (Word)
    if (ISSUED_2019.in(l, bits) || ISSUED.in(l, bits)) {
      return "issued";
    }
    if (PUBLISHED.in(l, bits)) {
      return "published";
    }
    if (PUBLISHED_TOTAL.in(l, bits)) {
      return "published_total";
    }
    if (REPEALED.in(l, bits)) {
      return "repealed";
    }
    if (IN_FORCE.in(l, bits)) {
      return "in_force";
    }
    if (ITEMS_PREV_YEAR.in(l, bits) || ITEMS_PREV_YEAR_SHORT.in(l, bits)) {
      return "items_prev_year";
    }
    if (CHANGE.in(l, bits) || CHANGE_NO_SLASH.in(l, bits) || CHANGE_FULL_WIDTH.in(l, bits)) {
      return "items_change";
    }
    if (DECISIONS.in(l, bits)) {
      return "decisions";
    }
    if (PROJECTS.in(l, bits) || l.equals("项目数量")) {
      return "projects";
    }
    if (AMOUNT.in(l, bits)) {
      return "amount_10k_yuan";
    }
    if (l.equals("本年新")) {
      return index == 0 ? "issued" : "published";
    }
    return null;
  }

}
