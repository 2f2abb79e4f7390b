package io.ogi.parse;

import java.util.regex.Pattern;

/**
 * Reads the text of one table cell: a number, a blank, a dash for zero, or text.
 *
 * <p>Cells in the wild carry full-width digits (１２), thousands separators (10,022), units
 * (5.637万元, 20件), signs (-2), and dashes, 无 or / for zero.
 */
public final class Cells {

  /** What a cell holds. */
  public enum Kind {
    NUMBER,
    BLANK,
    DASH,
    TEXT
  }

  private static final Pattern UNIT_SUFFIX =
      Pattern.compile("(万元|元|件|条|个|次|人次|人|篇|项|部|起|家|%|％)$");

  private static final Pattern COMMA_GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DIGIT_SPACE_DIGIT = Pattern.compile("\\d\\s+\\d");
  private static final Pattern SPACE_GROUPED = Pattern.compile("[-+]?\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?\\s*\\D*");

  private Cells() {}

  /**
   * What each BMP character is to the scans below, as bits: one table lookup per character where a
   * chain of comparisons or a {@code switch} (a branch the processor mispredicts on mixed Han and
   * digits) stood. Each bit is set exactly for the characters its scan's old test named.
   */
  private static final byte[] FLAGS = new byte[65536];
  /** A character {@link #label} removes or changes. */
  private static final byte RELABELLED = 1;
  /** A character {@link #normalize} changes. */
  private static final byte RENORMALIZED = 2;
  /** A character {@link #number} may remove or accept: whitespace, digit, sign, dot, comma, unit. */
  private static final byte NUMBER_CHAR = 4;
  /** An ASCII or full-width digit. */
  private static final byte DIGIT = 8;
  /** A blank or a dash ({@link #hasTextChar} looks for any other character). */
  private static final byte BLANK_OR_DASH = 16;

  static {
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      boolean fullDigit = c >= '０' && c <= '９';
      boolean asciiDigit = c >= '0' && c <= '9';
      int f = 0;
      if (fullDigit || " \t\u00a0\u3000\n\r（）．".indexOf(c) >= 0) {
        f |= RELABELLED;
      }
      if (fullDigit || "．，－−\u00a0\u3000".indexOf(c) >= 0) {
        f |= RENORMALIZED;
      }
      if (c <= ' ' || asciiDigit || fullDigit || "\u00a0\u3000+-－−.．,，万元件条个次人篇项部起家%％".indexOf(c) >= 0) {
        f |= NUMBER_CHAR;
      }
      if (asciiDigit || fullDigit) {
        f |= DIGIT;
      }
      if (c <= ' ' || "\u00a0\u3000-—–－−/无".indexOf(c) >= 0) {
        f |= BLANK_OR_DASH;
      }
      FLAGS[i] = (byte) f;
    }
  }

  /** Full-width digits and signs to ASCII; NBSP and ideographic spaces to plain spaces. */
  public static String normalize(String s) {
    if (!needsNormalizing(s)) {
      return s.trim();
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        sb.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        sb.append('.');
      } else if (c == '，') {
        sb.append(',');
      } else if (c == '－' || c == '−') {
        sb.append('-');
      } else if (c == '\u00a0' || c == '\u3000') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().trim();
  }

  private static boolean needsNormalizing(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((FLAGS[s.charAt(i)] & RENORMALIZED) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} holds a character that survives {@link #normalize} and belongs to no blank
   * or dash: such a cell without digits is text.
   */
  private static boolean hasTextChar(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((FLAGS[s.charAt(i)] & BLANK_OR_DASH) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Classifies a cell's text. {@code null} is blank. */
  public static Kind kind(String cell) {
    if (cell == null) {
      return Kind.BLANK;
    }
    if (cell.isEmpty()) {
      return Kind.BLANK; // as normalize("") is
    }
    if (plainValue(cell) >= 0) {
      return Kind.NUMBER; // the common case, without normalising
    }
    boolean digit = hasDigit(cell);
    if (!digit && hasTextChar(cell)) {
      return Kind.TEXT; // no number without a digit, and not blank or a dash
    }
    if (digit && hasNonNumberChar(cell)) {
      // A label opening with its number ("1.属于国家秘密"), as read below without normalising: no
      // blank or dash holds a digit, and number() refuses the normalised cell, which holds the same
      // characters outside NUMBER_CHAR (normalize maps such characters to such characters, and trim
      // removes only blanks, which are such characters).
      return Kind.TEXT;
    }
    String s = normalize(cell);
    if (s.isEmpty()) {
      return Kind.BLANK;
    }
    if (isDash(s)) {
      return Kind.DASH;
    }
    return number(s) != null ? Kind.NUMBER : Kind.TEXT;
  }

  /**
   * The number in a cell, or {@code null} when the cell is not a number. Thousands separators,
   * spaces and a trailing unit are removed; 5.637万元 reads as 5.637.
   */
  public static Double number(String cell) {
    if (cell == null) {
      return null;
    }
    long plain = plainValue(cell);
    if (plain >= 0) {
      return (double) plain; // exact: at most 15 digits
    }
    if (!hasDigit(cell)) {
      return null; // no digit, ASCII or full-width: no number whatever the unit or separators
    }
    if (hasNonNumberChar(cell)) {
      return null; // a character that no reading below removes or accepts (1.属于国家秘密)
    }
    String s = normalize(cell);
    if (hasRegexSpace(s) && DIGIT_SPACE_DIGIT.matcher(s).find()) {
      // "10 022" groups thousands; "18 0" is two numbers run together (a lost separator), not 180.
      if (!SPACE_GROUPED.matcher(s).matches()) {
        return null;
      }
    }
    if (s.indexOf(' ') >= 0) {
      s = s.replace(" ", "");
    }
    if (s.isEmpty()) {
      return null;
    }
    s = withoutUnit(s);
    if (s.indexOf(',') >= 0) {
      // Only a thousands separator between groups of three digits; "1,2" is not a number.
      if (!COMMA_GROUPED.matcher(s).matches()) {
        return null;
      }
      s = s.replace(",", "");
    }
    if (s.length() > 18 || !isDecimal(s)) {
      return null;
    }
    return Double.parseDouble(s);
  }

  /**
   * Same as {@code UNIT_SUFFIX.matcher(s).replaceFirst("")} for a string without line terminators
   * (number() has rejected them): the longest unit that ends it is cut.
   */
  private static String withoutUnit(String s) {
    int n = s.length();
    if (n == 0) {
      return s;
    }
    if (s.endsWith("万元") || s.endsWith("人次")) {
      return s.substring(0, n - 2);
    }
    switch (s.charAt(n - 1)) {
      case '元', '件', '条', '个', '次', '人', '篇', '项', '部', '起', '家', '%', '％' -> {
        return s.substring(0, n - 1);
      }
      default -> {
        return s;
      }
    }
  }

  /** Whether {@code s} is {@code [-+]?\d+(\.\d+)?} (ASCII digits), read without a regex. */
  static boolean isDecimal(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int start = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > fraction && i == n;
  }

  /** Whether {@code s} holds a character of {@code \\s}. */
  private static boolean hasRegexSpace(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of {@code s} when it is 1 to 15 ASCII digits and nothing else (a number as it stands),
   * else -1: read as {@code Long.parseLong} would (15 digits cannot overflow).
   */
  private static long plainValue(String s) {
    int n = s.length();
    if (n == 0 || n > 15) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }


  /**
   * Whether {@code s} holds a character that is neither whitespace, a digit, a sign, a dot, a comma
   * nor one of the unit suffix's characters, in either width: no number can be read from it.
   */
  private static boolean hasNonNumberChar(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((FLAGS[s.charAt(i)] & NUMBER_CHAR) == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((FLAGS[s.charAt(i)] & DIGIT) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Dashes, 无 and / stand for zero in many tables. */
  public static boolean isDash(String s) {
    return s.equals("-") || s.equals("—") || s.equals("——") || s.equals("--") || s.equals("/")
        || s.equals("无") || s.equals("–") || s.equals("－") || s.equals("/ ");
  }

  /** The index of the first character {@link #label} removes or changes, or -1 when there is none. */
  private static int firstRelabelled(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((FLAGS[s.charAt(i)] & RELABELLED) != 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Label text for matching: whitespace removed, full-width brackets and dots made ASCII.
   *
   * <p>Written into a char array sized to {@code s}: a label is never longer than its cell, and a
   * {@code StringBuilder} started in Latin-1 would be widened (copied) at the first Han character.
   */
  public static String label(String s) {
    int first = firstRelabelled(s);
    if (first < 0) {
      return s;
    }
    int n = s.length();
    char[] out = new char[n];
    s.getChars(0, first, out, 0);
    int len = first;
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if ((FLAGS[c] & RELABELLED) == 0) {
        out[len++] = c;
        continue;
      }
      switch (c) {
        case ' ', '\t', '\u00a0', '\u3000', '\n', '\r' -> {}
        case '（' -> out[len++] = '(';
        case '）' -> out[len++] = ')';
        case '．' -> out[len++] = '.';
        default -> out[len++] = (char) ('0' + (c - '０')); // the only others flagged: full-width digits
      }
    }
    return new String(out, 0, len);
  }
}
