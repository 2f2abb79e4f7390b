package io.ogi.parse.text;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import io.ogi.parse.Scan;
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

  /** The text, its line breaks unified, and its characters: lines are read as bounds in them. */
  private final String text;
  private final char[] chars;
  private final ReportContent content = new ReportContent();

  /**
   * Where the separators ({@code |} and tab) of the line being read are: piece {@code i} of the line
   * is {@code [bounds[i] + 1, bounds[i + 1])}; set by {@link #scanLine} (at least {@link #HEAD} + 2
   * long, so that the separators of a line's head need no check) or {@link #separators}.
   */
  private int[] bounds = new int[32];
  /** Whether the line {@link #scanLine} or {@link #separators} read holds a pipe, and a tab. */
  private boolean pipe;
  private boolean tab;
  /** The stripped bounds of each cell of the line being split ({@link #addCellLine}). */
  private int[] cellFrom = new int[16];
  private int[] cellTo = new int[16];

  // The run of table lines being read, each split into cells as it is taken (flush once split them all).
  /** Lines taken into the run: rows, page breaks and separator rows (zero: no run). */
  private int runLines;
  /**
   * The cells of the run's rows (its separator rows left out) one after another, and whether each is
   * text ({@link #TEXT}, {@link #NOT_TEXT}, or 0 when not asked yet); row {@code r} is the cells from
   * {@code rowEnds[r - 1]} (0 for the first) to {@code rowEnds[r]}, and {@code afterBreak[r]} says
   * whether a page break came before it. Rows are made lists only if the run is not one cell per
   * line (then the line endings say nothing and only the stream of cells is read).
   */
  private String[] cells = new String[64];
  private byte[] cellText = new byte[64];
  private int cellCount;
  private int[] rowEnds = new int[32];
  private boolean[] afterBreak = new boolean[32];
  private int rowCount;
  /** Rows of the run with at most one filled cell. */
  private int singles;
  /** Whether a line of the run held a tab; a page break waits for its row; a Markdown alignment row was seen. */
  private boolean tabs;
  private boolean pageBreak;
  private boolean markdown;

  /**
   * Where the next of each separator and of each space spaceCells splits at is: most lines of prose
   * hold none, and are passed by a look at these instead of a scan of their characters.
   */
  private final Next nextPipe = new Next('|');
  private final Next nextTab = new Next('\t');
  /** Where the next slash is: a line opening with a digit is a page number ("3/12") only with one. */
  private final Next nextSlash = new Next('/');
  private final Next[] nextSpaces = {
    new Next(' '), nextTab, new Next('\u00a0'), new Next('\u3000'), new Next('\u000B'), new Next('\f')
  };

  private TextContentExtractor(String text) {
    this.text = text;
    this.chars = text.toCharArray();
  }

  /**
   * The next occurrence of one character in the text from a position: looked for with {@link
   * String#indexOf(int, int)} (vectorised) only when the position passes it, so a text's lines ask
   * about it in one search through the text in all.
   */
  private final class Next {
    private final char c;
    /** Where the last search started, and what it found ({@link Integer#MAX_VALUE}: nothing). */
    private int searchedFrom = Integer.MAX_VALUE;
    private int at;

    Next(char c) {
      this.c = c;
    }

    /** Whether the character occurs in {@code [from, to)}. */
    boolean within(int from, int to) {
      if (from < searchedFrom || at < from) {
        // a look-ahead may have searched past `from`, so a search from before it starts again
        int found = text.indexOf(c, from);
        at = found < 0 ? Integer.MAX_VALUE : found;
        searchedFrom = from;
      }
      return at < to;
    }
  }

  /** Extracts blocks from plain text; never throws, an empty text gives no blocks. */
  public static ReportContent extract(String text) {
    // Most texts have no carriage return: one (vectorised) search instead of two replacing passes.
    String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    TextContentExtractor reader = new TextContentExtractor(unified);
    reader.read();
    return reader.content;
  }

  /**
   * Reads the lines ({@code text.split("\n", -1)}) in place, as bounds in {@link #chars}: most
   * lines only need testing, and a table line only its cells cut out, so no String is made for a
   * line unless a test of prose needs one (a String per line was about a seventh of the time).
   */
  private void read() {
    int seen = 0;
    String labelPrefix = null;
    for (int start = 0, next; start <= chars.length; start = next) {
      int end = scanLine(start); // and its separators
      int pieces = scannedPieces;
      next = end + 1;
      if ((++seen & 1023) == 0) {
        io.ogi.parse.ParseLimits.checkInterrupted();
      }
      int from = start < end && chars[start] == '\ufeff' ? start + 1 : start; // a byte order mark
      bounds[0] = from - 1; // the first piece starts after the mark (no separator)
      // [first, last) is the line stripped (Scan.strip): most tests below read it
      int first = from;
      while (first < end && Scan.isWhitespace(chars[first])) {
        first++;
      }
      if (first == end) {
        continue; // a blank line
      }
      int last = end;
      while (Scan.isWhitespace(chars[last - 1])) {
        last--;
      }
      if (!tab && pieces <= 3 && last - first <= MAX_CELL_CHARS && chars[last - 1] == '|') {
        // Most lines of a table written one cell per line: "0 |" (one filled cell, then its pipe)
        // and "||". Holding a pipe, such a line is neither a page number nor a vertical header
        // cell, and short, it is a cell line: addCellLine takes it, told in fewer steps here.
        if (pieces == 2 && chars[first] != '|') {
          addOneCell(first, last - 1);
          continue;
        }
        if (pieces == 3 && last - first == 2) {
          // the stripped line is its two separators: the blank piece after the last is dropped, and
          // the line is only pipes, so it is two blank cells
          runLines++;
          addCell("", NOT_TEXT);
          addCell("", NOT_TEXT);
          endRow(0);
          continue;
        }
      }
      boolean inRun = runLines > 0;
      if (inRun && isPageNumberStripped(first, last)) {
        // A page break inside a table: remembered, since a row cut there continues after it.
        runLines++;
        pageBreak = true;
        continue;
      }
      if (inRun && isVerticalHeaderPiece(first, last, end)) {
        // A narrow header cell written one character per line (PDF text).
        continue;
      }
      if (isCellLine(from, end, pieces)) {
        addCellLine(from, end, first, last, pieces);
        continue;
      }
      List<String> spaced = spaceCells(from, end, inRun);
      if (spaced != null) {
        if (labelPrefix != null && !spaced.isEmpty() && Cells.kind(spaced.get(0)) == Cells.Kind.TEXT) {
          spaced.set(0, labelPrefix + spaced.get(0));
        }
        labelPrefix = null;
        addSpacedLine(spaced);
        continue;
      }
      String stripped = inRun ? Scan.strip(text, first, last) : null;
      if (inRun && isLabelFragment(stripped) && nextIsLabelledRow(next)) {
        // A row label cut by a page break: its end starts the next row ("2.没有现成信" / "息需要另行制作 2 0 …").
        labelPrefix = stripped;
        continue;
      }
      if (inRun && isBlankRowLabel(stripped)) {
        // A row whose cells were all blank: PDF text keeps only its label ("2.其他法律行政法规禁止公开").
        addLine(stripped + "\t");
        continue;
      }
      if (inRun && isLooseValue(stripped)) {
        addLine(text.substring(from, end));
        continue;
      }
      flush();
      content.add(new ReportContent.Line(Scan.strip(text, first, last)));
    }
    flush();
  }

  /**
   * Finds the end of the line from {@code start} ({@code '\n'} or the text's end) and its
   * separators, as {@link #separators} of the line would (the number of pieces in {@link
   * #scannedPieces}). Half the lines of a report are a cell of a few characters ("0 |"): the first
   * {@link #HEAD} characters are read one by one, which finds such a line's end and separators at
   * once, where a search for each ({@link String#indexOf(int, int)}, {@link Next}) cost more to set
   * up than the characters it skipped. A longer line's end and separators are searched for after
   * its head.
   */
  private int scanLine(int start) {
    char[] cs = chars;
    int n = cs.length;
    int[] b = bounds; // at least HEAD + 2 long: the head's separators need no check
    b[0] = start - 1;
    int count = 0;
    boolean pipes = false;
    boolean tabbed = false;
    int head = Math.min(start + HEAD, n);
    int i = start;
    for (; i < head; i++) {
      char c = cs[i];
      if (c == '\n') {
        break;
      }
      if (c == '|' || c == '\t') {
        b[++count] = i;
        pipes |= c == '|';
        tabbed |= c == '\t';
      }
    }
    int end = i;
    if (i == head && head < n) {
      end = text.indexOf('\n', head);
      if (end < 0) {
        end = n;
      }
      boolean pipeAfter = nextPipe.within(head, end);
      boolean tabAfter = nextTab.within(head, end);
      if (pipeAfter || tabAfter) {
        count = addSeparators(head, end, count);
        b = bounds;
        pipes |= pipeAfter;
        tabbed |= tabAfter;
      }
    }
    b[++count] = end;
    scannedPieces = count;
    pipe = pipes;
    tab = tabbed;
    return end;
  }

  /**
   * Notes the separators in {@code [from, to)} in {@link #bounds} after its first {@code count},
   * leaving room for the end after them.
   *
   * @return the count with them
   */
  private int addSeparators(int from, int to, int count) {
    int[] b = bounds;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '|' || c == '\t') {
        if (++count + 1 == b.length) {
          b = bounds = java.util.Arrays.copyOf(b, b.length * 2);
        }
        b[count] = i;
      }
    }
    return count;
  }

  /** How many characters of each line {@link #scanLine} reads one by one. */
  private static final int HEAD = 16;
  /** The number of pieces of the line {@link #scanLine} read. */
  private int scannedPieces;

  /**
   * Finds the separators ({@code |} and tab) in {@code [from, to)} into {@link #bounds}, {@link
   * #pipe} and {@link #tab}; returns the number of pieces between them (one when there is none).
   */
  private int separators(int from, int to) {
    boolean pipes = nextPipe.within(from, to);
    boolean tabbed = nextTab.within(from, to);
    pipe = pipes;
    tab = tabbed;
    int[] b = bounds;
    b[0] = from - 1;
    if (!pipes && !tabbed) {
      // most lines of prose
      b[1] = to;
      return 1;
    }
    int count = addSeparators(from, to, 0);
    bounds[++count] = to;
    return count;
  }

  /** Whether the line {@code [from, to)}, whose separators were just found, is a row of cells. */
  private boolean isCellLine(int from, int to, int pieces) {
    if (pieces == 1) {
      return false; // neither a pipe nor a tab
    }
    if (to - from <= MAX_CELL_CHARS) {
      return true; // no cell can be longer
    }
    // The cells of splitCells are the pieces between tabs and pipes, stripped (the pieces it drops are blank).
    for (int i = 0; i < pieces; i++) {
      int a = bounds[i] + 1;
      int b = bounds[i + 1];
      if (b - a > MAX_CELL_CHARS) {
        while (a < b && Scan.isWhitespace(chars[a])) {
          a++;
        }
        while (b > a && Scan.isWhitespace(chars[b - 1])) {
          b--;
        }
        if (b - a > MAX_CELL_CHARS) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Takes a line of cells into the run: the same cells, separator-row test and counts as {@link
   * #addLine} gives the line as a String, worked out from the bounds {@link #separators} found. The
   * line is {@code [from, to)}, {@code [first, last)} stripped. A cell's String is made only when the
   * line is a row (an alignment row needs none), from bounds stripped once.
   */
  private void addCellLine(int from, int to, int first, int last, int pieces) {
    tabs |= tab;
    int start = 0;
    int end = pieces;
    if (pipe) {
      // as splitCells: a blank piece after the last pipe is dropped, a leading pipe opens a Markdown row
      if (end > 1 && isBlank(bounds[end - 1] + 1, bounds[end])) {
        end--;
      }
      if (chars[from] == '|' && end - start > 1 && !onlyPipes(first, last)) {
        start = 1; // the first piece is empty
      }
    }
    if (cellFrom.length < end) {
      cellFrom = new int[bounds.length];
      cellTo = new int[bounds.length];
    }
    int nonBlank = 0;
    boolean rules = true; // every filled cell a rule, as isSeparatorRow asks
    for (int i = start; i < end; i++) {
      int a = bounds[i] + 1;
      int b = bounds[i + 1];
      while (a < b && Scan.isWhitespace(chars[a])) {
        a++;
      }
      while (b > a && Scan.isWhitespace(chars[b - 1])) {
        b--;
      }
      cellFrom[i] = a;
      cellTo[i] = b;
      if (a < b) {
        nonBlank++;
        rules = rules && isRule(a, b);
      }
    }
    runLines++;
    if (nonBlank > 0 && rules) {
      markdown |= chars[first] == '|'; // Scan.strip(line).startsWith("|")
      return;
    }
    // a line of at most one filled cell is most likely one cell per line, whose kinds rebuildRows asks:
    // asked here, while the cell's characters are at hand
    boolean single = nonBlank <= 1;
    for (int i = start; i < end; i++) {
      int a = cellFrom[i];
      int b = cellTo[i];
      String cell = Scan.cut(chars, a, b); // stripped above
      byte kind = a == b || single && plainDigits(a, b) ? NOT_TEXT : single ? textOrNot(cell) : 0;
      addCell(cell, kind);
    }
    endRow(nonBlank);
  }

  /**
   * As the rest of {@link #addCellLine} for a line stripped to {@code [first, pipe]} whose only
   * separator is that last pipe, and which does not open with it: the piece after the pipe is blank
   * and dropped, no Markdown row is opened, so the line is the one cell {@code [first, pipe)}
   * stripped, and filled ({@code chars[first]} is neither whitespace nor a separator).
   */
  private void addOneCell(int first, int pipe) {
    int b = pipe;
    while (Scan.isWhitespace(chars[b - 1])) {
      b--; // stops at first at the latest
    }
    runLines++;
    if (isRule(first, b)) {
      return; // a rule; not Markdown, as the line does not open with a pipe
    }
    String cell = Scan.cut(chars, first, b);
    addCell(cell, plainDigits(first, b) ? NOT_TEXT : textOrNot(cell));
    endRow(1);
  }

  /**
   * Whether the characters {@code [from, to)} are one to fifteen ASCII digits, a cell {@link
   * Cells#kind} reads as a number before anything else (its plain value): not text, told without the
   * call (most cells of a table written one per line are such counts).
   */
  private boolean plainDigits(int from, int to) {
    if (to - from > 15) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the cell is text: {@link #TEXT} or {@link #NOT_TEXT}. */
  private static byte textOrNot(String cell) {
    return isText(cell) ? TEXT : NOT_TEXT;
  }

  /**
   * Same as {@code Cells.kind(s) == Cells.Kind.TEXT}. A row label is told by one of its ideographs
   * ({@link #isWordChar}) without the call, whose scans look up each character of the label in a
   * 64 KiB table: for Han labels a cache miss per character, about a quarter of the time of a table
   * written one cell per line.
   */
  static boolean isText(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (isWordChar(s.charAt(i))) {
        return true;
      }
    }
    return Cells.kind(s) == Cells.Kind.TEXT;
  }

  /**
   * Whether a cell holding {@code c} is text to {@link Cells#kind}: {@code c} is a CJK ideograph
   * (U+4E00..U+9FFF) other than 无 and the unit characters 万元件条个次人篇项部起家. Such a character
   * is not an ASCII digit (the cell is no plain value) and is neither blank nor a dash (无 is), so a
   * cell without a digit is text; nor may a number hold it (digits, signs, dots, commas, spaces and
   * those units may), so a cell with a digit is text too ("1.属于国家秘密").
   */
  static boolean isWordChar(char c) {
    if (c < '\u4e00' || c > '\u9fff') {
      return false;
    }
    switch (c) {
      case '无', '万', '元', '件', '条', '个', '次', '人', '篇', '项', '部', '起', '家' -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  private static final byte TEXT = 1;
  private static final byte NOT_TEXT = 2;

  /**
   * Takes the cells spaceCells found into the run: the same as {@link #addLine} of the cells joined
   * with tabs, which splits them back unchanged when no cell holds a separator or ends in whitespace
   * (then the joined line holds no pipe, and a tab exactly when there are two cells or more).
   */
  private void addSpacedLine(List<String> spaced) {
    for (String c : spaced) {
      int n = c.length();
      if (n > 0 && (Scan.isWhitespace(c.charAt(0)) || Scan.isWhitespace(c.charAt(n - 1))
          || c.indexOf('|') >= 0 || c.indexOf('\t') >= 0)) {
        addLine(String.join("\t", spaced));
        return;
      }
    }
    tabs |= spaced.size() > 1;
    runLines++;
    if (isSeparatorRow(spaced)) {
      return; // not Markdown: the line does not open with a pipe
    }
    addRow(spaced, nonBlank(spaced));
  }

  /** Takes a line into the run: its cells, or nothing for a Markdown alignment row or a rule. */
  private void addLine(String line) {
    tabs |= line.indexOf('\t') >= 0;
    runLines++;
    List<String> cells = splitCells(line);
    if (isSeparatorRow(cells)) {
      markdown |= Scan.strip(line).startsWith("|");
      return;
    }
    addRow(cells, nonBlank(cells));
  }

  private void addRow(List<String> row, int nonBlank) {
    for (String cell : row) {
      addCell(cell, (byte) 0);
    }
    endRow(nonBlank);
  }

  private void addCell(String cell, byte text) {
    if (cellCount == cells.length) {
      cells = java.util.Arrays.copyOf(cells, cellCount * 2);
      cellText = java.util.Arrays.copyOf(cellText, cellCount * 2);
    }
    cells[cellCount] = cell;
    cellText[cellCount++] = text;
  }

  /** Ends a row of the run after its cells were added. */
  private void endRow(int nonBlank) {
    if (rowCount == rowEnds.length) {
      rowEnds = java.util.Arrays.copyOf(rowEnds, rowCount * 2);
      afterBreak = java.util.Arrays.copyOf(afterBreak, rowCount * 2);
    }
    rowEnds[rowCount] = cellCount;
    afterBreak[rowCount++] = pageBreak;
    pageBreak = false;
    if (nonBlank <= 1) {
      singles++;
    }
  }

  /** The rows of the run as lists, and whether a page break came before each. */
  private List<List<String>> rowLists() {
    List<List<String>> rows = new ArrayList<>(rowCount);
    for (int r = 0, from = 0; r < rowCount; from = rowEnds[r++]) {
      rows.add(cellList(from, rowEnds[r]));
    }
    return rows;
  }

  private static int nonBlank(List<String> cells) {
    int nonBlank = 0;
    for (String c : cells) {
      if (!c.isEmpty()) {
        nonBlank++;
      }
    }
    return nonBlank;
  }

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

  /** "- 3 -", "— 3 —", "第3页", "3/12": the line {@code [from, to)} is a page number, never a cell. */
  private boolean isPageNumber(int from, int to) {
    int first = from;
    while (first < to && Scan.isWhitespace(chars[first])) {
      first++;
    }
    if (first == to) {
      return false;
    }
    int last = to;
    while (Scan.isWhitespace(chars[last - 1])) {
      last--;
    }
    return isPageNumberStripped(first, last);
  }

  /**
   * {@link #isPageNumber} of a line stripped to {@code [first, last)} (not empty): what was
   * stripped is whitespace, neither a digit nor a slash, so the tests read the same there.
   */
  private boolean isPageNumberStripped(int first, int last) {
    // every form opens with a dash, 第 or a digit (then holds a slash), and holds an ASCII digit:
    // the opening is tested first, as most lines of a table fail it at their first character
    char c = chars[first];
    boolean opens = c == '-' || c == '—' || c == '–' || c == '－' || c == '第'
        || (c >= '0' && c <= '9' && nextSlash.within(first, last));
    if (!opens || !hasAsciiDigit(first, last)) {
      return false;
    }
    return PAGE_NUMBER.matcher(text.substring(first, last)).matches();
  }

  /** As {@code Scan.isBlank(text, from, to)}. */
  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Scan.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean hasAsciiDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Line terminators, which {@code .} does not match. */
  static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Same as {@code s.matches(".*\\d.*")} ({@code run} 1) or {@code s.matches(".*\\d{2,}.*")} ({@code run} 2). */
  static boolean dotsAroundDigits(String s, int run) {
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
  static String withoutParentheses(String s) {
    if (s.indexOf('（') < 0 && s.indexOf('(') < 0) {
      return s;
    }
    return PARENTHESISED.matcher(s).replaceAll("");
  }

  /** Same as {@code s.split("\\s+")} for a string without leading or trailing whitespace. */
  static String[] splitWhitespace(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (Scan.isRegexSpace(s.charAt(i))) {
        out.add(s.substring(start, i));
        while (i < n && Scan.isRegexSpace(s.charAt(i))) {
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


  /**
   * One or two Han characters alone on a line inside a table: a vertical header cell (结 / 果 / 维 /
   * 持). The line is stripped to {@code [from, to)} and ends at {@code lineEnd}.
   */
  private boolean isVerticalHeaderPiece(int from, int to, int lineEnd) {
    if (to - from > 2 || chars[from] < '\u2e80') {
      return false; // no Han character lies below U+2E80
    }
    for (int i = from; i < to; ) {
      // a pair of surrogates cut by `to` cannot occur: no surrogate is whitespace
      int cp = Character.codePointAt(chars, i, lineEnd);
      if (!Scan.isHan(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** "二、上年结转政府信息公开申请数量" is a row of table 三; "三、本年度办理结果" may be a heading of the report. */
  private static final java.util.regex.Pattern HEADING_NUMBER =
      java.util.regex.Pattern.compile("^[一二三四五六七八九十]{1,3}、");
  private static final java.util.regex.Pattern ITEM_OR_SECTION =
      java.util.regex.Pattern.compile("^(?:\\d{1,2}\\s*[.、．]|[（(][一二三四五六七八九十]{1,3}[）)])");

  /**
   * A numbered row label alone on its line inside a table ("3.危及“三安全一稳定”", "（六）其他处理"); {@code s}
   * is stripped (not empty). The tests are side-effect free and run cheapest first: a label of
   * ITEM_OR_SECTION opens with an ASCII digit or a parenthesis, one of HEADING_NUMBER with a numeral,
   * so most lines (headings after a table) are decided by their first character, no matcher made.
   */
  private static boolean isBlankRowLabel(String s) {
    if (s.length() > 80 || s.indexOf(' ') >= 0) {
      return false;
    }
    char c = s.charAt(0);
    // Not "二、主动公开政府信息情况": a numbered heading of the report ends the table.
    boolean rowLabel = (c >= '0' && c <= '9' || c == '（' || c == '(') && ITEM_OR_SECTION.matcher(s).lookingAt()
        || "一二三四五六七八九十".indexOf(c) >= 0 && HEADING_NUMBER.matcher(s).lookingAt()
            && (s.contains("申请数量") || s.contains("结转"));
    return rowLabel && Cells.kind(s) == Cells.Kind.TEXT && !hasSentencePunct(withoutParentheses(s));
  }

  /**
   * A short label without numbers or sentence punctuation: the first half of a row cut by a page
   * break; {@code s} is stripped.
   */
  private static boolean isLabelFragment(String s) {
    return s.length() <= 40 && s.indexOf(' ') < 0 && isText(s)
        && !hasSentencePunct(s) && !dotsAroundDigits(s, 2);
  }

  /** Whether the first of the six lines from {@code start} not blank nor a page number is a labelled row. */
  private boolean nextIsLabelledRow(int start) {
    for (int i = 0, next; i < 6 && start <= chars.length; i++, start = next) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = chars.length;
      }
      next = end + 1;
      if (isBlank(start, end) || isPageNumber(start, end)) {
        continue;
      }
      List<String> cells = isCellLine(start, end, separators(start, end)) ? null : spaceCells(start, end, true);
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
  private List<String> spaceCells(int from, int to, boolean inTable) {
    if (!mayHoldSpacedCells(from, to)) {
      return null; // most prose lines: no need to normalise them (nor to cut them out)
    }
    return spacedCells(Cells.normalize(text.substring(from, to)), inTable);
  }

  /** {@link #spaceCells} of a line that may hold spaced cells, normalised ({@code s}). */
  static List<String> spacedCells(String s, boolean inTable) {
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
   * False when {@code Cells.normalize(line)} of the line {@code [from, to)} would be empty, longer
   * than 200 characters, or without a space inside (one token): the checks spaceCells starts with,
   * read off the line itself. normalize maps character for character (NBSP and ideographic space to
   * a space) and then trims what is at most a space.
   */
  private boolean mayHoldSpacedCells(int from, int to) {
    boolean spaces = false; // a character of Scan.isRegexSpace (but \n and \r: lines hold none), NBSP or U+3000
    for (Next space : nextSpaces) {
      spaces = spaces || space.within(from, to);
    }
    if (!spaces) {
      return false; // most lines of Han prose
    }
    while (from < to && trimmedAfterNormalizing(chars[from])) {
      from++;
    }
    while (to > from && trimmedAfterNormalizing(chars[to - 1])) {
      to--;
    }
    if (from == to || to - from > 200) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (Scan.isRegexSpace(c) || c == '\u00a0' || c == '\u3000') {
        return true;
      }
    }
    return false;
  }

  static boolean trimmedAfterNormalizing(char c) {
    return c <= ' ' || c == '\u00a0' || c == '\u3000';
  }

  /** Item names of table 二, the rows most often written "行政许可 1536" in PDF text. */
  static boolean looksLikeItem(String label) {
    return label.contains("规章") || label.contains("规范性文件") || label.startsWith("行政") || label.contains("收费")
        || label.contains("采购") || label.contains("服务事项");
  }

  /** A short line with a number and no separator, such as a table's last cell ("1", "5.637万元"). */
  private static boolean isLooseValue(String s) {
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

  /** Whether the line stripped to {@code [from, to)} holds only pipes and spaces. */
  private boolean onlyPipes(int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = chars[i];
      if (ch != '|' && ch != ' ') {
        return false;
      }
    }
    return true;
  }

  static boolean onlyPipes(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char ch = s.charAt(i);
      if (ch != '|' && ch != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Forgets the run: the next line taken starts a new one. */
  private void endRun() {
    runLines = 0;
    cellCount = 0;
    rowCount = 0;
    singles = 0;
    tabs = false;
    pageBreak = false;
    markdown = false;
  }

  /** Ends the run of table lines: its rows become a table (or a line of prose). */
  private void flush() {
    if (runLines == 0) {
      return;
    }
    int rowCount = this.rowCount;
    if (rowCount == 0) {
      endRun();
      return;
    }
    boolean tabs = this.tabs;
    // mergeCutRows joins only a row after a page break to the row before it
    boolean cut = false;
    for (int r = 1; r < rowCount; r++) {
      cut |= afterBreak[r];
    }
    List<List<String>> rows;
    boolean cellPerLine;
    if (tabs && cut) {
      List<List<String>> lineCells = rowLists();
      List<Boolean> breaks = new ArrayList<>(rowCount);
      for (int r = 0; r < rowCount; r++) {
        breaks.add(afterBreak[r]);
      }
      mergeCutRows(lineCells, breaks);
      cellPerLine = singles * 10 >= lineCells.size() * 7;
      rows = cellPerLine ? rebuildRows(lineCells) : lineCells;
    } else {
      // no row can be merged (no tab, or no page break inside the run): the run's cells as they were
      // taken, their rows made once (rebuildRows of the cells is rebuildRows of the rows' lists)
      cellPerLine = singles * 10 >= rowCount * 7;
      rows = cellPerLine ? rebuildRows(cellCount) : rowLists();
    }
    boolean markdown = this.markdown;
    endRun();
    addRows(content, rows, cellPerLine || tabs || markdown);
  }

  /**
   * Adds a run's rows to {@code content}: a table, or a prose line when the run was one separated line
   * with at most one filled cell. {@code positional}: the rows' blank cells are positions (cells
   * rebuilt from one per line, tab rows, a Markdown table); else trailing blanks may be dropped.
   */
  static void addRows(ReportContent content, List<List<String>> rows, boolean positional) {
    // A Markdown table (it has an alignment row) keeps every cell in place: its blanks are positions.
    if (!positional && packedBlanks(rows)) {
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
  static boolean packedBlanks(List<List<String>> rows) {
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
  static void mergeCutRows(List<List<String>> rows, List<Boolean> afterBreak) {
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
  static boolean isSeparatorRow(List<String> cells) {
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

  /** As {@link #isRule(String)} of the characters {@code [from, to)}. */
  private boolean isRule(int from, int to) {
    if (to - from < 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char ch = chars[i];
      if (ch != '-' && ch != ':' && ch != '—' && ch != '=') {
        return false;
      }
    }
    return true;
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
  static List<List<String>> rebuildRows(List<List<String>> lineCells) {
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

  /**
   * As {@link #rebuildRows(List)} of the run's rows: the first {@code count} cells of {@link
   * #cells} in turn, each cell's kind asked unless it was when the cell was taken. A row is made
   * once its end is found, at its size (most rows are a label and a few values).
   */
  private List<List<String>> rebuildRows(int count) {
    List<List<String>> rows = new ArrayList<>(count / 2);
    int rowStart = 0;
    boolean seenValue = false;
    for (int c = 0; c < count; c++) {
      byte kind = cellText[c];
      boolean text = (kind == 0 ? textOrNot(cells[c]) : kind) == TEXT;
      if (text && seenValue) {
        rows.add(cellList(rowStart, c));
        rowStart = c;
        seenValue = false;
      }
      if (!text) {
        seenValue = true;
      }
    }
    if (rowStart < count) {
      rows.add(cellList(rowStart, count));
    }
    return rows;
  }

  /** Cells {@code [from, to)} of {@link #cells} as a list of their own. */
  private List<String> cellList(int from, int to) {
    List<String> row = new ArrayList<>(to - from);
    for (int c = from; c < to; c++) {
      row.add(cells[c]);
    }
    return row;
  }

}
