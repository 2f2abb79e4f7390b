package io.ogi.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.ReportContent;
import io.ogi.parse.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** What the PDF reader makes of specific layouts, checked on the cells and values it reads. */
class PdfContentExtractorTest {

  private static final Path DEVSET = Path.of("src/test/resources/devset/pdf");
  private static final Path REAL = Path.of("src/test/resources/real-reports");

  private static ReportContent content(Path pdf) throws IOException {
    PdfContentExtractor.Result r = PdfContentExtractor.extract(Files.readAllBytes(pdf));
    assertThat(r.rejection()).isNull();
    return r.content();
  }

  private static ParsedReport parse(Path pdf) throws IOException {
    return new ReportParser().parse(pdf.toString(), Files.readAllBytes(pdf));
  }

  private static List<String> rowStartingWith(ReportContent c, String label) {
    for (ReportContent.Table t : c.tables()) {
      for (List<String> row : t.rows()) {
        for (String cell : row) {
          if (cell.startsWith(label)) {
            return row;
          }
        }
      }
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void wrappedLabelsSpannedSectionsAndVerticalTextMakeWholeRows() throws IOException {
    ReportContent c = content(REAL.resolve("huaian-2024.pdf"));
    // The label wrapped over two lines around its numbers is one cell, the numbers in place.
    List<String> partial = rowStartingWith(c, "（二）部分公开");
    assertThat(partial.get(0)).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    assertThat(partial.subList(1, 8)).containsExactly("447", "7", "0", "0", "0", "0", "454");
    // The section label (（三）不 / 予公开) and the vertical 三、本年度办理结果 (one character per
    // line) lead the first row of the group they span.
    List<String> secret = rowStartingWith(c, "三、本年度办理结果");
    assertThat(secret.subList(0, 3)).containsExactly("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密");
    // （四）无 at the foot of page 4 and 法提供 at the top of page 5 are one label.
    assertThat(rowStartingWith(c, "（四）无法提供")).contains("1.本机关不掌握相关政府信息", "746", "769");
    // The page number -5- between the rows of table 三 is gone.
    for (ReportContent.Table t : c.tables()) {
      for (List<String> row : t.rows()) {
        assertThat(row).noneMatch(cell -> cell.matches("-\\d+-"));
      }
    }
  }

  @Test
  void blankCellsStayBlankInTheirColumn() throws IOException {
    // Every 科研机构, 社会公益组织 and 其他 cell of this table 三 is blank: the columns come from
    // the header, and the numbers keep their places.
    Path pdf = DEVSET.resolve("02-blank-cells.pdf");
    List<String> fresh = rowStartingWith(content(pdf), "一、本年新收");
    assertThat(fresh).hasSize(8);
    assertThat(fresh.get(3)).isEmpty();
    assertThat(fresh.get(4)).isEmpty();
    assertThat(fresh.get(6)).isEmpty();
    ParsedReport r = parse(pdf);
    ReportValue research = r.value("t3.new.research");
    assertThat(research.value()).isZero();
    assertThat(research.source()).isEqualTo(ReportValue.SOURCE_BLANK);
    ReportValue legal = r.value("t3.new.legal_service");
    assertThat(legal.source()).isEqualTo(ReportValue.SOURCE_CELL);
    assertThat(legal.column()).isEqualTo("法律服务机构");
    assertThat(legal.table()).isEqualTo("三");
    // Table 四: the blank 其他结果 cells and the blank 未经复议直接起诉 block keep their columns.
    assertThat(r.value("t4.review.other").source()).isEqualTo(ReportValue.SOURCE_BLANK);
    assertThat(r.value("t4.lit_direct.total").value()).isZero();
    assertThat(r.getFlags()).noneMatch(f -> f.startsWith("t4.block_total"));
    assertThat(r.getAmbiguous()).isEmpty();
  }

  @Test
  void tableSplitAcrossPagesKeepsItsRowsAndDropsTheRepeatedHeader() throws IOException {
    ParsedReport r = parse(DEVSET.resolve("03-split-repeated-header.pdf"));
    assertThat(r.getStatus()).isEqualTo("parsed");
    assertThat(r.getFlags()).noneMatch(f -> f.startsWith("t3."));
    long headers = content(DEVSET.resolve("03-split-repeated-header.pdf")).tables().stream()
        .flatMap(t -> t.rows().stream())
        .filter(row -> row.contains("自然人"))
        .count();
    assertThat(headers).as("the header repeated on the next page is read once").isEqualTo(1);
  }

  @Test
  void provenanceNamesTableRowAndColumn() throws IOException {
    ParsedReport r = parse(REAL.resolve("huaian-2024.pdf"));
    ReportValue v = r.value("t3.unable.not_held.natural_person");
    assertThat(v.value()).isEqualTo(746.0);
    assertThat(v.table()).isEqualTo("三");
    assertThat(v.row()).contains("本机关不掌握相关政府信息");
    assertThat(v.column()).isEqualTo("自然人");
    assertThat(v.confidence()).isEqualTo(1.0);
    assertThat(r.getFormat()).isEqualTo("pdf");
  }

  @Test
  void corruptAndTruncatedPdfsAreRejectedWithAReason() throws IOException {
    ReportParser parser = new ReportParser();
    ParsedReport junk = parser.parse("junk.pdf", "%PDF-1.7\n%%garbage, no objects\n".getBytes());
    assertThat(junk.getStatus()).isEqualTo("rejected");
    assertThat(junk.getReason()).contains("PDF");
    byte[] real = Files.readAllBytes(REAL.resolve("hongze-2024.pdf"));
    ParsedReport cut = parser.parse("cut.pdf", Arrays.copyOf(real, 2000));
    assertThat(cut.getStatus()).isEqualTo("rejected");
    assertThat(cut.getReason()).containsAnyOf("corrupt PDF", "no text layer", "no pages");
  }

  @Test
  void tooManyPagesIsRejectedBeforeReading() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < PdfContentExtractor.MAX_PAGES + 1; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(out);
    }
    PdfContentExtractor.Result r = PdfContentExtractor.extract(out.toByteArray());
    assertThat(r.rejection()).isEqualTo("PDF has 301 pages, over the limit of 300");
  }
}
