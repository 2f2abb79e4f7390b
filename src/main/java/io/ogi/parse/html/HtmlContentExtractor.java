package io.ogi.parse.html;

import io.ogi.parse.ReportContent;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reduces a government web page holding an annual report to {@link ReportContent}: the title as
 * the first line, then the article body in reading order as prose lines and exact table grids,
 * with site chrome (menus, breadcrumbs, share bars, editorial trailers, related lists, footers)
 * left out.
 *
 * <p>Cost: one {@code Jsoup.parse}, one statistics pass over the DOM, one emission pass over the
 * body. Plain Java, thread-safe (no shared state).
 */
public final class HtmlContentExtractor {

  /** Descend into a child holding at least this share of its parent's non-link text. */
  private static final double DESCEND_SHARE = 0.7;

  /** A child whose class/id looks like an article body needs only this share. */
  private static final double DESCEND_SHARE_HINT = 0.45;

  /** How many leading body blocks are searched for a repeat of the title. */
  private static final int TITLE_REPEAT_WINDOW = 5;

  private HtmlContentExtractor() {}

  /**
   * Extracts the report content of a page.
   *
   * @param html the page as a string (decoded by {@link io.ogi.parse.DocumentDecoder})
   * @return the content; never null. Null or blank input gives an empty content; a page without
   *     a recognisable title starts directly with the body; broken or truncated markup yields
   *     whatever Jsoup's error-tolerant parser recovers (a table cut mid-row keeps its complete
   *     rows and the cells before the cut). Never throws for malformed HTML.
   */
  public static ReportContent extract(String html) {
    ReportContent out = new ReportContent();
    if (html == null || html.isBlank()) {
      return out;
    }
    Document doc = Jsoup.parse(html);
    PageStats stats = PageStats.of(doc.body(), tagEstimate(html));
    PageStats.Info body = locateBody(stats);
    String title = TitleFinder.find(doc, stats);
    if (!title.isEmpty()) {
      out.add(new ReportContent.Line(title));
    }
    ReportContent bodyContent = new ReportContent();
    BodyEmitter.emit(body, stats, bodyContent);
    List<ReportContent.Block> blocks = bodyContent.blocks();
    // The body often repeats the title as its own heading (after a metadata box, perhaps): keep one.
    int skip = -1;
    for (int i = 0; i < Math.min(blocks.size(), TITLE_REPEAT_WINDOW) && !title.isEmpty(); i++) {
      if (blocks.get(i) instanceof ReportContent.Line l && sameTitle(l.text(), title)) {
        skip = i;
        break;
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (i != skip) {
        out.add(blocks.get(i));
      }
    }
    return out;
  }

  /** Upper bound on the element count: start and end tags both begin with '<'; halved, capped. */
  private static int tagEstimate(String html) {
    int n = 0;
    // String.indexOf(char) is vectorised; a charAt loop over a UTF-16 page is not
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      n++;
    }
    return Math.min(n / 2 + 16, 1 << 17);
  }

  private static boolean sameTitle(String a, String b) {
    return TextNorm.squeezeCjkSpaces(a).equals(TextNorm.squeezeCjkSpaces(b));
  }

  /**
   * The element holding the report: starting at body, repeatedly step into the child that holds
   * most of the non-link, non-chrome text, while it holds a dominant share and every table. Data
   * tables and their rows are never entered (the body must include a table, not be inside it);
   * layout tables are. Returns the root for a page without text.
   */
  static PageStats.Info locateBody(PageStats stats) {
    PageStats.Info cur = stats.root();
    while (true) {
      int curContent = cur.content();
      if (curContent <= 0) {
        return cur;
      }
      PageStats.Info best = cur.best; // the first non-chrome child with the most content
      int bestContent = cur.bestContent;
      if (best == null || !enterable(best, stats)) {
        return cur;
      }
      double share = best.hint() ? DESCEND_SHARE_HINT : DESCEND_SHARE;
      if (bestContent < share * curContent) {
        return cur;
      }
      // Never leave a table behind: prose and tables are sometimes in sibling containers, and
      // the tables matter more than a little extra chrome (which the emitter filters anyway).
      if (best.bigTables < cur.bigTables) {
        return cur;
      }
      cur = best;
    }
  }

  private static boolean enterable(PageStats.Info info, PageStats stats) {
    switch (info.el.normalName()) {
      case "table":
        return info.layout;
      case "tbody", "thead", "tfoot", "tr", "td", "th": {
        PageStats.Info t = stats.parent(info);
        while (t != null && !t.el.normalName().equals("table")) {
          t = stats.parent(t);
        }
        return t != null && t.layout;
      }
      case "p", "span", "font", "a", "b", "strong", "li", "h1", "h2", "h3", "h4", "h5", "h6":
        return false; // a single paragraph is never the whole report
      default:
        return true;
    }
  }
}
