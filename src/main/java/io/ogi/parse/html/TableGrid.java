package io.ogi.parse.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/** Turns an HTML data table into a true grid with rowspan and colspan expanded. */
final class TableGrid {

  /** Spans above this are markup errors (colspan="9999"); clamping keeps one bad cell from exploding the grid. */
  static final int MAX_COLSPAN = 64;

  /** Rowspans are clamped too, so that a page of 10,000 rowspan="9999" cells stays linear. */
  static final int MAX_ROWSPAN = 500;

  private TableGrid() {}

  /** The table's own rows (not those of nested tables), through thead/tbody/tfoot. */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : TextNorm.childElements(table)) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element tr : TextNorm.childElements(child)) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      }
    }
    return rows;
  }

  /**
   * Builds the grid: every row has the same width, a cell spanning k columns is repeated k times, a
   * rowspan cell is repeated down its rows (clamped to the rows that exist, so a truncated table
   * does not grow), blank cells are "", and columns blank in every row at the right edge are
   * dropped. Overlapping spans from bad markup keep the first value. Returns an empty list for a
   * table without cells.
   */
  static List<List<String>> build(Element table) {
    List<Element> trs = rows(table);
    int n = trs.size();
    List<String[]> grid = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      grid.add(new String[8]); // report tables are 4-16 columns wide; ensure() grows the rest
    }
    boolean[] hasCell = new boolean[n];
    for (int r = 0; r < n; r++) {
      int c = 0;
      for (Element cell : TextNorm.childElements(trs.get(r))) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        String[] row = grid.get(r);
        while (c < row.length && row[c] != null) {
          c++;
        }
        // attribute names are lower-cased by the parser: exact lookups, no Attributes for bare cells
        boolean attrs = cell.attributesSize() > 0;
        int colspan = Math.max(1, Math.min(span(attrs ? cell.attributes().get("colspan") : ""), MAX_COLSPAN));
        int rowspan = span(attrs ? cell.attributes().get("rowspan") : "");
        if (rowspan == 0 || rowspan > n - r) {
          rowspan = n - r; // rowspan="0" means "to the end"; longer spans are clamped
        }
        rowspan = Math.min(rowspan, MAX_ROWSPAN);
        String text = TextNorm.cell(cell);
        for (int i = r; i < r + rowspan; i++) {
          String[] target = ensure(grid, i, c + colspan);
          for (int j = c; j < c + colspan; j++) {
            if (target[j] == null) {
              target[j] = text;
            }
          }
          hasCell[i] = true;
        }
        c += colspan;
      }
    }
    int width = 0;
    for (String[] row : grid) {
      width = Math.max(width, row.length);
    }
    // Right-edge columns blank in every row are padding cells, not data columns.
    while (width > 0 && columnBlank(grid, width - 1)) {
      width--;
    }
    if (width == 0) {
      return Collections.emptyList();
    }
    List<List<String>> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      if (!hasCell[r]) {
        continue; // an empty <tr> not covered by any rowspan carries nothing
      }
      String[] row = grid.get(r);
      String[] full = new String[width];
      for (int j = 0; j < width; j++) {
        String v = j < row.length ? row[j] : null;
        full[j] = v == null ? "" : v;
      }
      out.add(Collections.unmodifiableList(Arrays.asList(full)));
    }
    return Collections.unmodifiableList(out);
  }

  private static String[] ensure(List<String[]> grid, int r, int width) {
    String[] row = grid.get(r);
    if (row.length < width) {
      row = Arrays.copyOf(row, width);
      grid.set(r, row);
    }
    return row;
  }

  private static boolean columnBlank(List<String[]> grid, int col) {
    for (String[] row : grid) {
      if (col < row.length && row[col] != null && !row[col].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Leading digits of a span attribute ("2", " 3 ", "2;"); 1 when absent or unreadable. */
  static int span(String attr) {
    int i = 0;
    int len = attr.length();
    while (i < len && (attr.charAt(i) == ' ' || attr.charAt(i) == '"' || attr.charAt(i) == '\'')) {
      i++;
    }
    long v = 0;
    int digits = 0;
    while (i < len && attr.charAt(i) >= '0' && attr.charAt(i) <= '9' && digits < 6) {
      v = v * 10 + (attr.charAt(i) - '0');
      i++;
      digits++;
    }
    return digits == 0 ? 1 : (int) v;
  }
}
