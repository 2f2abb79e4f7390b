package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Big5 pages decoded (declared or not) without breaking GBK, and truncated HTML recorded as
 * partial with a reason instead of read as complete.
 */
class HostileDecodingTest {

  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String TRADITIONAL =
      "北京市朝陽區人民政府2020年政府信息公開工作年度報告。本報告由北京市朝陽區人民政府辦公室編制，"
          + "全文包括總體情況、主動公開政府信息情況、收到和處理政府信息公開申請情況、政府信息公開行政復議、"
          + "行政訴訟情況、存在的主要問題及改進情況、其他需要報告的事項。";

  private final DocumentDecoder decoder = new DocumentDecoder();

  @Test
  void undeclaredBig5TextIsDecodedAsBig5() {
    DocumentDecoder.Decoded d = decoder.decode("mirror.txt", TRADITIONAL.getBytes(BIG5));
    assertThat(d.rejected()).isFalse();
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.text()).isEqualTo(TRADITIONAL);
    assertThat(d.charsetMismatch()).isFalse();
  }

  @Test
  void undeclaredBig5HtmlIsDecodedAsBig5() {
    String page = "<html><head><title>北京市朝陽區人民政府</title></head><body><p>" + TRADITIONAL + "</p></body></html>";
    DocumentDecoder.Decoded d = decoder.decode("mirror.html", page.getBytes(BIG5));
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.text()).contains("北京市朝陽區人民政府2020年政府信息公開工作年度報告");
  }

  @Test
  void declaredBig5IsHonoured() {
    String page = "<html><head><meta charset=\"big5\"></head><body>" + TRADITIONAL + "</body></html>";
    DocumentDecoder.Decoded d = decoder.decode("mirror.html", page.getBytes(BIG5));
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.text()).contains(TRADITIONAL);
  }

  @Test
  void undeclaredGbkReportsStayGb18030() throws IOException {
    String seed = new String(resource("/seeds/000_a78cc7a962d3243c.txt"), StandardCharsets.UTF_8);
    DocumentDecoder.Decoded d = decoder.decode("gbk.txt", seed.getBytes(Charset.forName("GBK")));
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.text()).isEqualTo(seed);
    String shortText = "上街区人民政府2019年政府信息公开工作年度报告";
    assertThat(decoder.decode("s.txt", shortText.getBytes(Charset.forName("GBK"))).text()).isEqualTo(shortText);
  }

  @Test
  void sizeLimitDefaultIs16MiB() {
    assertThat(DocumentDecoder.DEFAULT_MAX_DECODED_BYTES).isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void truncationIsSeenInTheMarkup() {
    assertThat(io.ogi.parse.html.Truncation.detect("<html><body><table><tr><td>1</td></tr>")).isEqualTo("ends inside a table");
    assertThat(io.ogi.parse.html.Truncation.detect("<html><body><p>text</p><td cla")).isEqualTo("ends inside a tag");
    assertThat(io.ogi.parse.html.Truncation.detect("<html><body><table><tr><td>1</td></tr></table>\n</body></html>")).isNull();
    // Both closing tags omitted but the page ends cleanly: not flagged.
    assertThat(io.ogi.parse.html.Truncation.detect("<html><body><table><tr><td>1</td></tr></table><p>完</p>")).isNull();
  }

  @Test
  void aReportCutInsideItsTableIsPartialWithTheReason() throws IOException {
    byte[] page = resource("/html/a_lujiang_2022.html");
    String text = new String(page, StandardCharsets.UTF_8);
    int cut = text.indexOf("</tr>", text.indexOf("予以公开")) + "</tr>".length();
    byte[] truncated = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);

    ParsedReport whole = new ReportParser().parse("a_lujiang_2022.html", page);
    ParsedReport cutReport = new ReportParser().parse("cut.html", truncated);
    assertThat(whole.getStatus()).isEqualTo(ParsedReport.STATUS_PARSED);
    assertThat(whole.getFlags()).noneMatch(f -> f.startsWith("truncated_html"));
    assertThat(cutReport.getStatus()).isEqualTo(ParsedReport.STATUS_PARTIAL);
    assertThat(cutReport.getFlags()).contains("truncated_html:ends_inside_a_table");
    assertThat(cutReport.getReason()).contains("truncated HTML", "ends inside a table");
    // The agency is still read: the page's head is intact.
    assertThat(cutReport.getAgency()).isEqualTo(whole.getAgency());
    // Cut mid-tag.
    byte[] midTag = Arrays.copyOf(truncated, truncated.length - 3);
    ParsedReport tagReport = new ReportParser().parse("cut2.html", midTag);
    assertThat(tagReport.getFlags()).contains("truncated_html:ends_inside_a_tag");
    assertThat(tagReport.getStatus()).isEqualTo(ParsedReport.STATUS_PARTIAL);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HostileDecodingTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
