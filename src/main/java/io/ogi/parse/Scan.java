package io.ogi.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap character tests and literal-anchored regex searches for the parser's hot paths. Each gives
 * exactly the result of the plain call it stands for, only faster.
 */
public final class Scan {

  private Scan() {}

  /** BMP characters of the Han script ({@link Character.UnicodeScript#HAN}). */
  private static final boolean[] HAN_BMP = new boolean[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      HAN_BMP[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
  }

  /**
   * Same as {@link Character#isWhitespace(char)}, answered without the JDK's property tables for
   * ASCII and for everything outside U+1680..U+3000 (Han text asks it of nearly every line and cell end, and
   * the table lookup was a cache miss as often as not).
   */
  public static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    // above ASCII: U+1680, U+2000..U+200A but U+2007, U+2028, U+2029, U+205F, U+3000
    return c >= 0x1680 && c <= 0x3000 && (c == 0x3000 || Character.isWhitespace(c));
  }

  /** The characters of the regex class {@code \\s} (without UNICODE_CHARACTER_CLASS): [ \\t\\n\\x0B\\f\\r]. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Same as {@code s.strip()}. */
  public static String strip(String s) {
    return strip(s, 0, s.length());
  }

  /**
   * Same as {@code s.substring(from, to).strip()}: no surrogate is whitespace, so the characters
   * are tested one by one.
   */
  public static String strip(String s, int from, int to) {
    while (from < to && isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (to - from == 1 && s.charAt(from) < ONE_ASCII.length) {
      // a table's cells are mostly one digit ("0"): one shared string each, not a copy per cell
      return ONE_ASCII[s.charAt(from)];
    }
    return s.substring(from, to);
  }

  /**
   * Same as {@code new String(chars, from, to - from).strip()}. A table's cells are mostly a digit
   * or two: those are shared strings, not a copy each (a copy of Latin-1 characters cut from Han
   * text is first compressed).
   */
  public static String strip(char[] chars, int from, int to) {
    while (from < to && isWhitespace(chars[from])) {
      from++;
    }
    while (to > from && isWhitespace(chars[to - 1])) {
      to--;
    }
    return cut(chars, from, to);
  }

  /**
   * Same as {@code new String(chars, from, to - from)}, and {@link #strip(char[], int, int)} of
   * characters already stripped (a caller that stripped them to test them need not do it again).
   */
  public static String cut(char[] chars, int from, int to) {
    if (to - from == 1 && chars[from] < ONE_ASCII.length) {
      return ONE_ASCII[chars[from]];
    }
    if (to - from == 2) {
      int tens = chars[from] - '0';
      int ones = chars[from + 1] - '0';
      if (tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9) {
        return TWO_DIGITS[tens * 10 + ones];
      }
    }
    return new String(chars, from, to - from);
  }

  /** The strings of two ASCII digits, "00" to "99", by their value. */
  private static final String[] TWO_DIGITS = new String[100];

  static {
    for (int i = 0; i < TWO_DIGITS.length; i++) {
      TWO_DIGITS[i] = (char) ('0' + i / 10) + "" + (char) ('0' + i % 10);
    }
  }

  /** The strings of one ASCII character each, by that character. */
  private static final String[] ONE_ASCII = new String[128];

  static {
    for (char c = 0; c < ONE_ASCII.length; c++) {
      ONE_ASCII[c] = String.valueOf(c);
    }
  }

  /** Same as {@code s.isBlank()}. */
  public static boolean isBlank(String s) {
    return isBlank(s, 0, s.length());
  }

  /** Same as {@code s.substring(from, to).isBlank()}. */
  public static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Same as {@code Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN}. */
  public static boolean isHan(int cp) {
    return cp < 65536 ? cp >= 0 && HAN_BMP[cp] : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * A matcher over {@code text} for a pattern each of whose matches holds {@code literal} at most
   * {@code maxLead} characters after the match's start. {@link #find()} returns the matches {@link
   * Matcher#find()} would, in the same order, but tries the regex only near occurrences of the
   * literal (with transparent, non-anchoring bounds: look-behinds see the text before).
   */
  public static final class Anchored {
    private final Matcher m;
    private final String text;
    private final String literal;
    private final int maxLead;
    private final String firsts;
    private final java.util.function.IntPredicate mayStart;
    private int next; // smallest start not tried yet
    private int occ; // where to look for the next occurrence of the literal

    public Anchored(Pattern p, String text, String literal, int maxLead) {
      this(p, text, literal, maxLead, null);
    }

    /**
     * As {@link #Anchored(Pattern, String, String, int)} for a pattern whose every match opens with
     * one of {@code firsts} (null: any character): a start before the literal is tried only there.
     * Each try resets the matcher, and a literal such as 申请 is frequent.
     */
    public Anchored(Pattern p, String text, String literal, int maxLead, String firsts) {
      this(p, text, literal, maxLead, firsts, null);
    }

    /**
     * As {@link #Anchored(Pattern, String, String, int, String)}, and a start is tried only where
     * {@code mayStart} holds: a cheap test that every match's start passes (a necessary condition,
     * so the matches found are the same). For a literal as frequent as the digit 0.
     */
    public Anchored(
        Pattern p, String text, String literal, int maxLead, String firsts, java.util.function.IntPredicate mayStart) {
      this.m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      this.text = text;
      this.literal = literal;
      this.maxLead = maxLead;
      this.firsts = firsts;
      this.mayStart = mayStart;
    }

    /** The next match, as {@link Matcher#find()} (matches must not be empty). */
    public boolean find() {
      int n = text.length();
      while (true) {
        int at = indexOf(text, literal, occ);
        if (at < 0) {
          next = n + 1;
          occ = n + 1;
          return false;
        }
        for (int s = Math.max(next, at - maxLead); s <= at; s++) {
          if (firsts != null && firsts.indexOf(text.charAt(s)) < 0) {
            continue;
          }
          if (mayStart != null && !mayStart.test(s)) {
            continue;
          }
          m.region(s, n);
          if (m.lookingAt()) {
            next = m.end();
            occ = m.end();
            return true;
          }
        }
        next = at + 1;
        occ = at + 1;
      }
    }

    public Matcher matcher() {
      return m;
    }
  }

  /**
   * Same as {@code text.indexOf(literal, from)}: the literal's first character found by {@link
   * String#indexOf(int, int)}, then the rest compared. For the Han literals of the hot paths in
   * UTF-16 text this is about a third faster than the string search (measured on JDK 17).
   */
  public static int indexOf(String text, String literal, int from) {
    if (literal.isEmpty()) {
      return text.indexOf(literal, from);
    }
    char first = literal.charAt(0);
    for (int at = text.indexOf(first, Math.max(from, 0)); at >= 0; at = text.indexOf(first, at + 1)) {
      if (text.startsWith(literal, at)) {
        return at;
      }
    }
    return -1;
  }
}
