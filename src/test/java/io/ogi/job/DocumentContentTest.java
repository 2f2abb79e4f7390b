package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A document's bytes and digest as the job reads them: the digest of bytes in memory is computed
 * only when asked for (the parser hashes them for the id), and is the same digest either way.
 */
class DocumentContentTest {

  private static final byte[] REPORT = "瑞安市人民政府2020年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** A stream that hands out at most three bytes per read, so a limit falls inside a read. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(3, len));
      }
    };
  }

  @Test
  void theDigestOfBytesInMemoryIsSha256OfAllOfThemWithinAndOverTheLimit() throws Exception {
    // the FIPS 180-2 example: SHA-256("abc")
    DocumentReader.Content abc = DocumentReader.Content.inMemory("abc".getBytes(StandardCharsets.US_ASCII), 16);
    assertThat(abc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(abc.bytes()).containsExactly('a', 'b', 'c');

    DocumentReader.Content over = DocumentReader.Content.inMemory(REPORT, 10);
    assertThat(over.bytes()).isNull();
    assertThat(over.size()).isEqualTo(REPORT.length);
    assertThat(over.sha256()).isEqualTo(sha256(REPORT));
  }

  @Test
  void aStreamIsDigestedWholeWhetherItIsKeptOrRunsPastTheLimitMidRead() throws Exception {
    DocumentReader.Content kept = DocumentReader.readBounded(trickle(REPORT), REPORT.length);
    assertThat(kept.bytes()).isEqualTo(REPORT);
    assertThat(kept.sha256()).isEqualTo(sha256(REPORT));

    // 3-byte reads and a limit of 10: the limit is crossed inside the fourth read
    DocumentReader.Content tooLarge = DocumentReader.readBounded(trickle(REPORT), 10);
    assertThat(tooLarge.bytes()).isNull();
    assertThat(tooLarge.size()).isEqualTo(REPORT.length);
    assertThat(tooLarge.sha256()).isEqualTo(sha256(REPORT));
  }

  @Test
  void rowsWithoutTheParsersIdCarryTheDigestOfTheBytes() throws Exception {
    DocumentReader reader =
        new DocumentReader(new HadoopConf(new org.apache.hadoop.conf.Configuration()), () -> null, 1 << 20, 5_000);
    ParserFactory.DocumentParser noId = (path, bytes) -> {
      ParsedReport r = new ParsedReport();
      r.setStatus(ParsedReport.STATUS_PARSED);
      r.setAgency("瑞安市人民政府");
      return r;
    };
    ParserFactory.DocumentParser failing = (path, bytes) -> {
      throw new IllegalStateException("broken parser");
    };
    Row parsed = reader.parse("a.txt", reader.contentOf(REPORT), null, noId, null, null);
    Row failed = reader.parse("b.txt", reader.contentOf(REPORT), null, failing, null, null);
    Row tooLarge = new DocumentReader(
            new HadoopConf(new org.apache.hadoop.conf.Configuration()), () -> noId, 10, 5_000)
        .parse("c.txt", DocumentReader.Content.inMemory(REPORT, 10), null, noId, null, null);

    assertThat(parsed.<String>getAs("doc_id")).isEqualTo(sha256(REPORT));
    assertThat(parsed.<String>getAs("agency")).isEqualTo("瑞安市人民政府");
    assertThat(failed.<String>getAs("doc_id")).isEqualTo(sha256(REPORT));
    assertThat(failed.<String>getAs("status")).isEqualTo(ParsedReport.STATUS_REJECTED);
    assertThat(failed.<String>getAs("reason")).isEqualTo("parser failed: IllegalStateException: broken parser");
    assertThat(tooLarge.<String>getAs("doc_id")).isEqualTo(sha256(REPORT));
    assertThat(tooLarge.<String>getAs("reason")).startsWith("too large: " + REPORT.length + " bytes");
  }
}
