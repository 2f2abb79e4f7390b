package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job and parser over {@link HostileCorpus}: every file is a row of {@code documents}
 * with the expected status, reason words and flag, and the run reconciles.
 */
class HostileCorpusJobTest {

  @TempDir static Path tmp;
  static List<HostileCorpus.Kind> kinds;
  static RunSummary summary;
  static final Map<String, Row> byPath = new HashMap<>();

  @BeforeAll
  static void runJob() throws Exception {
    SparkSession spark = TestSpark.session();
    Path input = tmp.resolve("in");
    Path output = tmp.resolve("out");
    kinds = HostileCorpus.write(input);
    summary =
        new ReportJob()
            .run(
                // The default limits: the giant page must be rejected by the defaults.
                JobConfig.of(input.toString(), output.toString()),
                spark);
    for (Row r : spark.read().parquet(output.resolve("documents").toString())
        .select(col("source_path"), col("status"), col("reason"), col("flags"), col("charset")).collectAsList()) {
      byPath.put(r.getString(0), r);
    }
  }

  private static Row row(String relative) {
    List<Row> hits = byPath.entrySet().stream()
        .filter(e -> e.getKey().endsWith("/in/" + relative))
        .map(Map.Entry::getValue).toList();
    assertThat(hits).as("documents row for %s", relative).hasSize(1);
    return hits.get(0);
  }

  @Test
  void corpusHasAtLeastTwentyFiveKinds() {
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void everyFileIsADocumentWithItsStatusReasonAndFlag() {
    assertThat(byPath).hasSize(kinds.size());
    for (HostileCorpus.Kind k : kinds) {
      Row r = row(k.path());
      assertThat(r.getString(1)).as("status of %s (reason %s)", k.path(), r.getString(2)).isEqualTo(k.status());
      if (!k.status().equals("parsed")) {
        assertThat(r.getString(2)).as("reason of %s", k.path()).isNotBlank();
      }
      for (String w : k.reasonWords()) {
        assertThat(r.getString(2)).as("reason of %s", k.path()).contains(w);
      }
      if (k.flag() != null) {
        assertThat(r.getList(3)).as("flags of %s", k.path()).contains(k.flag());
      }
    }
  }

  @Test
  void big5PagesAreDecodedAsBig5() {
    assertThat(row("charset/big5.html").getString(4)).isEqualTo("Big5");
    assertThat(row("charset/big5-undeclared.html").getString(4)).isEqualTo("Big5");
    assertThat(row("charset/utf16be-bom.html").getString(4)).isEqualTo("UTF-16BE");
    assertThat(row("charset/gbk-no-charset.txt").getString(4)).isEqualTo("GB18030");
  }

  @Test
  void defaultSizeLimitRejectsTheGiantPageWithTheLimitInTheReason() {
    assertThat(JobConfig.DEFAULT_MAX_DOC_BYTES).isEqualTo(16L * 1024 * 1024);
    assertThat(row("giant/50mb.html").getString(2)).isEqualTo("too large: 52428800 bytes > limit 16777216");
  }

  @Test
  void runReconciles() {
    assertThat(summary.inputs()).isEqualTo(kinds.size());
    assertThat(summary.reconciled()).isTrue();
    // one exact copy, and near-duplicates: the same report in another encoding or charset, and
    // a page cut after its last table row, a hijacked copy with spam (every file's expected status
    // is checked above)
    assertThat(summary.duplicate()).isEqualTo(6);
    assertThat(kinds.stream().filter(k -> k.status().equals("duplicate")).count()).isEqualTo(6);
  }
}
