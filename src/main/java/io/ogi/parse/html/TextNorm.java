package io.ogi.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Whitespace normalisation for prose lines and table cells. */
final class TextNorm {

  private TextNorm() {}

  /** True for characters HTML pages use as spaces: ASCII whitespace, &amp;nbsp;, full-width and other Unicode spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b'
        || c == '\u00a0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200a')
        || c == '\u202f' || c == '\u205f' || c == '\u1680';
  }

  /** Zero-width characters editors leave in pages; they are dropped outright. */
  static boolean isInvisible(char c) {
    return (c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
  }

  /** Counts characters that are neither spaces nor invisible: the "text length" the heuristics use. */
  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Collapses every run of spaces (including &amp;nbsp; and U+3000) to one ASCII space, drops
   * zero-width characters and trims. Returns "" for null or blank input.
   */
  /** Same as {@code e.children()}: the child nodes that are elements, in order, without a stream. */
  static java.util.List<Element> childElements(Element e) {
    int n = e.childNodeSize();
    java.util.List<Element> out = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (e.childNode(i) instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether {@link #line} would give {@code s} back as it is: no invisibles, single inner blanks only. */
  private static boolean isLine(String s) {
    int len = s.length();
    if (len == 0) {
      return true;
    }
    char prev = ' '; // a leading space is not kept
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        return false;
      }
      if (isSpace(c) && (c != ' ' || prev == ' ')) {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
  }

  static String line(CharSequence raw) {
    if (raw == null) {
      return "";
    }
    if (raw instanceof String s && isLine(s)) {
      return s;
    }
    // Into a char array, not a StringBuilder: a builder starts in Latin-1 and is copied wider at the
    // first Han character, which was a visible share of the emission's cost.
    int len = raw.length();
    char[] out = new char[len];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = raw.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /** CJK ideographs, kana, CJK punctuation and full-width forms: scripts written without spaces. */
  static boolean isCjk(char c) {
    return (c >= '\u2e80' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff')
        || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uffef');
  }

  /**
   * Text of a table cell: paragraphs and br-separated lines inside the cell are joined without a
   * newline, and a space is dropped wherever it touches a CJK character (source formatting wraps
   * labels such as "结果\n维持" or "商业 企业"), so a label reads as one word. Never null.
   */
  static String cell(Element cell) {
    // Fast path: most cells hold one text node (a number), bare or inside a paragraph and spans (a
    // Word export's cell); with one text node the separators below could only fall at its ends.
    TextNode sole = soleText(cell, 0);
    if (sole == NO_TEXT) {
      return "";
    }
    if (sole != null) {
      return squeezeCjkSpaces(line(sole.getWholeText()));
    }
    StringBuilder sb = new StringBuilder();
    DomWalk.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (ChromeRules.isDroppedTag(tag)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (tag.equals("br") || ChromeRules.isBlockTag(tag)) {
                sb.append(' ');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && ChromeRules.isBlockTag(e.normalName())) {
              sb.append(' ');
            }
            return FilterResult.CONTINUE;
          }
        },
        cell);
    return squeezeCjkSpaces(line(sb));
  }

  /** {@link #soleText}'s answer for a subtree without text. */
  private static final TextNode NO_TEXT = new TextNode("");

  /**
   * The one text node under {@code e} with visible characters (what is inside dropped tags not
   * counted; blank nodes could only add spaces at its ends); {@link #NO_TEXT} when there is none; null
   * when there are several, or the subtree is deeper than a cell's markup.
   */
  private static TextNode soleText(Element e, int depth) {
    if (depth > 8) {
      return null;
    }
    TextNode found = NO_TEXT;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node c = e.childNode(i);
      TextNode t;
      if (c instanceof TextNode tn) {
        t = visibleLength(tn.getWholeText()) == 0 ? NO_TEXT : tn; // source line breaks between tags
      } else if (c instanceof Element ce && !ChromeRules.isDroppedTag(ce.normalName())) {
        t = soleText(ce, depth + 1);
        if (t == null) {
          return null;
        }
      } else {
        continue; // comments, script data, dropped tags
      }
      if (t != NO_TEXT) {
        if (found != NO_TEXT) {
          return null;
        }
        found = t;
      }
    }
    return found;
  }

  /** Removes single spaces that touch a CJK character; input must already be {@link #line} normalised. */
  static String squeezeCjkSpaces(String s) {
    if (s.indexOf(' ') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < len && (isCjk(s.charAt(i - 1)) || isCjk(s.charAt(i + 1)))) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
