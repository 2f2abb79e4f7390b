package io.ogi.parse.text;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a report flattened to plain text into prose lines and tables.
 *
 * <p>Three flattenings are common (see the seeds): one cell per line ending in {@code |} (seed 000,
 * 003), whole rows with {@code |} separators (seed 001), and tab-separated rows with page breaks
 * inside the table (seed 002). A table is a run of lines that carry a separator, with blank lines
 * and short value-only lines allowed inside. In the one-cell-per-line layout a line ending does not
 * end a row, so rows are rebuilt from the cell stream: a row is a run of label cells followed by
 * value cells. Positions in text tables are not exact ({@code exactGrid = false}): a flattener may
 * have dropped blank cells (seed 001), so readers decide columns with the table's identities.
 */
public final class TextContentExtractor {

  /** A cell longer than this is prose that happens to contain a separator (seed 004's body). */
  private static final int MAX_CELL_CHARS = 150;

  private TextContentExtractor() {}

  /** Extracts blocks from plain text; never throws, an empty text gives no blocks. */
  public static ReportContent extract(String text) {
    ReportContent content = new ReportContent();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> run = new ArrayList<>();
    int pendingBlanks = 0;
    int seen = 0;
    for (String raw : lines) {
      if ((++seen & 1023) == 0) {
        io.ogi.parse.ParseLimits.checkInterrupted();
      }
      String line = stripBom(raw);
      if (line.isBlank()) {
        if (!run.isEmpty()) {
          pendingBlanks++;
        }
        continue;
      }
      boolean cellish = isCellLine(line);
      boolean continues = !run.isEmpty() && (cellish || isLooseValue(line));
      if (cellish || continues) {
        run.add(line);
        pendingBlanks = 0;
        continue;
      }
      flush(run, content);
      pendingBlanks = 0;
      content.add(new ReportContent.Line(line.strip()));
    }
    flush(run, content);
    return content;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
  }

  static boolean isCellLine(String line) {
    if (line.indexOf('|') < 0 && line.indexOf('\t') < 0) {
      return false;
    }
    for (String cell : splitCells(line)) {
      if (cell.length() > MAX_CELL_CHARS) {
        return false;
      }
    }
    return true;
  }

  /** A short line with a number and no separator, such as a table's last cell ("1", "5.637万元"). */
  private static boolean isLooseValue(String line) {
    String s = line.strip();
    return s.length() <= 20 && Cells.kind(s) != Cells.Kind.TEXT;
  }

  /**
   * Cells of one line. Tabs separate cells and every tab counts (trailing tabs are blank cells). A
   * pipe ends a cell: the piece after the last pipe is dropped when blank; a line of pipes alone is
   * that many blank cells ("||" is two); a leading pipe with content after it opens a Markdown row.
   */
  static List<String> splitCells(String line) {
    List<String> cells = new ArrayList<>();
    if (line.indexOf('\t') >= 0 && line.indexOf('|') < 0) {
      for (String c : line.split("\t", -1)) {
        cells.add(c.strip());
      }
      return cells;
    }
    String[] pieces = line.replace('\t', '|').split("\\|", -1);
    int start = 0;
    int end = pieces.length;
    if (end > 1 && pieces[end - 1].isBlank()) {
      end--;
    }
    String stripped = line.strip();
    boolean onlyPipes = stripped.chars().allMatch(ch -> ch == '|' || ch == ' ');
    if (!onlyPipes && stripped.startsWith("|") && end - start > 1 && pieces[0].isBlank()) {
      start = 1;
    }
    for (int i = start; i < end; i++) {
      cells.add(pieces[i].strip());
    }
    return cells;
  }

  private static void flush(List<String> run, ReportContent content) {
    if (run.isEmpty()) {
      return;
    }
    List<List<String>> lineCells = new ArrayList<>();
    int singles = 0;
    boolean tabs = false;
    for (String line : run) {
      tabs |= line.indexOf('\t') >= 0;
      List<String> cells = splitCells(line);
      if (isSeparatorRow(cells)) {
        continue;
      }
      lineCells.add(cells);
      long nonBlank = cells.stream().filter(c -> !c.isEmpty()).count();
      if (nonBlank <= 1) {
        singles++;
      }
    }
    run.clear();
    if (lineCells.isEmpty()) {
      return;
    }
    boolean cellPerLine = singles * 10 >= lineCells.size() * 7;
    List<List<String>> rows = cellPerLine ? rebuildRows(lineCells) : lineCells;
    if (!cellPerLine && !tabs && packedBlanks(rows)) {
      // Seed 001's flattener writes a row's filled cells first and its blank cells after them
      // ("4 | 4 | |||||||"), so trailing blanks say nothing about columns: drop them and let the
      // readers decide positions.
      for (List<String> row : rows) {
        while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
          row.remove(row.size() - 1);
        }
      }
    }
    if (rows.size() == 1 && rows.get(0).stream().filter(c -> !c.isEmpty()).count() <= 1) {
      // A lone separated line (breadcrumb, title with a stray pipe) is prose.
      String only = rows.get(0).stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
      if (!only.isEmpty()) {
        content.add(new ReportContent.Line(only));
      }
      return;
    }
    content.add(new ReportContent.Table(rows, false));
  }

  /**
   * Whether blank cells only ever trail a row's filled cells: no row has a blank between two
   * filled cells, and some rows have a trailing blank run. A positional table (a Markdown export,
   * a tab-separated PDF) has blanks between values somewhere.
   */
  private static boolean packedBlanks(List<List<String>> rows) {
    boolean trailing = false;
    int widest = 0;
    for (List<String> row : rows) {
      widest = Math.max(widest, row.size());
    }
    for (List<String> row : rows) {
      boolean blankSeen = false;
      for (String c : row) {
        if (c.isEmpty()) {
          blankSeen = true;
        } else if (blankSeen) {
          return false;
        }
      }
      if (blankSeen) {
        trailing = true;
      }
    }
    return trailing && widest > 2;
  }

  /** Markdown alignment rows and dashed rules ("---", ":--:") carry no cells. */
  private static boolean isSeparatorRow(List<String> cells) {
    boolean any = false;
    for (String c : cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (!isRule(c)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Three or more of {@code - : — =} and nothing else (a Markdown rule cell). */
  private static boolean isRule(String c) {
    if (c.length() < 3) {
      return false;
    }
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch != '-' && ch != ':' && ch != '—' && ch != '=') {
        return false;
      }
    }
    return true;
  }

  /** One cell per line: a row is a run of text cells followed by its value and blank cells. */
  private static List<List<String>> rebuildRows(List<List<String>> lineCells) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    boolean seenValue = false;
    for (List<String> cells : lineCells) {
      for (String cell : cells) {
        boolean text = Cells.kind(cell) == Cells.Kind.TEXT;
        if (text && seenValue) {
          rows.add(row);
          row = new ArrayList<>();
          seenValue = false;
        }
        row.add(cell);
        if (!text) {
          seenValue = true;
        }
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }
}
