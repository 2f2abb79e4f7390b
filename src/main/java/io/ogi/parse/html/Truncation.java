package io.ogi.parse.html;

import java.util.Locale;

/**
 * Tells a page cut off in transfer (a download interrupted, a crawler's size cap) from a whole one.
 * Jsoup closes every open element at the end of the input, so a table cut after its third row reads
 * like a complete table of three rows: the cut must be seen in the markup before Jsoup repairs it.
 *
 * <p>A page is truncated when it has neither {@code </body>} nor {@code </html>} (the last things a
 * whole page has; a page that omits both but ends cleanly is not flagged) and it ends inside a tag
 * ({@code <td cla}) or inside a table (more {@code <table} than {@code </table>}).
 */
public final class Truncation {

  private Truncation() {}

  /**
   * @return why the page looks truncated ({@code "ends inside a tag"}, {@code "ends inside a
   *     table"}), or {@code null} when it does not
   */
  public static String detect(String html) {
    if (html == null || html.isEmpty()) {
      return null;
    }
    if (closesBodyOrHtml(html)) {
      return null; // the check below, without lowering the whole page
    }
    String lower = html.toLowerCase(Locale.ROOT);
    if (lower.contains("</body") || lower.contains("</html")) {
      return null;
    }
    int end = lower.length();
    while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
      end--;
    }
    if (lower.lastIndexOf('<', end - 1) > lower.lastIndexOf('>', end - 1)) {
      return "ends inside a tag";
    }
    if (count(lower, "<table") > count(lower, "</table")) {
      return "ends inside a table";
    }
    return null;
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /**
   * Whether the page holds {@code </body} or {@code </html} in any case, as {@code
   * html.toLowerCase(Locale.ROOT)} would show it (only ASCII letters lower to these letters).
   */
  private static boolean closesBodyOrHtml(String html) {
    for (int i = html.lastIndexOf("</"); i >= 0; i = i == 0 ? -1 : html.lastIndexOf("</", i - 1)) {
      if (i + 6 <= html.length() && (word(html, i + 2, "body") || word(html, i + 2, "html"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean word(String s, int at, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = s.charAt(at + k);
      if (c != lowerWord.charAt(k) && c != Character.toUpperCase(lowerWord.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
