package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.cli.TruthComparison;
import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.gen.CorpusGenerator;
import io.ogi.parse.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Accuracy at scale, small: a generated corpus of a few hundred documents (every layout, both eras,
 * both 2019-template revisions, aggregates, contradictions, unreadable files, duplicates) through the
 * real job; its trend tables must equal the generator's truth exactly and every file must get the
 * status the generator expects. The evaluator on the generated gold must find every value.
 */
class GeneratedCorpusJobTest {

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path corpus;
  static Path output;
  static RunSummary summary;
  static Path shuffled;
  static RunSummary shuffledSummary;
  static CorpusGenerator.Summary generated;

  @BeforeAll
  static void generateAndRun() throws IOException {
    spark = TestSpark.session();
    corpus = tmp.resolve("corpus");
    CorpusGenerator.Options o = new CorpusGenerator.Options();
    o.count = 400;
    o.seed = 20_251_123L;
    o.contradictionShare = 0.05;
    o.unreadableShare = 0.03;
    o.duplicateShare = 0.02;
    o.shardSize = 150;
    generated = new CorpusGenerator(o, corpus).run();
    output = tmp.resolve("out");
    summary = new ReportJob().run(JobConfig.of(corpus.toString(), output.toString()), spark);
    // the same corpus with every small side of a join too large to broadcast
    shuffled = tmp.resolve("out-shuffled");
    shuffledSummary =
        new ReportJob().run(JobConfig.of(corpus.toString(), shuffled.toString()).withBroadcastMaxRows(0), spark);
  }

  @Test
  void withoutBroadcastsTheTablesAreTheSame() throws IOException {
    com.fasterxml.jackson.databind.JsonNode joins = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(shuffled.resolve("_manifest.json").toFile()).get("joins");
    com.fasterxml.jackson.databind.JsonNode usual = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(output.resolve("_manifest.json").toFile()).get("joins");
    assertThat(joins.toString()).isEqualTo(usual.toString().replace("broadcast", "shuffle")
        .replaceAll("\\{\"rows\":0,\"strategy\":\"shuffle\"}", "{\"rows\":0,\"strategy\":\"broadcast\"}"));
    for (String side : List.of("duplicates", "cross_year", "corrections")) {
      assertThat(joins.get(side).get("strategy").asText()).as(side).isEqualTo("shuffle");
      assertThat(joins.get(side).get("rows").asLong()).as(side).isPositive();
    }
    assertThat(joins.get("corrections").get("rows").asLong())
        .as("a row per duplicate or warned document")
        .isGreaterThanOrEqualTo(generated.byStatus().get("duplicate"));
    assertThat(shuffledSummary.line()).isEqualTo(summary.line().replace(output.toString(), shuffled.toString()));
    for (String t : List.of("documents", "applications", "review_litigation", "proactive_disclosure",
        "legacy_statistics", "trends_province_year", "trends_national_year")) {
      var a = spark.read().parquet(output.resolve(t).toString());
      var b = spark.read().parquet(shuffled.resolve(t).toString());
      assertThat(a.exceptAll(b).count()).as(t).isZero();
      assertThat(b.exceptAll(a).count()).as(t).isZero();
      assertThat(b.count()).as(t).isEqualTo(a.count()).isPositive();
    }
    Path truth = TruthComparison.truthDir(corpus);
    for (String t : List.of("trends_province_year", "trends_national_year")) {
      TruthComparison.Result r = TruthComparison.compareTable(spark, truth, shuffled.toString(), t);
      assertThat(r.details()).as(t).isEmpty();
      assertThat(r.equal()).isEqualTo(r.rows()).isPositive();
    }
  }

  @Test
  void theCorpusHoldsEveryKindOfDocument() {
    assertThat(generated.documents()).isEqualTo(400);
    assertThat(generated.byKind()).containsKeys("report", "contradiction", "duplicate");
    assertThat(generated.byKind().get("contradiction")).isEqualTo(20);
    assertThat(generated.byStatus().get("rejected")).as("unreadable on purpose (empty files after the first are duplicates)")
        .isGreaterThanOrEqualTo(5);
    assertThat(generated.byStatus().get("partial")).as("prose-only reports").isPositive();
    assertThat(corpus.resolve("00002")).as("third shard of 150").isDirectory();
  }

  @Test
  void theRunCountsAreTheGeneratorsExpectedStatuses() {
    assertThat(summary.reconciled()).isTrue();
    assertThat(summary.line()).startsWith("run: inputs=400 parsed=" + generated.byStatus().get("parsed")
        + " partial=" + generated.byStatus().get("partial") + " rejected=" + generated.byStatus().get("rejected")
        + " duplicate=" + generated.byStatus().get("duplicate") + " ");
  }

  @Test
  void everyValueTableHasOneRowPerDocumentAndKey() {
    // one row per number: a value read twice (a cell spanning columns) would be counted twice
    java.util.Map<String, List<String>> keys = java.util.Map.of(
        "applications", List.of("doc_id", "row_key", "column_key"),
        "review_litigation", List.of("doc_id", "block", "outcome"),
        "proactive_disclosure", List.of("doc_id", "item", "measure"),
        "legacy_statistics", List.of("doc_id", "indicator"));
    keys.forEach((table, columns) -> {
      var rows = spark.read().parquet(output.resolve(table).toString());
      long all = rows.count();
      long distinct = rows.select(columns.stream().map(org.apache.spark.sql.functions::col)
          .toArray(org.apache.spark.sql.Column[]::new)).distinct().count();
      assertThat(all).as(table).isPositive().isEqualTo(distinct);
    });
  }

  @Test
  void trendTablesEqualTheTruthExactly() throws IOException {
    Path truth = TruthComparison.truthDir(corpus);
    for (String t : List.of("trends_province_year", "trends_national_year")) {
      TruthComparison.Result r = TruthComparison.compareTable(spark, truth, output.toString(), t);
      assertThat(r.details()).as(t).isEmpty();
      assertThat(r.rows()).as(t + " rows").isGreaterThan(t.equals("trends_province_year") ? 50 : 20);
      assertThat(r.equal()).isEqualTo(r.rows());
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    long unequal = TruthComparison.report(spark, corpus, output.toString(), new PrintStream(buf, true, StandardCharsets.UTF_8));
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(unequal).as(printed).isZero();
    assertThat(printed).containsPattern("(?m)^truth: rows=(\\d+) equal=\\1 different=0$");
  }

  @Test
  void everyFileHasTheExpectedStatusAndUnreadableOnesSayWhy() {
    TruthComparison.DocResult d = TruthComparison.compareDocuments(spark, TruthComparison.truthDir(corpus), output.toString());
    assertThat(d.details()).isEmpty();
    assertThat(d.files()).isEqualTo(400);
    Map<String, String> kindByFile = new HashMap<>();
    for (Row r : spark.read().option("header", "true").csv(corpus.resolve("_truth/documents.csv").toString())
        .select("file", "kind").collectAsList()) {
      kindByFile.put(r.getString(0), r.getString(1));
    }
    for (Row r : spark.read().parquet(output.resolve("documents").toString())
        .select("source_path", "status", "reason", "flags").collectAsList()) {
      String path = r.getString(0);
      String file = path.substring(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1);
      String kind = kindByFile.get(file);
      String reason = r.getString(2);
      switch (kind) {
        case "binary" -> assertThat(reason).as(file).startsWith("binary content");
        case "notice" -> assertThat(reason).as(file).startsWith("not an annual report");
        case "empty" -> assertThat(reason).as(file).isEqualTo("empty file");
        case "duplicate" -> assertThat(reason).as(file).startsWith("same content as");
        case "contradiction" -> assertThat(r.<String>getList(3)).as(file + " flags").isNotEmpty();
        default -> { }
      }
    }
  }

  @Test
  void theParserReadsEveryGeneratedGoldValue() throws IOException {
    ReportParser parser = new ReportParser();
    EvaluationResult result = new Evaluator(parser::parse).evaluate(corpus.resolve("_gold.jsonl"));
    assertThat(result.values().gold()).as("gold values").isGreaterThan(20_000);
    assertThat(result.mismatches()).as("wrong or missing").isEmpty();
    assertThat(result.values().exact()).isEqualTo(result.values().gold());
    assertThat(result.fields().exact()).isEqualTo(result.fields().gold());
  }
}
