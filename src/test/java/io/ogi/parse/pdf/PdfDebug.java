package io.ogi.parse.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Development aid: prints a PDF's lines with word positions, then the blocks and table grids the
 * extractor makes of them. {@code java -cp target/test-classes:target/classes:<cp>
 * io.ogi.parse.pdf.PdfDebug FILE.pdf}
 */
final class PdfDebug {
  public static void main(String[] args) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
      GlyphCollector c = new GlyphCollector();
      List<List<GlyphCollector.Glyph>> pages = c.collect(doc, 1000);
      for (TextLine l : PdfLayout.lines(pages, c.pageHeights())) {
        StringBuilder sb = new StringBuilder(String.format("p%d y=%6.1f em=%4.1f |", l.page(), l.y(), l.em()));
        for (Word w : l.words()) {
          sb.append(String.format(" [%.0f-%.0f]%s", w.x0(), w.x1(), w.text()));
        }
        System.out.println(sb);
      }
    }
    PdfContentExtractor.Result r = PdfContentExtractor.extract(Files.readAllBytes(Path.of(args[0])));
    if (r.rejected()) {
      System.out.println("REJECTED " + r.rejection());
      return;
    }
    for (io.ogi.parse.ReportContent.Block b : r.content().blocks()) {
      if (b instanceof io.ogi.parse.ReportContent.Line l) {
        System.out.println("LINE " + l.text());
      } else if (b instanceof io.ogi.parse.ReportContent.Table t) {
        System.out.println("TABLE");
        for (List<String> row : t.rows()) {
          System.out.println("  " + String.join(" | ", row));
        }
      }
    }
  }
}
