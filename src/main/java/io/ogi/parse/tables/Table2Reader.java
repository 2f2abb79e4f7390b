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
    return TableSigns.of(table).table2;
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

  static String itemOf(String l) {
    if (l.equals("规章") || l.endsWith("规章") && l.length() <= 6) {
      return "regulations";
    }
    if (l.contains("规范性文件")) {
      return "normative_docs";
    }
    if (l.contains("其他对外管理服务")) {
      return "other_services";
    }
    if (l.contains("行政许可")) {
      return "licensing";
    }
    if (l.contains("行政处罚")) {
      return "penalty";
    }
    if (l.contains("行政强制")) {
      return "coercion";
    }
    if (l.contains("行政事业性收费")) {
      return "fees";
    }
    if (l.contains("政府集中采购")) {
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

  /**
   * The measure a header cell names; {@code index} is its position among the measures, used for
   * the truncated headers of seed 000 ("本年新" twice: 新制作 then 新公开).
   */
  static String measureOf(String l, int index) {
    if (l.contains("新制作") || l.contains("制发")) {
      return "issued";
    }
    if (l.contains("新公开")) {
      return "published";
    }
    if (l.contains("公开总数")) {
      return "published_total";
    }
    if (l.contains("废止")) {
      return "repealed";
    }
    if (l.contains("现行有效")) {
      return "in_force";
    }
    if (l.contains("上一年项目") || l.contains("上年项目")) {
      return "items_prev_year";
    }
    if (l.contains("增/减") || l.contains("增减") || l.contains("增／减")) {
      return "items_change";
    }
    if (l.contains("处理决定")) {
      return "decisions";
    }
    if (l.contains("采购项目") || l.equals("项目数量")) {
      return "projects";
    }
    if (l.contains("金额")) {
      return "amount_10k_yuan";
    }
    if (l.equals("本年新")) {
      return index == 0 ? "issued" : "published";
    }
    return null;
  }
}
