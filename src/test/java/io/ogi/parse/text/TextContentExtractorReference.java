package io.ogi.parse.text;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import io.ogi.parse.Scan;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text extractor as it was before it read lines in place (session 14, commit 2e60217),
 * kept unchanged as the reference that {@code TextContentExtractorDifferentialTest} compares the
 * current {@link TextContentExtractor} with: the rewrite was for speed, and must give the same blocks.
 *
 * <p>Its own documentation follows. Splits a report flattened to plain text into prose lines and tables.
 *
 * <p>Three flattenings are common (see the seeds): one cell per line ending in {@code |} (seed 000,
 * 003), whole rows with {@code |} separators (seed 001), and tab-separated rows with page breaks
 * inside the table (seed 002). A table is a run of lines that carry a separator, with blank lines
 * and short value-only lines allowed inside. In the one-cell-per-line layout a line ending does not
 * end a row, so rows are rebuilt from the cell stream: a row is a run of label cells followed by
 * value cells. Positions in text tables are not exact ({@code exactGrid = false}): a flattener may
 * have dropped blank cells (seed 001), so readers decide columns with the table's identities.
 */
final class TextContentExtractorReference {

  /** A cell longer than this is prose that happens to contain a separator (seed 004's body). */
  private static final int MAX_CELL_CHARS = 150;

  private TextContentExtractorReference() {}

  /** Extracts blocks from plain text; never throws, an empty text gives no blocks. */
  public static ReportContent extract(String text) {
    ReportContent content = new ReportContent();
    // Most texts have no carriage return: one (vectorised) search instead of two replacing passes.
    String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = lines(unified);
    List<String> run = new ArrayList<>();
    int pendingBlanks = 0;
    int seen = 0;
    String labelPrefix = null;
    for (int li = 0; li < lines.length; li++) {
      if ((++seen & 1023) == 0) {
        io.ogi.parse.ParseLimits.checkInterrupted();
      }
      String line = stripBom(lines[li]);
      if (Scan.isBlank(line)) {
        if (!run.isEmpty()) {
          pendingBlanks++;
        }
        continue;
      }
      if (!run.isEmpty() && isPageNumber(line)) {
        // A page break inside a table: remembered, since a row cut there continues after it.
        run.add(PAGE_BREAK);
        continue;
      }
      if (!run.isEmpty() && isVerticalHeaderPiece(line)) {
        // A narrow header cell written one character per line (PDF text).
        continue;
      }
      boolean cellish = isCellLine(line);
      if (!cellish) {
        List<String> spaced = spaceCells(line, !run.isEmpty());
        if (spaced != null) {
          if (labelPrefix != null && !spaced.isEmpty() && Cells.kind(spaced.get(0)) == Cells.Kind.TEXT) {
            spaced.set(0, labelPrefix + spaced.get(0));
          }
          labelPrefix = null;
          line = String.join("\t", spaced);
          cellish = true;
        } else if (!run.isEmpty() && isLabelFragment(line) && nextIsLabelledRow(lines, li + 1)) {
          // A row label cut by a page break: its end starts the next row ("2.没有现成信" / "息需要另行制作 2 0 …").
          labelPrefix = Scan.strip(line);
          continue;
        } else if (!run.isEmpty() && isBlankRowLabel(line)) {
          // A row whose cells were all blank: PDF text keeps only its label ("2.其他法律行政法规禁止公开").
          line = Scan.strip(line) + "\t";
          cellish = true;
        }
      }
      boolean continues = !run.isEmpty() && (cellish || isLooseValue(line));
      if (cellish || continues) {
        run.add(line);
        pendingBlanks = 0;
        continue;
      }
      flush(run, content);
      pendingBlanks = 0;
      content.add(new ReportContent.Line(Scan.strip(line)));
    }
    flush(run, content);
    return content;
  }

  /**
   * Same as {@code text.split("\n", -1)}: every piece between line feeds, the empty ones at the end
   * included. The array is sized by a first count of the line feeds (a vectorised search), so no
   * list is grown and copied for the hundreds of lines of a report flattened one cell per line.
   */
  static String[] lines(String text) {
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    String[] out = new String[count];
    int start = 0;
    for (int k = 0; k < count - 1; k++) {
      int end = text.indexOf('\n', start);
      out[k] = text.substring(start, end);
      start = end + 1;
    }
    out[count - 1] = text.substring(start);
    return out;
  }

  /** Stands in a run of table lines where a page number was: never a row. */
  private static final String PAGE_BREAK = "\u0000page-break";
  private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
      "[-—–－]\\s*\\d{1,3}\\s*[-—–－]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");

  /** "- 3 -", "— 3 —", "第3页", "3/12": a page number, never a cell. */
  static boolean isPageNumber(String line) {
    // every form opens with a dash, 第 or a digit (then holds a slash), and holds an ASCII digit:
    // the opening is tested first, as most lines of a table fail it at their first character
    int first = 0;
    while (first < line.length() && Scan.isWhitespace(line.charAt(first))) {
      first++;
    }
    if (first == line.length()) {
      return false;
    }
    char c = line.charAt(first);
    boolean opens = c == '-' || c == '—' || c == '–' || c == '－' || c == '第' || (c >= '0' && c <= '9' && line.indexOf('/') >= 0);
    if (!opens || !hasAsciiDigit(line)) {
      return false;
    }
    return PAGE_NUMBER.matcher(Scan.strip(line)).matches();
  }

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }


  /** One or two Han characters alone on a line inside a table: a vertical header cell (结 / 果 / 维 / 持). */
  private static boolean isVerticalHeaderPiece(String line) {
    // Scan.strip(line) tested in place: most lines inside a table are longer, and need no copy to say so
    int from = 0;
    int to = line.length();
    while (from < to && Scan.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Scan.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    if (from == to || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i += Character.charCount(line.codePointAt(i))) {
      // a pair of surrogates cut by `to` cannot occur: no surrogate is whitespace
      if (!io.ogi.parse.Scan.isHan(line.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "二、上年结转政府信息公开申请数量" is a row of table 三; "三、本年度办理结果" may be a heading of the report. */
  private static final java.util.regex.Pattern HEADING_NUMBER =
      java.util.regex.Pattern.compile("^[一二三四五六七八九十]{1,3}、");
  private static final java.util.regex.Pattern ITEM_OR_SECTION =
      java.util.regex.Pattern.compile("^(?:\\d{1,2}\\s*[.、．]|[（(][一二三四五六七八九十]{1,3}[）)])");

  /** A numbered row label alone on its line inside a table ("3.危及“三安全一稳定”", "（六）其他处理"). */
  private static boolean isBlankRowLabel(String line) {
    String s = Scan.strip(line);
    String bare = TextContentExtractor.withoutParentheses(s);
    // Not "二、主动公开政府信息情况": a numbered heading of the report ends the table.
    boolean rowLabel = ITEM_OR_SECTION.matcher(s).lookingAt()
        || HEADING_NUMBER.matcher(s).lookingAt() && (s.contains("申请数量") || s.contains("结转"));
    return s.length() <= 80 && rowLabel && Cells.kind(s) == Cells.Kind.TEXT
        && s.indexOf(' ') < 0 && !TextContentExtractor.hasSentencePunct(bare);
  }

  /** A short label without numbers or sentence punctuation: the first half of a row cut by a page break. */
  private static boolean isLabelFragment(String line) {
    String s = Scan.strip(line);
    return s.length() <= 40 && s.indexOf(' ') < 0 && Cells.kind(s) == Cells.Kind.TEXT
        && !TextContentExtractor.hasSentencePunct(s) && !TextContentExtractor.dotsAroundDigits(s, 2);
  }

  private static boolean nextIsLabelledRow(String[] lines, int from) {
    for (int i = from; i < lines.length && i < from + 6; i++) {
      String l = lines[i];
      if (Scan.isBlank(l) || isPageNumber(l)) {
        continue;
      }
      List<String> cells = isCellLine(l) ? null : spaceCells(l, true);
      return cells != null && cells.size() > 1 && Cells.kind(cells.get(0)) == Cells.Kind.TEXT
          && Cells.kind(cells.get(cells.size() - 1)) != Cells.Kind.TEXT && !TextContentExtractor.startsRow(cells.get(0));
    }
    return false;
  }

  /**
   * Cells of a row from PDF text, where cells are separated by spaces: a label followed by numbers
   * ("（七）总计 60 5 0 0 4 0 69"), numbers alone ("0 1 0 2 3 …", at least three), or, inside a table
   * or as a header, short text cells ("行政复议 行政诉讼"). {@code null} when the line is prose.
   */
  static List<String> spaceCells(String line, boolean inTable) {
    if (!mayHoldSpacedCells(line)) {
      return null; // most prose lines: no need to normalise them
    }
    return TextContentExtractor.spacedCells(Cells.normalize(line), inTable); // the rest was not rewritten
  }

  /**
   * False when {@code Cells.normalize(line)} would be empty, longer than 200 characters, or
   * without a space inside (one token): the checks spaceCells starts with, read off the line
   * itself. normalize maps character for character (NBSP and ideographic space to a space) and then
   * trims what is at most a space.
   */
  private static boolean mayHoldSpacedCells(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && TextContentExtractor.trimmedAfterNormalizing(line.charAt(from))) {
      from++;
    }
    while (to > from && TextContentExtractor.trimmedAfterNormalizing(line.charAt(to - 1))) {
      to--;
    }
    if (from == to || to - from > 200) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (Scan.isRegexSpace(c) || c == '\u00a0' || c == '\u3000') {
        return true;
      }
    }
    return false;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
  }

  static boolean isCellLine(String line) {
    if (line.indexOf('|') < 0 && line.indexOf('\t') < 0) {
      return false;
    }
    if (line.length() <= MAX_CELL_CHARS) {
      return true; // no cell can be longer
    }
    // The cells of splitCells are the pieces between tabs and pipes, stripped (the pieces it drops are blank).
    int n = line.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || line.charAt(i) == '|' || line.charAt(i) == '\t') {
        if (i - start > MAX_CELL_CHARS && Scan.strip(line, start, i).length() > MAX_CELL_CHARS) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** A short line with a number and no separator, such as a table's last cell ("1", "5.637万元"). */
  private static boolean isLooseValue(String line) {
    String s = Scan.strip(line);
    return s.length() <= 20 && Cells.kind(s) != Cells.Kind.TEXT;
  }

  private static void flush(List<String> run, ReportContent content) {
    if (run.isEmpty()) {
      return;
    }
    List<List<String>> lineCells = new ArrayList<>();
    List<Boolean> afterBreak = new ArrayList<>();
    int singles = 0;
    boolean tabs = false;
    boolean pageBreak = false;
    boolean markdown = false;
    for (String line : run) {
      if (line.equals(PAGE_BREAK)) {
        pageBreak = true;
        continue;
      }
      tabs |= line.indexOf('\t') >= 0;
      List<String> cells = TextContentExtractor.splitCells(line);
      if (TextContentExtractor.isSeparatorRow(cells)) {
        markdown |= Scan.strip(line).startsWith("|");
        continue;
      }
      lineCells.add(cells);
      afterBreak.add(pageBreak);
      pageBreak = false;
      long nonBlank = 0;
      for (String c : cells) {
        if (!c.isEmpty()) {
          nonBlank++;
        }
      }
      if (nonBlank <= 1) {
        singles++;
      }
    }
    run.clear();
    if (lineCells.isEmpty()) {
      return;
    }
    if (tabs) {
      TextContentExtractor.mergeCutRows(lineCells, afterBreak);
    }
    boolean cellPerLine = singles * 10 >= lineCells.size() * 7;
    List<List<String>> rows = cellPerLine ? TextContentExtractor.rebuildRows(lineCells) : lineCells;
    TextContentExtractor.addRows(content, rows, cellPerLine || tabs || markdown); // not rewritten
  }

  // What the rewrite left as it was (the steps after the cells are split, splitCells, and the
  // character tests of spaced rows) is the current class's, called here, not copied.
}
