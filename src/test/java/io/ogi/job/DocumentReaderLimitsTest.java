package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.parse.meta.SpamFilter;
import org.junit.jupiter.api.Test;

/** The per-document parse time limit, and parser guards against inputs built to stall it. */
class DocumentReaderLimitsTest {

  @Test
  void aParseRunningPastItsLimitIsStoppedAndTheNextDocumentStillParses() {
    ParserFactory.DocumentParser spinning = (path, bytes) -> {
      if (path.startsWith("slow")) {
        long x = 0;
        while (true) { // ignores interruption, like a runaway regex
          x++;
          if (x == Long.MAX_VALUE) {
            break;
          }
        }
      }
      ParsedReport r = new ParsedReport();
      r.setStatus(ParsedReport.STATUS_PARSED);
      return r;
    };
    DocumentReader.TimedParser timed = new DocumentReader.TimedParser(spinning, 300);
    long start = System.nanoTime();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> timed.parse("slow.txt", new byte[0]))
        .isInstanceOf(DocumentReader.ParseTimeLimitException.class)
        .hasMessage("parse time limit exceeded (300ms)");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(timed.parse("fast.txt", new byte[0]).getStatus()).isEqualTo(ParsedReport.STATUS_PARSED);
    timed.close();
    assertThat(new DocumentReader.ParseTimeLimitException(30_000).getMessage())
        .isEqualTo("parse time limit exceeded (30s)");
  }

  @Test
  void spamChainSearchIsLinearOnALongRunWithoutUnderscores() {
    String run = "收到申请人民政府办公室委员会予以公开".repeat(100_000); // 1.8 M characters, one line
    long start = System.nanoTime();
    assertThat(SpamFilter.detect(run)).isEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void maxParseSecondsIsConfigurable() {
    JobConfig fromConf = JobConfig.resolve(
        new JobConfig.Options("in", "out", null, null, null), java.util.Map.of(JobConfig.CONF_MAX_PARSE_SECONDS, "7"));
    assertThat(fromConf.maxParseSeconds()).isEqualTo(7);
    JobConfig fromCli = JobConfig.resolve(
        new JobConfig.Options("in", "out", null, null, null, 3L), java.util.Map.of(JobConfig.CONF_MAX_PARSE_SECONDS, "7"));
    assertThat(fromCli.maxParseSeconds()).isEqualTo(3);
    assertThat(JobConfig.of("in", "out").maxParseSeconds()).isEqualTo(30);
  }
}
