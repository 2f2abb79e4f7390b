package io.ogi.parse.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Test set-up: draws a report as a WPS/Word export does — title, headings and prose in a body
 * font, bordered tables in a smaller font with text wrapped inside narrow cells (so that a narrow
 * column's header comes out one character per line, as in the wild), rowspans, page breaks with
 * page numbers and an optional running header, and an optional repeated table header after a
 * break. The CJK font is embedded as a subset, so the PDFs read anywhere; Latin digits come from
 * DejaVu Sans (also embedded) where the CJK font has none.
 */
final class PdfReportWriter implements Closeable {

  /** One cell: first column, columns spanned, rows spanned, text, left-aligned or centred. */
  record Cell(int col, int span, int rowSpan, String text, boolean left) {
    static Cell label(int col, int span, String text) {
      return new Cell(col, span, 1, text, true);
    }

    static Cell center(int col, int span, String text) {
      return new Cell(col, span, 1, text, false);
    }
  }

  /** One table row; header rows are repeated after a page break when the table asks for it. */
  record Row(List<Cell> cells, boolean header) {}

  /** A table: column boundaries (n + 1 x positions) and rows. */
  record Table(float[] colX, List<Row> rows, boolean repeatHeader) {}

  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float LEFT = 72;
  static final float RIGHT = PAGE_W - 72;
  static final float TOP = 80;
  static final float BOTTOM = PAGE_H - 80;

  private final PDDocument doc = new PDDocument();
  private final PDType0Font font;
  /** Latin digits and letters, where the CJK font has none (Droid Sans Fallback): a standard-14 font. */
  private final PDFont latin;
  private final java.util.Map<Character, PDFont> fontOf = new java.util.HashMap<>();
  private final float bodySize;
  private final float tableSize;
  private final String pageNumberStyle;
  private final String runningHeader;
  private PDPage page;
  private PDPageContentStream cs;
  private float y;
  private int pageNo;

  /**
   * @param fontFile a TrueType font with CJK glyphs
   * @param bodySize prose font size; {@code tableSize} the size inside tables
   * @param pageNumberStyle {@code dash} (-3-), {@code page} (第 3 页 共 N 页 without N: 第 3 页), or {@code none}
   * @param runningHeader text drawn at the top of every page, or null
   */
  PdfReportWriter(Path fontFile, float bodySize, float tableSize, String pageNumberStyle, String runningHeader)
      throws IOException {
    this.font = loadCjk(fontFile);
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    this.latin = java.nio.file.Files.isReadable(dejavu)
        ? PDType0Font.load(doc, dejavu.toFile())
        : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    this.bodySize = bodySize;
    this.tableSize = tableSize;
    this.pageNumberStyle = pageNumberStyle;
    this.runningHeader = runningHeader;
    PDDocumentInformation info = doc.getDocumentInformation();
    Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    fixed.clear();
    fixed.set(2025, Calendar.JANUARY, 15);
    info.setCreationDate(fixed);
    info.setModificationDate(fixed);
    info.setProducer("ogi-reports test set-up (PDFBox)");
    newPage();
  }

  private void newPage() throws IOException {
    if (cs != null) {
      finishPage();
    }
    page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    pageNo++;
    cs = new PDPageContentStream(doc, page);
    cs.setLineWidth(0.5f);
    y = TOP;
    if (runningHeader != null) {
      text(LEFT, 50, 9, runningHeader);
      line(LEFT, 56, RIGHT, 56);
    }
  }

  private void finishPage() throws IOException {
    switch (pageNumberStyle) {
      case "dash" -> centred(PAGE_W / 2, PAGE_H - 45, 10.5f, "-" + pageNo + "-");
      case "page" -> centred(PAGE_W / 2, PAGE_H - 45, 10.5f, "第 " + pageNo + " 页");
      default -> { }
    }
    cs.close();
  }

  void title(String s) throws IOException {
    for (String l : wrap(s, RIGHT - LEFT, 18)) {
      centred(PAGE_W / 2, y + 18, 18, l);
      y += 30;
    }
    y += 10;
  }

  void heading(String s) throws IOException {
    ensure(bodySize * 2);
    text(LEFT + 2 * bodySize, y + bodySize, bodySize, s);
    y += bodySize * 1.9f;
  }

  /** A paragraph, first line indented two characters, wrapped at the text width. */
  void para(String s) throws IOException {
    List<String> lines = wrap("\u3000\u3000" + s, RIGHT - LEFT, bodySize);
    for (String l : lines) {
      ensure(bodySize * 1.9f);
      text(LEFT, y + bodySize, bodySize, l.replace('\u3000', ' '));
      y += bodySize * 1.9f;
    }
  }

  void gap(float points) {
    y += points;
  }

  /** Draws a table; breaks pages between row groups (never inside a rowspan). */
  void table(Table t) throws IOException {
    int n = t.rows().size();
    float pad = 5;
    float lead = tableSize * 1.35f;
    float[] heights = new float[n];
    for (int r = 0; r < n; r++) {
      float h = lead + 2 * pad + 4;
      for (Cell c : t.rows().get(r).cells()) {
        if (c.rowSpan() == 1) {
          int lines = wrap(c.text(), width(t, c) - 2 * pad, tableSize).size();
          h = Math.max(h, lines * lead + 2 * pad + 6);
        }
      }
      heights[r] = h;
    }
    // Rowspan cells must fit: enlarge the last spanned row.
    for (int r = 0; r < n; r++) {
      for (Cell c : t.rows().get(r).cells()) {
        if (c.rowSpan() > 1) {
          int lines = wrap(c.text(), width(t, c) - 2 * pad, tableSize).size();
          float need = lines * lead + 2 * pad + 6;
          float have = 0;
          for (int k = r; k < r + c.rowSpan(); k++) {
            have += heights[k];
          }
          if (need > have) {
            heights[r + c.rowSpan() - 1] += need - have;
          }
        }
      }
    }
    // Rows break across pages anywhere, rowspans included (as WPS does): the text lines of a
    // rowspan cell are laid out over the whole span and each is drawn with the row it falls in.
    float[] top = new float[n + 1];
    for (int r = 0; r < n; r++) {
      top[r + 1] = top[r] + heights[r];
    }
    List<List<Object[]>> spanText = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      spanText.add(new ArrayList<>());
    }
    for (int r = 0; r < n; r++) {
      for (Cell c : t.rows().get(r).cells()) {
        if (c.rowSpan() > 1) {
          List<String> lines = wrap(c.text(), width(t, c) - 2 * pad, tableSize);
          float h = top[r + c.rowSpan()] - top[r];
          float first = top[r] + (h - lines.size() * lead) / 2;
          for (int i = 0; i < lines.size(); i++) {
            float base = first + i * lead + tableSize;
            int k = r;
            while (k + 1 < r + c.rowSpan() && top[k + 1] <= base - tableSize / 2) {
              k++;
            }
            spanText.get(k).add(new Object[] {c, base - top[k], lines.get(i)});
          }
        }
      }
    }
    List<Integer> headerRows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (t.rows().get(r).header()) {
        headerRows.add(r);
      }
    }
    // Which rowspan cell covers (row, column), so that its borders are drawn on every row it spans.
    List<List<Cell>> covering = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      covering.add(new ArrayList<>());
    }
    for (int r = 0; r < n; r++) {
      for (Cell c : t.rows().get(r).cells()) {
        for (int k = r; k < r + c.rowSpan(); k++) {
          covering.get(k).add(c);
        }
      }
    }
    for (int r = 0; r < n; r++) {
      if (y + heights[r] > BOTTOM) {
        newPage();
        if (t.repeatHeader() && !t.rows().get(r).header()) {
          for (int h : headerRows) {
            drawRow(t, h, heights, pad, lead, covering.get(h), spanText.get(h));
            y += heights[h];
          }
        }
      }
      drawRow(t, r, heights, pad, lead, covering.get(r), spanText.get(r));
      y += heights[r];
    }
    y += bodySize;
  }

  private void drawRow(Table t, int r, float[] heights, float pad, float lead, List<Cell> covering,
      List<Object[]> spanText) throws IOException {
    float h = heights[r];
    for (Cell c : covering) {
      float x0 = t.colX()[c.col()];
      float x1 = t.colX()[c.col() + c.span()];
      line(x0, y, x0, y + h);
      line(x1, y, x1, y + h);
      if (c.rowSpan() == 1 || t.rows().get(r).cells().contains(c)) {
        line(x0, y, x1, y);
      }
      if (c.rowSpan() == 1) {
        line(x0, y + h, x1, y + h);
        List<String> lines = wrap(c.text(), x1 - x0 - 2 * pad, tableSize);
        float first = y + (h - lines.size() * lead) / 2;
        for (int i = 0; i < lines.size(); i++) {
          draw(c, x0, x1, pad, first + i * lead + tableSize, lines.get(i));
        }
      }
    }
    for (Object[] st : spanText) {
      Cell c = (Cell) st[0];
      draw(c, t.colX()[c.col()], t.colX()[c.col() + c.span()], pad, y + (Float) st[1], (String) st[2]);
    }
  }

  private void draw(Cell c, float x0, float x1, float pad, float base, String s) throws IOException {
    if (c.left()) {
      text(x0 + pad, base, tableSize, s);
    } else {
      centred((x0 + x1) / 2, base, tableSize, s);
    }
  }

  private static float width(Table t, Cell c) {
    return t.colX()[c.col() + c.span()] - t.colX()[c.col()];
  }

  private void ensure(float h) throws IOException {
    if (y + h > BOTTOM) {
      newPage();
    }
  }

  /** Wraps text by character width: CJK one em, ASCII digits and punctuation half. */
  List<String> wrap(String s, float width, float size) {
    List<String> out = new ArrayList<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    StringBuilder line = new StringBuilder();
    float w = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      float cw = charWidth(ch, size);
      if (w + cw > width && line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
        w = 0;
      }
      line.append(ch);
      w += cw;
    }
    out.add(line.toString());
    return out;
  }

  private PDFont fontFor(char ch) {
    return fontOf.computeIfAbsent(ch, c -> {
      try {
        font.encode(String.valueOf(c));
        return font;
      } catch (IOException | IllegalArgumentException e) {
        return latin;
      }
    });
  }

  private float charWidth(char ch, float size) {
    try {
      return fontFor(ch).getStringWidth(String.valueOf(ch)) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      return size;
    }
  }

  private float width(String s, float size) {
    float w = 0;
    for (char c : s.toCharArray()) {
      w += charWidth(c, size);
    }
    return w;
  }

  /** Draws a string in runs of one font each. */
  private void text(float x, float yTopDown, float size, String s) throws IOException {
    cs.beginText();
    cs.newLineAtOffset(x, PAGE_H - yTopDown);
    int i = 0;
    while (i < s.length()) {
      PDFont f = fontFor(s.charAt(i));
      int j = i + 1;
      while (j < s.length() && fontFor(s.charAt(j)) == f) {
        j++;
      }
      cs.setFont(f, size);
      cs.showText(s.substring(i, j));
      i = j;
    }
    cs.endText();
  }

  private void centred(float cx, float yTopDown, float size, String s) throws IOException {
    text(cx - width(s, size) / 2, yTopDown, size, s);
  }

  private void line(float x0, float y0, float x1, float y1) throws IOException {
    cs.moveTo(x0, PAGE_H - y0);
    cs.lineTo(x1, PAGE_H - y1);
    cs.stroke();
  }

  /** The finished PDF's bytes. */
  byte[] finish() throws IOException {
    finishPage();
    cs = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  PDDocument document() {
    return doc;
  }

  /**
   * A TrueType font file, or the first font of a TrueType collection (.ttc: Debian's
   * fonts-wqy-microhei ships one), which PDFBox cannot load as a single font. The collection stays
   * open until {@link #close}: the subset is embedded when the document is saved.
   */
  private PDType0Font loadCjk(Path fontFile) throws IOException {
    if (!fontFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
      return PDType0Font.load(doc, fontFile.toFile());
    }
    collection = new org.apache.fontbox.ttf.TrueTypeCollection(fontFile.toFile());
    org.apache.fontbox.ttf.TrueTypeFont[] first = new org.apache.fontbox.ttf.TrueTypeFont[1];
    collection.processAllFonts(f -> {
      if (first[0] == null) {
        first[0] = f;
      }
    });
    if (first[0] == null) {
      throw new IOException("no font in " + fontFile);
    }
    return PDType0Font.load(doc, first[0], true);
  }

  private org.apache.fontbox.ttf.TrueTypeCollection collection;

  @Override
  public void close() throws IOException {
    if (collection != null) {
      collection.close();
    }
    doc.close();
  }
}
