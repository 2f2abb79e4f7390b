package io.ogi.parse.pdf;

import io.ogi.parse.Cells;
import io.ogi.parse.ParseLimits;
import io.ogi.parse.ReportContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF report into {@link ReportContent}: prose lines and tables, the same form the HTML and
 * text extractors produce, so that the table readers serve PDFs unchanged.
 *
 * <p>Text comes with positions from PDFBox ({@link GlyphCollector}); lines are rebuilt by baseline
 * and words by gaps ({@link PdfLayout}); runs of lines with several words apart (or numbers) form
 * table regions, which {@link TableBuilder} turns into exact grids by column x-ranges. Section
 * headings (一、…情况) and full-width prose lines end a table.
 *
 * <p>A PDF without a text layer (a scanned image), a password-protected or a corrupt PDF is not
 * read: {@link Result#rejection()} says which.
 */
public final class PdfContentExtractor {

  /** Pages read at most; a report has under 30, a 1,000-page PDF is not a report. */
  public static final int MAX_PAGES = ParseLimits.MAX_PDF_PAGES;

  /** Fewer visible characters than this in the whole document: no text layer. */
  static final int MIN_TEXT_CHARS = 20;

  private static final Pattern SECTION_HEADING =
      Pattern.compile("^[一二三四五六七八九十]{1,2}[、.．].{2,40}(情况|事项|问题)$");

  /** Content, page count and the number of glyphs read; or a rejection reason. */
  public record Result(ReportContent content, int pages, String rejection) {
    public boolean rejected() {
      return rejection != null;
    }
  }

  private PdfContentExtractor() {}

  /** Extracts a PDF's content; never throws for a bad PDF. */
  public static Result extract(byte[] pdf) {
    List<List<GlyphCollector.Glyph>> glyphs;
    List<Double> heights;
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
      if (pages == 0) {
        return new Result(null, 0, "PDF has no pages");
      }
      if (pages > MAX_PAGES) {
        return new Result(null, pages, "PDF has " + pages + " pages, over the limit of " + MAX_PAGES);
      }
      GlyphCollector collector = new GlyphCollector();
      glyphs = collector.collect(doc, MAX_PAGES);
      heights = collector.pageHeights();
    } catch (InvalidPasswordException e) {
      return new Result(null, 0, "encrypted PDF: a password is needed to open it");
    } catch (IOException e) {
      return new Result(null, 0, "corrupt PDF: " + oneLine(e.getMessage()));
    } catch (ParseLimits.Interrupted e) {
      throw e;
    } catch (RuntimeException e) {
      return new Result(null, 0, "corrupt PDF: " + e.getClass().getSimpleName() + " " + oneLine(e.getMessage()));
    }
    int chars = 0;
    for (List<GlyphCollector.Glyph> page : glyphs) {
      chars += page.size();
    }
    if (chars < MIN_TEXT_CHARS) {
      return new Result(null, pages, "PDF has no text layer (scanned image): " + pages + " page"
          + (pages == 1 ? "" : "s") + ", " + chars + " characters of text; OCR is not done");
    }
    List<TextLine> lines = PdfLayout.lines(glyphs, heights);
    return new Result(blocks(lines), pages, null);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 120 ? t.substring(0, 120) : t;
  }

  /** Splits lines into prose lines and table regions. */
  static ReportContent blocks(List<TextLine> lines) {
    // The body font and text width: those of the most characters of prose.
    Map<Long, Integer> emChars = new HashMap<>();
    for (TextLine l : lines) {
      // Prose lines only: one run of text, not short. Table cells can outnumber the prose.
      if (l.words().size() == 1 && l.words().get(0).text().length() >= 15) {
        emChars.merge(Math.round(l.em()), l.words().get(0).text().length(), Integer::sum);
      }
    }
    long bodyEm = emChars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12L);
    double bx0 = Double.MAX_VALUE;
    double bx1 = 0;
    for (TextLine l : lines) {
      if (Math.round(l.em()) == bodyEm) {
        bx0 = Math.min(bx0, l.x0());
        bx1 = Math.max(bx1, l.x1());
      }
    }
    double bodyWidth = Math.max(bx1 - bx0, 1);

    int n = lines.size();
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = kind(lines.get(i), bodyEm, bodyWidth);
    }
    ReportContent out = new ReportContent();
    int i = 0;
    while (i < n) {
      ParseLimits.checkInterrupted();
      if (kinds[i] == Kind.TAB || kinds[i] == Kind.SHORT) {
        int j = i;
        int tab = 0;
        while (j < n && (kinds[j] == Kind.TAB || kinds[j] == Kind.SHORT)) {
          tab += kinds[j] == Kind.TAB ? 1 : 0;
          j++;
        }
        // Short lines at the edges in the body font are prose around the table.
        int a = i;
        int b = j;
        while (a < b && kinds[a] == Kind.SHORT && proseEnd(lines.get(a), bodyEm) && tab > 0) {
          a++;
        }
        while (b > a && kinds[b - 1] == Kind.SHORT && proseEnd(lines.get(b - 1), bodyEm) && tab > 0) {
          b--;
        }
        for (int k = i; k < a; k++) {
          out.add(new ReportContent.Line(lines.get(k).text()));
        }
        if (tab >= 2) {
          out.add(TableBuilder.build(lines.subList(a, b)));
        } else {
          for (int k = a; k < b; k++) {
            out.add(new ReportContent.Line(lines.get(k).text()));
          }
        }
        for (int k = b; k < j; k++) {
          out.add(new ReportContent.Line(lines.get(k).text()));
        }
        i = j;
      } else {
        out.add(new ReportContent.Line(lines.get(i).text().replace(" ", "")));
        i++;
      }
    }
    return out;
  }

  /** How a line looks: prose, a section heading, a table row, or a short line that may be in a table. */
  enum Kind {
    PROSE,
    HEADING,
    TAB,
    SHORT
  }

  private static Kind kind(TextLine l, long bodyEm, double bodyWidth) {
    String text = l.text().replace(" ", "");
    if (l.words().size() == 1 && Math.round(l.em()) >= bodyEm && SECTION_HEADING.matcher(text).matches()) {
      return Kind.HEADING;
    }
    boolean number = false;
    for (Word w : l.words()) {
      Cells.Kind k = Cells.kind(w.text());
      number |= k == Cells.Kind.NUMBER;
    }
    if (l.words().size() >= 2) {
      // Prose with a number set apart ("2023 年，…") spans the text width in the body font.
      boolean prose = Math.round(l.em()) >= bodyEm && l.x1() - l.x0() > 0.8 * bodyWidth
          && l.words().size() <= 3 && maxGap(l) < 1.5 * l.em();
      return prose ? Kind.PROSE : Kind.TAB;
    }
    if (number) {
      return Kind.TAB;
    }
    double width = l.x1() - l.x0();
    if (Math.round(l.em()) < bodyEm || width < 0.5 * bodyWidth) {
      return Kind.SHORT;
    }
    return Kind.PROSE;
  }

  /** A short line in the body font that ends a sentence, or is long: the end of a paragraph. */
  private static boolean proseEnd(TextLine l, long bodyEm) {
    String t = l.text().strip();
    return Math.round(l.em()) >= bodyEm && (t.length() >= 20 || t.matches(".*[。；！？：:;]$"));
  }

  private static double maxGap(TextLine l) {
    double g = 0;
    for (int k = 1; k < l.words().size(); k++) {
      g = Math.max(g, l.words().get(k).x0() - l.words().get(k - 1).x1());
    }
    return g;
  }
}
