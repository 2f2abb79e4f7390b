package io.ogi.parse.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What counts as site chrome on government pages: tags, class/id tokens and whole lines.
 *
 * <p>Class names differ from one CMS to the next, so the rules are token based and deliberately
 * broad; {@link PageStats} overrides a class-based verdict when the element holds a lot of
 * non-link text (a wrapper named "main-bottom" that really holds the article).
 */
final class ChromeRules {

  private ChromeRules() {}

  /** Class/id tokens that mark chrome when equal to the token. */
  private static final Set<String> CHROME_TOKENS_EXACT =
      Set.of("top", "head", "side", "aside", "tool", "tools", "print", "ads", "dh", "bq", "ft",
          "foot", "wzdh", "dqwz", "ewm", "fx");

  /** Class/id tokens that mark chrome when a token starts with them. */
  private static final String[] CHROME_TOKEN_PREFIXES = {
    "nav", "menu", "breadcrumb", "crumb", "footer", "header", "topbar", "sidebar", "share",
    "bdshare", "fenxiang", "related", "xgwz", "xglj", "xgxx", "copyright", "banner", "toolbar",
    "qrcode", "erweima", "search", "login", "position", "location", "weizhi", "friendlink", "yqlj",
    "bottom", "gotop", "totop", "subnav", "dangqian", "pagenav", "pager", "prevnext"
  };

  /** Substrings of class/id that suggest the article body (hints only: the density decides). */
  private static final String[] BODY_HINTS = {
    "trs_editor", "zoom", "article", "content", "detail", "zwnr", "zhengwen", "txt", "text",
    "wzzw", "newscon", "union", "conn", "ccontent"
  };

  /** Line prefixes of breadcrumbs, info bars, share/print bars and editorial trailers. */
  private static final String[] CHROME_LINE_PREFIXES = {
    "您当前的位置", "当前位置", "您现在的位置", "您所在的位置", "当前所在位置", "所在位置", "现在位置",
    "扫一扫", "分享到", "【打印", "【关闭", "[打印", "[关闭", "打印本页", "关闭窗口", "【字体", "【字号",
    "字号：", "字体：", "上一篇", "下一篇", "【收藏", "【返回顶部", "返回顶部"
  };

  /** Labels that start an info-bar or trailer line when followed by a colon. */
  private static final String[] CHROME_LABELS = {
    "来源", "信息来源", "文章来源", "稿件来源", "撰稿", "撰稿人", "作者", "校对", "一审", "二审", "三审",
    "终审", "初审", "责任编辑", "编辑", "审核", "关联稿件", "相关文章", "相关链接", "相关阅读", "相关稿件",
    "相关新闻", "发布时间", "发布日期", "更新时间", "浏览次数", "访问次数", "点击数", "阅读次数", "浏览量",
    "索引号", "主办单位", "承办单位", "技术支持", "网站地图", "联系我们"
  };

  /** Footer markers distinctive enough to drop a short line wherever they occur in it. */
  private static final String[] FOOTER_MARKERS = {
    "版权所有", "ICP备", "网站标识码", "公网安备", "政府网站找错", "扫一扫在手机打开", "Copyright", "copyright"
  };

  // Tag tests are switches, not Set.contains: they run for every element of every page, and a
  // string switch (cached hash, one equals) costs less than probing an immutable set.

  /** Tags whose content is never report text. */
  static boolean isDroppedTag(String tag) {
    switch (tag) {
      case "script", "style", "noscript", "template", "iframe", "select", "option", "button",
          "input", "textarea", "object", "embed", "svg", "canvas", "head", "audio", "video", "map",
          "title", "meta", "link":
        return true;
      default:
        return false;
    }
  }

  /** Semantic chrome tags; like class chrome they can be overridden by content. */
  static boolean isChromeTag(String tag) {
    switch (tag) {
      case "nav", "header", "footer", "aside":
        return true;
      default:
        return false;
    }
  }

  /** Tags that end a line of prose. */
  static boolean isBlockTag(String tag) {
    switch (tag) {
      case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "blockquote", "pre", "center", "table", "tr", "td", "th",
          "thead", "tbody", "tfoot", "caption", "form", "fieldset", "address", "figure",
          "figcaption", "hr", "body", "html", "header", "footer", "nav", "aside", "legend",
          "details", "summary":
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether the element is hidden by inline style or the hidden attribute. Hidden blocks on these
   * sites hold duplicate metadata or injected spam (lists of place names), never the report.
   */
  static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    // The parser lower-cases attribute names, so the case-sensitive lookups are exact (and cheaper
    // than Node.attr's case-insensitive scan, which showed in profiles).
    Attributes attributes = e.attributes();
    if (attributes.hasKey("hidden")) {
      return true;
    }
    String style = attributes.get("style");
    // Both properties that hide (display, visibility) contain "is" in some letter case; Word pages put a
    // long style without either on every span, and four vectorised searches turn those down at once.
    if (style.indexOf("is") < 0 && style.indexOf("IS") < 0 && style.indexOf("Is") < 0
        && style.indexOf("iS") < 0) {
      return false;
    }
    // One pass over the declarations: at each ':' look at the value after it and the property
    // name before it. Word-exported cells carry long styles, so no lower-casing or regex here.
    for (int i = style.indexOf(':'); i >= 0; i = style.indexOf(':', i + 1)) {
      int v = i + 1;
      while (v < style.length() && style.charAt(v) == ' ') {
        v++;
      }
      int p = i;
      while (p > 0 && style.charAt(p - 1) == ' ') {
        p--;
      }
      if (style.regionMatches(true, v, "none", 0, 4) && endsWithIgnoreCase(style, p, "display")) {
        return true;
      }
      if (style.regionMatches(true, v, "hidden", 0, 6) && endsWithIgnoreCase(style, p, "visibility")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[0, end)} ends with {@code suffix}, ignoring case. */
  private static boolean endsWithIgnoreCase(String s, int end, String suffix) {
    int start = end - suffix.length();
    return start >= 0 && s.regionMatches(true, start, suffix, 0, suffix.length());
  }

  /** Whether lower-cased class and id ({@link #classAndId}) name chrome (nav, footer, breadcrumb, share …). */
  static boolean isChromeByAttr(String attrs) {
    if (attrs.isEmpty()) {
      return false;
    }
    int start = -1;
    for (int i = 0, len = attrs.length(); i <= len; i++) {
      boolean alnum = i < len && isAsciiAlnum(attrs.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        if (isChromeToken(attrs, start, i)) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /**
   * The chrome tokens by first letter, exact tokens and prefixes apart. Most class tokens are
   * rejected on their first character, the rest compared with the few entries sharing it, in place
   * (no substring per token: Word pages put a class on every paragraph).
   */
  private static final String[][] EXACT_BY_FIRST = new String[128][];

  private static final String[][] PREFIX_BY_FIRST = new String[128][];

  static {
    for (String t : CHROME_TOKENS_EXACT) {
      EXACT_BY_FIRST[t.charAt(0)] = append(EXACT_BY_FIRST[t.charAt(0)], t);
    }
    for (String t : CHROME_TOKEN_PREFIXES) {
      PREFIX_BY_FIRST[t.charAt(0)] = append(PREFIX_BY_FIRST[t.charAt(0)], t);
    }
  }

  private static String[] append(String[] a, String s) {
    if (a == null) {
      return new String[] {s};
    }
    String[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = s;
    return b;
  }

  /** Whether the token {@code attrs[start, end)} is a chrome token (exact) or starts with a chrome prefix. */
  private static boolean isChromeToken(String attrs, int start, int end) {
    char first = attrs.charAt(start);
    if (first >= 128) {
      return false;
    }
    int len = end - start;
    String[] exact = EXACT_BY_FIRST[first];
    if (exact != null) {
      for (String t : exact) {
        if (t.length() == len && attrs.startsWith(t, start)) {
          return true;
        }
      }
    }
    String[] prefixes = PREFIX_BY_FIRST[first];
    if (prefixes != null) {
      for (String p : prefixes) {
        if (p.length() <= len && attrs.startsWith(p, start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether lower-cased class and id suggest the article body (TRS_Editor, zoom, article-content …). */
  static boolean isBodyHint(String attrs) {
    if (attrs.isEmpty()) {
      return false;
    }
    for (String h : BODY_HINTS) {
      if (attrs.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** Whether lower-cased class and id mention a title (title, tit, bt). */
  static boolean isTitleHint(String attrs) {
    return !attrs.isEmpty()
        && (attrs.contains("tit") /* title too */ || attrs.equals("bt")
            || attrs.startsWith("bt ") || attrs.contains("biaoti"));
  }

  /**
   * Class and id, lower-cased and space-joined; "" when the element has neither. Computed once per
   * element by the statistics pass (elements without attributes cost nothing).
   */
  static String classAndId(Element e) {
    if (e.attributesSize() == 0) {
      return ""; // most elements: no lookup, no Attributes object
    }
    Attributes attributes = e.attributes();
    String cls = attributes.get("class");
    String id = attributes.get("id");
    if (cls.isEmpty()) {
      return id.isEmpty() ? "" : id.toLowerCase(Locale.ROOT);
    }
    return id.isEmpty() ? cls.toLowerCase(Locale.ROOT) : (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Whether a normalised line is chrome: a breadcrumb, an info or share bar, an editorial trailer
   * (来源/撰稿/校对/一审…) or a footer line. Long lines are kept whatever they start with, because
   * report prose can legitimately begin with a word such as 来源.
   */
  static boolean isChromeLine(String s) {
    if (s.length() > 300) {
      return false;
    }
    for (String m : FOOTER_MARKERS) {
      if (s.contains(m)) {
        return true;
      }
    }
    if (s.length() > 150) {
      return false;
    }
    for (String p : CHROME_LINE_PREFIXES) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    for (String label : CHROME_LABELS) {
      if (s.startsWith(label) && hasColonAfter(s, label.length())) {
        return true;
      }
    }
    // Bare breadcrumbs: "首页 > 政务公开 > 年度报告".
    return s.startsWith("首页") && (s.contains(">") || s.contains("＞") || s.contains("》") || s.contains("»"));
  }

  private static boolean hasColonAfter(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '：');
  }
}
