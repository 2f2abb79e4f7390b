package io.ogi.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a publisher builds it (cells with rowspan and colspan), written out in each layout:
 * an HTML table, or text flattened the ways real reports are (one cell per line, pipe rows, tab
 * rows with the grid's blank positions kept).
 */
final class Tbl {

  record Cell(String text, int rowspan, int colspan) {}

  final List<List<Cell>> rows = new ArrayList<>();

  Tbl row(Cell... cells) {
    rows.add(new ArrayList<>(List.of(cells)));
    return this;
  }

  Tbl row(List<Cell> cells) {
    rows.add(new ArrayList<>(cells));
    return this;
  }

  static Cell c(String text) {
    return new Cell(text, 1, 1);
  }

  static Cell c(String text, int rowspan, int colspan) {
    return new Cell(text, rowspan, colspan);
  }

  void html(StringBuilder sb) {
    sb.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n");
    for (List<Cell> row : rows) {
      sb.append("<tr>");
      for (Cell c : row) {
        openCell(sb, c);
        sb.append('>');
        escape(sb, c.text());
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  /** {@code <td} with the cell's spans, the tag left open for its other attributes. */
  private static void openCell(StringBuilder sb, Cell c) {
    sb.append("<td");
    if (c.rowspan() > 1) {
      sb.append(" rowspan=\"").append(c.rowspan()).append('"');
    }
    if (c.colspan() > 1) {
      sb.append(" colspan=\"").append(c.colspan()).append('"');
    }
  }

  /**
   * The table as a Word or WPS document pasted into a site's editor publishes it: every cell's text
   * a {@code MsoNormal} paragraph in a styled span, an empty cell a paragraph holding only a
   * no-break space, borders inline on every cell (the cell markup of the sample corpus's Luoyang
   * page).
   */
  void officeHtml(StringBuilder sb) {
    sb.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" ")
        .append("style=\"border-collapse:collapse;border:none\">\n<tbody>\n");
    for (List<Cell> row : rows) {
      sb.append("<tr style=\"height:21.0pt\">");
      for (Cell c : row) {
        openCell(sb, c);
        sb.append(" style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\">")
            .append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">");
        if (c.text().isEmpty()) {
          sb.append("<o:p>&nbsp;</o:p>");
        } else {
          sb.append("<span style=\"font-size:10.5pt;font-family:宋体\">");
          escape(sb, c.text());
          sb.append("</span><o:p></o:p>");
        }
        sb.append("</p></td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  /** One cell per line ending in " |", a line of pipes after each row. */
  void cellLines(StringBuilder sb) {
    for (List<Cell> row : rows) {
      for (Cell c : row) {
        sb.append(c.text()).append(" |\n");
      }
      sb.append("||\n");
    }
  }

  /** One row per line, the row's own cells joined by " | ". */
  void pipes(StringBuilder sb) {
    for (List<Cell> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        sb.append(row.get(i).text());
      }
      sb.append(" |\n");
    }
  }

  /** One row per line, the full grid with tabs: positions covered by a merged cell are blank. */
  void tabs(StringBuilder sb) {
    int width = 0;
    for (Cell c : rows.get(0)) {
      width += c.colspan();
    }
    for (List<Cell> row : rows) {
      int w = 0;
      for (Cell c : row) {
        w += c.colspan();
      }
      width = Math.max(width, w);
    }
    int[] busy = new int[width + 64];
    for (List<Cell> row : rows) {
      List<String> out = new ArrayList<>();
      int col = 0;
      int i = 0;
      while (i < row.size() || col < width) {
        if (col < busy.length && busy[col] > 0) {
          busy[col]--;
          out.add("");
          col++;
          continue;
        }
        if (i >= row.size()) {
          break;
        }
        Cell c = row.get(i++);
        out.add(c.text());
        for (int k = 0; k < c.colspan(); k++) {
          if (k > 0) {
            out.add("");
          }
          if (c.rowspan() > 1) {
            busy[col + k] = c.rowspan() - 1;
          }
        }
        col += c.colspan();
      }
      sb.append(String.join("\t", out)).append('\n');
    }
  }

  static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.append(ch);
      }
    }
  }
}
