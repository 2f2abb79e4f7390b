package io.ogi.parse.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Chooses the report title: the best heading on the page, else the cleaned {@code <title>}. */
final class TitleFinder {

  private static final int MIN_LEN = 6;
  private static final int MAX_LEN = 150;

  private TitleFinder() {}

  /**
   * Returns the title, or "" when the page has neither a usable heading nor a {@code <title>}.
   *
   * <p>Headings are scored: a report-like wording (报告) outweighs the tag, h1 beats h2/h3, and
   * link-dominated entries (sidebar article lists, which name other years and places) are never
   * chosen. A heading without report wording does not beat a non-empty {@code <title>}.
   */
  static String find(Document doc, PageStats stats) {
    String best = "";
    int bestScore = Integer.MIN_VALUE;
    for (PageStats.Info info : stats.titleCandidates()) {
      Element c = info.el;
      if (info.text < MIN_LEN || info.text > MAX_LEN || info.link * 2 >= info.text) {
        continue;
      }
      String text = TextNorm.line(c.text());
      if (text.length() < MIN_LEN || ChromeRules.isChromeLine(text)) {
        continue;
      }
      int score = 0;
      String tag = c.normalName();
      if (tag.equals("h1")) {
        score += 2;
      } else if (tag.equals("h2") || tag.equals("h3")) {
        score += 1;
      }
      if (ChromeRules.isTitleHint(info.attrs)) {
        score += 1;
      }
      if (text.contains("报告")) {
        score += 4;
      }
      if (text.contains("年度报告") || text.contains("工作报告")) {
        score += 2;
      }
      // Every heading loses 3. This stood for "inside chrome", but that test walked up past the body
      // to <html>, which has no facts and so counted as chrome: it held for every heading, and the
      // thresholds below were set with it (a heading beats the <title> only with report wording).
      // Kept as it behaved; whether headings outside chrome should keep the 3 needs gold titles.
      score -= 3;
      if (score > bestScore) {
        bestScore = score;
        best = text;
      }
    }
    if (bestScore >= 3) {
      return best;
    }
    String fromTitle = cleanTitle(doc.title());
    if (!fromTitle.isEmpty()) {
      return fromTitle;
    }
    return bestScore >= 1 ? best : "";
  }

  /** The part of a {@code <title>} that names the document, without the site name suffix. */
  static String cleanTitle(String raw) {
    String t = TextNorm.line(raw);
    if (t.isEmpty()) {
      return "";
    }
    String[] parts = t.split("\\s*(?:_|\\||｜| - | -|- |－|—|--)\\s*");
    for (String p : parts) {
      if (p.contains("报告")) {
        return p.trim();
      }
    }
    return parts.length > 0 ? parts[0].trim() : t;
  }
}
