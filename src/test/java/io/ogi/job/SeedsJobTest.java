package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with the real {@link io.ogi.parse.ReportParser} over the seed reports: every value of
 * {@code seeds/gold.jsonl} must come out in the right table with the right number. Gold lines are
 * read at test time, so a new gold line extends the test.
 */
class SeedsJobTest {

  private static final Path SEEDS = Paths.get("src/test/resources/seeds");

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path output;
  static RunSummary summary;
  static List<JsonNode> gold;

  @BeforeAll
  static void runOnSeeds() throws IOException {
    spark = TestSpark.session();
    Path input = tmp.resolve("in");
    Files.createDirectories(input);
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    gold = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(SEEDS.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        gold.add(json.readTree(line));
      }
    }
    output = tmp.resolve("out");
    summary = new ReportJob().run(JobConfig.of(input.toString(), output.toString()), spark);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  @Test
  void everySeedFileIsADocumentAndTheCountsReconcile() throws IOException {
    List<String> paths = table("documents").select("source_path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        assertThat(paths).as("documents").anyMatch(p -> p.endsWith("/" + f.getFileName()));
      }
    }
    assertThat(summary.reconciled()).isTrue();
  }

  @Test
  void everyGoldValueIsInItsTable() {
    Map<String, Double> written = writtenValues();
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode doc : gold) {
      String file = doc.get("file").asText();
      List<Row> docs = table("documents").where(col("source_path").endsWith("/" + file)).collectAsList();
      soft.assertThat(docs).as("document %s", file).hasSize(1);
      if (docs.size() != 1) {
        continue;
      }
      Row d = docs.get(0);
      soft.assertThat(d.<String>getAs("status")).as("%s status", file).isIn("parsed", "partial");
      String docId = d.getAs("doc_id");
      JsonNode values = doc.get("values");
      if (values == null) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        double expected = e.getValue().asDouble();
        assertThat(ReportRows.route(key)).as("gold key %s fits a table", key).isNotNull();
        Double got = written.get(docId + " " + key);
        soft.assertThat(got).as("%s %s", file, key).isNotNull();
        if (got != null) {
          soft.assertThat(got).as("%s %s", file, key).isCloseTo(expected, within(1e-4));
        }
      }
    }
    soft.assertAll();
  }

  /** Every written value, by document and gold key: each value table read once. */
  private static Map<String, Double> writtenValues() {
    Map<String, Double> values = new HashMap<>();
    Map<String, String> keyOf =
        Map.of(
            OutputSchemas.APPLICATIONS, "concat('t3.', row_key, '.', column_key)",
            OutputSchemas.REVIEW_LITIGATION, "concat('t4.', block, '.', outcome)",
            OutputSchemas.PROACTIVE_DISCLOSURE,
                "if(item = 'all', concat('proactive.', measure), concat('t2.', item, '.', measure))",
            OutputSchemas.LEGACY_STATISTICS, "concat('legacy.', indicator)");
    keyOf.forEach(
        (table, key) -> {
          for (Row r :
              table(table)
                  .selectExpr("doc_id", key + " AS key", "CAST(value AS DOUBLE) AS value")
                  .collectAsList()) {
            values.put(r.getString(0) + " " + r.getString(1), r.isNullAt(2) ? null : r.getDouble(2));
          }
        });
    return values;
  }
}
