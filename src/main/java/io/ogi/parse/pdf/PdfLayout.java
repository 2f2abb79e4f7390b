package io.ogi.parse.pdf;

import io.ogi.parse.ParseLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds lines and words from glyph positions, and removes page furniture: page numbers
 * (-3-, 第3页, 3/6), and running headers and footers repeated in the margins of several pages.
 * Pages are then concatenated, so that a table cut by a page break continues on the next page
 * without the footer and header between its rows.
 */
final class PdfLayout {

  /** A gap wider than this many ems between two glyphs on a line separates two words (cells). */
  static final double WORD_GAP_EM = 0.8;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-－—–_－]\\s*\\d{1,4}\\s*[-－—–_－]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|Page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

  private PdfLayout() {}

  /** Lines of every page in reading order, page furniture removed. */
  static List<TextLine> lines(List<List<GlyphCollector.Glyph>> pages, List<Double> heights) {
    List<List<TextLine>> perPage = new ArrayList<>();
    for (List<GlyphCollector.Glyph> glyphs : pages) {
      ParseLimits.checkInterrupted();
      perPage.add(pageLines(glyphs));
    }
    dropFurniture(perPage, heights);
    List<TextLine> out = new ArrayList<>();
    for (List<TextLine> page : perPage) {
      for (TextLine l : page) {
        out.add(new TextLine(l.words(), l.y(), l.em(), l.page(), out.size()));
      }
    }
    return out;
  }

  /** Groups a page's glyphs into lines by baseline, and each line into words by gaps. */
  static List<TextLine> pageLines(List<GlyphCollector.Glyph> glyphs) {
    List<GlyphCollector.Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(GlyphCollector.Glyph::y).thenComparingDouble(GlyphCollector.Glyph::x0));
    List<List<GlyphCollector.Glyph>> rows = new ArrayList<>();
    List<GlyphCollector.Glyph> row = null;
    double rowY = 0;
    double rowEm = 0;
    for (GlyphCollector.Glyph g : sorted) {
      if (row != null && Math.abs(g.y() - rowY) <= 0.5 * Math.min(rowEm, g.em())) {
        row.add(g);
        continue;
      }
      row = new ArrayList<>();
      row.add(g);
      rows.add(row);
      rowY = g.y();
      rowEm = g.em();
    }
    List<TextLine> out = new ArrayList<>();
    for (List<GlyphCollector.Glyph> r : rows) {
      r.sort(Comparator.comparingDouble(GlyphCollector.Glyph::x0));
      List<Word> words = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      List<Double> gaps = new ArrayList<>();
      double x0 = 0;
      double x1 = 0;
      double em = 0;
      double ySum = 0;
      double emSum = 0;
      for (GlyphCollector.Glyph g : r) {
        ySum += g.y();
        emSum += g.em();
        if (text.length() > 0 && g.x0() - x1 > WORD_GAP_EM * Math.max(em, g.em())) {
          words.add(word(text, x0, x1, r.get(0).y(), em, g.page(), gaps));
          text.setLength(0);
          gaps.clear();
        }
        if (text.length() == 0) {
          x0 = g.x0();
          em = g.em();
        } else if (g.x0() < x1 - 0.3 * g.em() && g.text().equals(text.substring(text.length() - 1))) {
          continue; // the same glyph drawn twice (fake bold) slightly offset
        } else if (g.x0() - x1 > 0.2 * g.em()) {
          gaps.add((double) text.length());
          gaps.add(x1);
          gaps.add(g.x0());
        }
        text.append(g.text());
        x1 = Math.max(x1, g.x1());
        em = Math.max(em, g.em());
      }
      if (text.length() > 0) {
        words.add(word(text, x0, x1, r.get(0).y(), em, r.get(0).page(), gaps));
      }
      double y = ySum / r.size();
      List<Word> fixed = new ArrayList<>(words.size());
      for (Word w : words) {
        fixed.add(new Word(w.text(), w.x0(), w.x1(), y, w.em(), w.page(), w.gaps()));
      }
      out.add(new TextLine(fixed, y, emSum / r.size(), r.get(0).page(), 0));
    }
    return out;
  }

  private static Word word(StringBuilder text, double x0, double x1, double y, double em, int page, List<Double> gaps) {
    double[] g = new double[gaps.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = gaps.get(i);
    }
    return new Word(text.toString(), x0, x1, y, em, page, g);
  }

  /**
   * Removes page numbers anywhere they stand alone on a line, bare numbers alone in a page's top
   * or bottom margin, and lines repeated in the margins of at least two pages (running headers).
   */
  private static void dropFurniture(List<List<TextLine>> pages, List<Double> heights) {
    Map<String, Integer> marginTexts = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      double h = p < heights.size() ? heights.get(p) : 842;
      for (TextLine l : pages.get(p)) {
        if (inMargin(l, h)) {
          marginTexts.merge(furnitureKey(l.text()), 1, Integer::sum);
        }
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      double h = p < heights.size() ? heights.get(p) : 842;
      List<TextLine> keep = new ArrayList<>();
      for (TextLine l : pages.get(p)) {
        String t = l.text().strip();
        boolean margin = inMargin(l, h);
        boolean drop = PAGE_NUMBER.matcher(t).matches()
            || (margin && BARE_NUMBER.matcher(t).matches())
            || (margin && pages.size() > 1 && l.words().size() == 1 && !BARE_NUMBER.matcher(t).matches()
                && marginTexts.getOrDefault(furnitureKey(t), 0) >= 2);
        if (!drop) {
          keep.add(l);
        }
      }
      pages.set(p, keep);
    }
  }

  private static boolean inMargin(TextLine l, double pageHeight) {
    return l.y() < pageHeight * 0.08 || l.y() > pageHeight * 0.90;
  }

  /** Digits stand for any page number: "第 3 页" and "第 4 页" are the same running footer. */
  private static String furnitureKey(String t) {
    return t.replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }
}
