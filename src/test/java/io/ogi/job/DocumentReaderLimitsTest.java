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
        // ignores interruption, like a runaway regex; gives up after 3 s so that it does not
        // hold a core for the rest of the test run
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) {
          Thread.onSpinWait();
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
  void aTaskReadingAheadKeepsItsDocumentsInOrderWithASlowAndAMissingOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the task reads the next file while the worker parses: order, the time limit and an
    // unreadable file must come out as if one document were done at a time
    ParserFactory.DocumentParser byName = (path, bytes) -> {
      if (path.contains("slow")) {
        while (!Thread.currentThread().isInterrupted()) { // stopped by the time limit's interrupt
          Thread.onSpinWait();
        }
        throw new IllegalStateException("interrupted");
      }
      ParsedReport r = new ParsedReport();
      r.setStatus(ParsedReport.STATUS_PARSED);
      r.setAgency(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      return r;
    };
    java.util.List<String> paths = new java.util.ArrayList<>();
    for (String name : new String[] {"a.txt", "slow.txt", "gone.txt", "b.txt", "c.txt"}) {
      java.nio.file.Path file = dir.resolve(name);
      if (!name.equals("gone.txt")) {
        java.nio.file.Files.writeString(file, "瑞安市人民政府 " + name);
      }
      paths.add(new org.apache.hadoop.fs.Path(file.toUri()).toString());
    }
    DocumentReader reader =
        new DocumentReader(new HadoopConf(new org.apache.hadoop.conf.Configuration()), () -> byName, 1 << 20, 300);

    java.util.List<String> got = new java.util.ArrayList<>();
    reader.call(paths.iterator()).forEachRemaining(
        r -> got.add(r.<String>getAs("status") + ":" + (r.<String>getAs("agency") != null
            ? r.<String>getAs("agency") : r.<String>getAs("reason").replaceAll(":.*", ""))));

    assertThat(got).containsExactly(
        "parsed:瑞安市人民政府 a.txt",
        "rejected:parse time limit exceeded (300ms)",
        "rejected:unreadable",
        "parsed:瑞安市人民政府 b.txt",
        "parsed:瑞安市人民政府 c.txt");
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
