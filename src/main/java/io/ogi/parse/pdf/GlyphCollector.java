package io.ogi.parse.pdf;

import io.ogi.parse.ParseLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of a document with its position, page by page: a {@link PDFTextStripper}
 * whose {@code writeString} keeps the {@link TextPosition}s instead of writing text. Lines, words
 * and table cells are then rebuilt from positions ({@link PdfLayout}), not from the stripper's own
 * reading order, which interleaves table cells.
 */
final class GlyphCollector extends PDFTextStripper {

  /** One glyph: its text (usually one character), box and font size in points, 1-based page. */
  record Glyph(String text, double x0, double x1, double y, double em, int page) {}

  private final List<List<Glyph>> pages = new ArrayList<>();
  private List<Glyph> current;
  private int pageNo;
  private double pageHeight;

  GlyphCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Glyphs of pages {@code 1..maxPages}, one list per page. */
  List<List<Glyph>> collect(PDDocument doc, int maxPages) throws IOException {
    setStartPage(1);
    setEndPage(Math.min(maxPages, doc.getNumberOfPages()));
    getText(doc);
    return pages;
  }

  /** Page heights in points, for telling margins (running headers, page numbers) from the body. */
  private final List<Double> heights = new ArrayList<>();

  List<Double> pageHeights() {
    return heights;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    ParseLimits.checkInterrupted();
    current = new ArrayList<>();
    pages.add(current);
    pageNo = pages.size();
    pageHeight = page.getCropBox().getHeight();
    heights.add(pageHeight);
    super.startPage(page);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || u.isBlank()) {
        continue;
      }
      double em = p.getFontSizeInPt();
      if (!(em > 0.5)) {
        em = Math.max(p.getHeightDir() * 1.4, 1);
      }
      double x0;
      double w;
      double y;
      if (p.getDir() == 0f) {
        x0 = p.getXDirAdj();
        w = p.getWidthDirAdj();
        y = p.getYDirAdj();
      } else {
        // Rotated glyphs (vertical labels set with a rotated matrix): place them by their
        // page-space origin so that they stay in their cell.
        x0 = p.getX();
        w = Math.max(p.getWidth(), em * 0.5);
        y = p.getY();
      }
      if (w <= 0) {
        w = em * (u.codePointAt(0) < 0x2E80 ? 0.5 : 1.0);
      }
      current.add(new Glyph(u, x0, x0 + w, y, em, pageNo));
    }
  }
}
