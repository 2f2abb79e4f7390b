package io.ogi.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional-Chinese mirrors of reports (條例, 申請, 複議, 訴訟): a character-for-character mapping
 * to simplified Chinese, used so that labels, titles and place names match. The mapping keeps every
 * string's length, so an offset in the mapped text is the same offset in the original: the agency
 * is taken from the document as written ({@link #original}).
 *
 * <p>The table is OpenCC's {@code TSCharacters.txt} (Open Chinese Convert 1.4.2, Apache-2.0; the
 * licence is beside it in {@code src/main/resources/opencc/}), first candidate of each entry, single
 * BMP characters only.
 */
public final class Traditional {

  private static final Map<Character, Character> TO_SIMPLIFIED = load();
  /** {@link #TO_SIMPLIFIED} indexed by character; 0 where a character has no simplified form. */
  private static final char[] SIMPLE = table(TO_SIMPLIFIED);
  /** A document with at least this many traditional-only characters is a traditional text. */
  private static final int MIN_TRADITIONAL = 12;

  private Traditional() {}

  private static Map<Character, Character> load() {
    Map<Character, Character> m = new HashMap<>();
    try (InputStream in = Traditional.class.getResourceAsStream("/opencc/TSCharacters.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /opencc/TSCharacters.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.indexOf('\t') < 0) {
          continue;
        }
        String t = line.substring(0, line.indexOf('\t'));
        String s = line.substring(line.indexOf('\t') + 1).split(" ")[0];
        if (t.length() == 1 && s.length() == 1 && t.charAt(0) != s.charAt(0)) {
          m.put(t.charAt(0), s.charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static char[] table(Map<Character, Character> m) {
    char[] t = new char[65536];
    m.forEach((k, v) -> t[k] = v);
    return t;
  }

  /** Whether the text is written in traditional characters (enough traditional-only characters). */
  public static boolean isTraditional(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (SIMPLE[text.charAt(i)] != 0 && ++n >= MIN_TRADITIONAL) {
        return true;
      }
    }
    return false;
  }

  /** The text with each traditional character replaced by its simplified form; same length. */
  public static String toSimplified(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char s = SIMPLE[text.charAt(i)];
      if (s != 0) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, s);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * The original spelling of {@code simplified}, a substring of one of {@code simplifiedLines}: the
   * same span of the matching line of {@code originalLines}; {@code simplified} itself when not found.
   */
  public static String original(String simplified, java.util.List<String> simplifiedLines, java.util.List<String> originalLines) {
    if (simplified == null) {
      return null;
    }
    for (int i = 0; i < simplifiedLines.size() && i < originalLines.size(); i++) {
      String s = simplifiedLines.get(i);
      String o = originalLines.get(i);
      int at = s.indexOf(simplified);
      if (at >= 0 && s.length() == o.length()) {
        return o.substring(at, at + simplified.length());
      }
    }
    return simplified;
  }
}
