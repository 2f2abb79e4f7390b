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
  /** Whether {@code s} holds sentence punctuation: one of ，。；：:;,！？!? (labels have none). */
  static boolean hasSentencePunct(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      switch (s.charAt(i)) {
        case '，', '。', '；', '：', ':', ';', ',', '！', '？', '!', '?' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

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

  /** Line terminators, which {@code .} does not match. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Same as {@code s.matches(".*\\d.*")} ({@code run} 1) or {@code s.matches(".*\\d{2,}.*")} ({@code run} 2). */
  private static boolean dotsAroundDigits(String s, int run) {
    boolean found = false;
    int digits = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (isLineTerminator(c)) {
        return false;
      }
      if (c >= '0' && c <= '9') {
        if (++digits >= run) {
          found = true;
        }
      } else {
        digits = 0;
      }
    }
    return found;
  }

  private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("[（(][^）)]*[）)]");

  /** Same as {@code s.replaceAll("[（(][^）)]*[）)]", "")}. */
  private static String withoutParentheses(String s) {
    if (s.indexOf('（') < 0 && s.indexOf('(') < 0) {
      return s;
    }
    return PARENTHESISED.matcher(s).replaceAll("");
  }

  /** Same as {@code s.split("\\s+")} for a string without leading or trailing whitespace. */
  private static String[] splitWhitespace(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (isRegexSpace(s.charAt(i))) {
        out.add(s.substring(start, i));
        while (i < n && isRegexSpace(s.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    out.add(s.substring(start, n));
    return out.toArray(new String[0]);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
    String bare = withoutParentheses(s);
    // Not "二、主动公开政府信息情况": a numbered heading of the report ends the table.
    boolean rowLabel = ITEM_OR_SECTION.matcher(s).lookingAt()
        || HEADING_NUMBER.matcher(s).lookingAt() && (s.contains("申请数量") || s.contains("结转"));
    return s.length() <= 80 && rowLabel && Cells.kind(s) == Cells.Kind.TEXT
        && s.indexOf(' ') < 0 && !hasSentencePunct(bare);
  }

  /** A short label without numbers or sentence punctuation: the first half of a row cut by a page break. */
  private static boolean isLabelFragment(String line) {
    String s = Scan.strip(line);
    return s.length() <= 40 && s.indexOf(' ') < 0 && Cells.kind(s) == Cells.Kind.TEXT
        && !hasSentencePunct(s) && !dotsAroundDigits(s, 2);
  }

  private static boolean nextIsLabelledRow(String[] lines, int from) {
    for (int i = from; i < lines.length && i < from + 6; i++) {
      String l = lines[i];
      if (Scan.isBlank(l) || isPageNumber(l)) {
        continue;
      }
      List<String> cells = isCellLine(l) ? null : spaceCells(l, true);
      return cells != null && cells.size() > 1 && Cells.kind(cells.get(0)) == Cells.Kind.TEXT
          && Cells.kind(cells.get(cells.size() - 1)) != Cells.Kind.TEXT && !startsRow(cells.get(0));
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
    String s = Cells.normalize(line);
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    String[] tokens = splitWhitespace(s);
    if (tokens.length < 2) {
      return null;
    }
    int tail = 0;
    for (int i = tokens.length - 1; i >= 0 && Cells.kind(tokens[i]) != Cells.Kind.TEXT; i--) {
      tail++;
    }
    List<String> cells = new ArrayList<>();
    if (tail == tokens.length) {
      if (tail < 3) {
        return null;
      }
      cells.addAll(List.of(tokens));
      return cells;
    }
    String label = String.join("", java.util.Arrays.copyOfRange(tokens, 0, tokens.length - tail));
    if (tail > 0) {
      // A row label may hold a parenthesised note with commas ("（二）部分公开（区分处理的，只计这一情形，…）").
      String bare = withoutParentheses(label);
      if (label.length() > 60 || hasSentencePunct(bare)) {
        return null;
      }
      if (tail == 1 && (label.length() > 20 || !inTable && !looksLikeItem(label))) {
        return null;
      }
      cells.add(label);
      cells.addAll(List.of(tokens).subList(tokens.length - tail, tokens.length));
      return cells;
    }
    for (String t : tokens) {
      String bare = withoutParentheses(t);
      // An item label may carry its number ("（三）不予公开 1.属于国家秘密"); other digits mean prose.
      boolean item = ITEM_OR_SECTION.matcher(bare).lookingAt(); // anchored (^): as find()
      boolean digits = dotsAroundDigits(bare, 1) && !item;
      int longest = item ? 60 : 24;
      if (bare.length() > longest || hasSentencePunct(bare) || digits) {
        return null;
      }
    }
    cells.addAll(List.of(tokens));
    return cells;
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
    while (from < to && trimmedAfterNormalizing(line.charAt(from))) {
      from++;
    }
    while (to > from && trimmedAfterNormalizing(line.charAt(to - 1))) {
      to--;
    }
    if (from == to || to - from > 200) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (isRegexSpace(c) || c == '\u00a0' || c == '\u3000') {
        return true;
      }
    }
    return false;
  }

  private static boolean trimmedAfterNormalizing(char c) {
    return c <= ' ' || c == '\u00a0' || c == '\u3000';
  }

  /** Item names of table 二, the rows most often written "行政许可 1536" in PDF text. */
  private static boolean looksLikeItem(String label) {
    return label.contains("规章") || label.contains("规范性文件") || label.startsWith("行政") || label.contains("收费")
        || label.contains("采购") || label.contains("服务事项");
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

  /**
   * Cells of one line. Tabs separate cells and every tab counts (trailing tabs are blank cells). A
   * pipe ends a cell: the piece after the last pipe is dropped when blank; a line of pipes alone is
   * that many blank cells ("||" is two); a leading pipe with content after it opens a Markdown row.
   */
  static List<String> splitCells(String line) {
    // The pieces are the stretches between tabs and pipes (line.replace('\t', '|').split("\\|", -1));
    // each cell is cut out once, already stripped, from the bounds of its piece.
    int n = line.length();
    int[] bounds = new int[8]; // piece i is [bounds[i] + 1, bounds[i + 1]); bounds[0] = -1
    int count = 0;
    bounds[0] = -1;
    boolean pipe = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '\t') {
        if (++count + 1 == bounds.length) {
          bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count] = i;
        pipe |= c == '|';
      }
    }
    bounds[++count] = n; // count is now the number of pieces
    int start = 0;
    int end = count;
    if (pipe) {
      if (end > 1 && Scan.isBlank(line, bounds[end - 1] + 1, bounds[end])) {
        end--;
      }
      // A Markdown row opens with a pipe in the first column; " | 2 | …" is a flattened row whose first cell is blank.
      if (line.charAt(0) == '|' && end - start > 1 && !onlyPipes(Scan.strip(line))) {
        start = 1; // the first piece is empty
      }
    }
    List<String> cells = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      cells.add(Scan.strip(line, bounds[i] + 1, bounds[i + 1]));
    }
    return cells;
  }

  private static boolean onlyPipes(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char ch = s.charAt(i);
      if (ch != '|' && ch != ' ') {
        return false;
      }
    }
    return true;
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
      List<String> cells = splitCells(line);
      if (isSeparatorRow(cells)) {
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
      mergeCutRows(lineCells, afterBreak);
    }
    boolean cellPerLine = singles * 10 >= lineCells.size() * 7;
    List<List<String>> rows = cellPerLine ? rebuildRows(lineCells) : lineCells;
    // A Markdown table (it has an alignment row) keeps every cell in place: its blanks are positions.
    if (!cellPerLine && !tabs && !markdown && packedBlanks(rows)) {
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

  /**
   * A positional row cut by a page break: its first part has a label and only blanks after it, its
   * second part continues that label in the same column and carries the numbers. The two are joined.
   */
  private static void mergeCutRows(List<List<String>> rows, List<Boolean> afterBreak) {
    for (int i = 0; i + 1 < rows.size(); i++) {
      List<String> a = rows.get(i);
      List<String> b = rows.get(i + 1);
      if (!afterBreak.get(i + 1) || a.size() != b.size() || a.size() < 3) {
        continue;
      }
      int lastText = -1;
      boolean aNumbers = false;
      for (int c = 0; c < a.size(); c++) {
        Cells.Kind k = Cells.kind(a.get(c));
        if (k == Cells.Kind.TEXT) {
          lastText = c;
        } else if (k != Cells.Kind.BLANK) {
          aNumbers = true;
        }
      }
      int firstText = -1;
      boolean bNumbers = false;
      for (int c = 0; c < b.size(); c++) {
        Cells.Kind k = Cells.kind(b.get(c));
        if (k == Cells.Kind.TEXT && firstText < 0) {
          firstText = c;
        } else if (k == Cells.Kind.NUMBER) {
          bNumbers = true;
        }
      }
      if (aNumbers || lastText < 0 || firstText != lastText || lastText >= a.size() - 1
          || startsRow(b.get(firstText))) {
        continue;
      }
      boolean clash = false;
      for (int c = 0; c < lastText; c++) {
        clash |= !a.get(c).isEmpty() && !b.get(c).isEmpty();
      }
      if (clash) {
        continue;
      }
      List<String> merged = new ArrayList<>();
      for (int c = 0; c < a.size(); c++) {
        merged.add(c == lastText ? a.get(c) + b.get(c) : a.get(c).isEmpty() ? b.get(c) : a.get(c));
      }
      rows.set(i, merged);
      rows.remove(i + 1);
      afterBreak.remove(i + 1);
    }
  }

  private static final java.util.regex.Pattern ROW_START = java.util.regex.Pattern.compile(
      "^(?:\\d{1,2}\\s*[.、．]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|其中|合计|小计|总计)");

  /** A label that opens a row of its own (1. / （三） / 四、), never the second half of a cut label. */
  static boolean startsRow(String label) {
    return ROW_START.matcher(Cells.normalize(label)).find();
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
