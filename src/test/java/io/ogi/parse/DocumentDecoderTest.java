package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {

  private final DocumentDecoder decoder = new DocumentDecoder();
  private static final String REPORT = "上街区人民政府2019年政府信息公开工作年度报告";

  @Test
  void undeclaredGbkTextIsDecodedAsGb18030() {
    byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
    DocumentDecoder.Decoded d = decoder.decode("a.txt", gbk);
    assertThat(d.text()).isEqualTo(REPORT);
    assertThat(d.charset()).isEqualTo("GB18030");
  }

  @Test
  void htmlMetaCharsetGb2312IsHonoured() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>" + REPORT + "</body></html>";
    DocumentDecoder.Decoded d = decoder.decode("a.htm", html.getBytes(Charset.forName("GBK")));
    assertThat(d.format()).isEqualTo("html");
    assertThat(d.text()).contains(REPORT);
    assertThat(d.charsetMismatch()).isFalse();
  }

  @Test
  void gbkPageDeclaredAsUtf8IsReadAsGbkAndFlagged() {
    String html = "<html><head><meta charset=\"utf-8\"></head><body>" + REPORT + "</body></html>";
    DocumentDecoder.Decoded d = decoder.decode("a.html", html.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).contains(REPORT);
    assertThat(d.charsetMismatch()).isTrue();
  }

  @Test
  void gzipIsDecompressedAndItsInnerExtensionDecidesTheFormat() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(REPORT.getBytes(StandardCharsets.UTF_8));
    }
    DocumentDecoder.Decoded d = decoder.decode("dir/a.txt.gz", bos.toByteArray());
    assertThat(d.format()).isEqualTo("text");
    assertThat(d.text()).isEqualTo(REPORT);
  }

  @Test
  void badInputsAreRejectedWithAReason() {
    assertThat(decoder.decode("a.txt", new byte[0]).rejection()).isEqualTo("empty file");
    assertThat(decoder.decode("a.txt.gz", REPORT.getBytes(StandardCharsets.UTF_8)).rejection())
        .isEqualTo("named .gz but not gzip data");
    assertThat(decoder.decode("a.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).rejection())
        .contains("binary");
    DocumentDecoder.Decoded pdf = decoder.decode("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    assertThat(pdf.rejected()).as("PDFs are read from their bytes by io.ogi.parse.pdf").isFalse();
    assertThat(pdf.format()).isEqualTo("pdf");
    assertThat(pdf.content()).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
    assertThat(decoder.decode("a.docx", REPORT.getBytes(StandardCharsets.UTF_8)).rejection())
        .isEqualTo("unsupported file type: docx");
  }
}
