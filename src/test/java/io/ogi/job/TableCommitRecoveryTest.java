package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit protocol in the {@code --years} mode (partitions moved one by one), failed between two
 * tables' moves inside the JVM: the journal stays, {@link TableWriter#recover} completes exactly the
 * journal's moves (the written year replaced in both tables, the other years untouched) and
 * publishes the journal's manifest. {@link InterruptedRunTest} kills a real run with SIGKILL.
 */
class TableCommitRecoveryTest {

  private static final Path CORPUS = Paths.get("samples/corpus").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void aCommitFailedBetweenTwoTablesIsCompletedByRecovery() throws Exception {
    SparkSession spark = TestSpark.session();
    Path out = tmp.resolve("tables");
    new ReportJob().run(JobConfig.of(CORPUS.toString(), out.toString()), spark);
    List<String> apps2019 = rows(spark, out, "applications", 2019);
    List<String> apps2022 = rows(spark, out, "applications", 2022);
    List<String> review2019 = rows(spark, out, "review_litigation", 2019);
    List<String> review2022 = rows(spark, out, "review_litigation", 2022);
    assertThat(apps2022).hasSizeGreaterThan(10);
    assertThat(review2022).hasSizeGreaterThan(1);
    String previousRun = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).path("run_id").asText();

    // A yearly run of 2022 whose applications and review_litigation each lose their first row.
    Dataset<Row> applications2022 = spark.read().parquet(out.resolve("applications").toString())
        .where(col("year").equalTo(2022)).orderBy(col("doc_id"), col("row_key"), col("column_key")).offset(1);
    Dataset<Row> review2022Less = spark.read().parquet(out.resolve("review_litigation").toString())
        .where(col("year").equalTo(2022)).orderBy(col("doc_id"), col("block"), col("outcome")).offset(1);
    TableWriter writer = new TableWriter(
        spark.sparkContext().hadoopConfiguration(), out.toString(), "run-crash", true,
        step -> {
          if (step.equals("committed:applications")) {
            throw new IllegalStateException("simulated crash after the first table's moves");
          }
        });
    writer.stage("applications", applications2022);
    writer.stage("review_litigation", review2022Less);
    byte[] manifest = "{\"run_id\": \"run-crash\", \"years_written\": [2022]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> writer.commit(manifest)).hasMessageContaining("simulated crash");
    writer.abandon(); // what ReportJob does on failure: keeps a committed run's staging
    assertThat(out.resolve(TableWriter.JOURNAL)).exists();
    assertThat(rows(spark, out, "applications", 2022)).as("moved before the crash").hasSize(apps2022.size() - 1);
    assertThat(rows(spark, out, "review_litigation", 2022)).as("not yet moved").isEqualTo(review2022);

    List<String> actions = TableWriter.recover(spark.sparkContext().hadoopConfiguration(), out.toString());

    assertThat(actions).containsExactly("completed the interrupted commit of run-crash");
    assertThat(rows(spark, out, "applications", 2022)).hasSize(apps2022.size() - 1).isSubsetOf(apps2022);
    assertThat(rows(spark, out, "review_litigation", 2022)).hasSize(review2022.size() - 1).isSubsetOf(review2022);
    assertThat(rows(spark, out, "applications", 2019)).as("other years untouched").isEqualTo(apps2019);
    assertThat(rows(spark, out, "review_litigation", 2019)).isEqualTo(review2019);
    assertThat(new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).path("run_id").asText())
        .isEqualTo("run-crash")
        .isNotEqualTo(previousRun);
    assertThat(out.resolve("_runs/run-crash.json")).exists();
    assertThat(out.resolve(TableWriter.JOURNAL)).doesNotExist();
    assertThat(out.resolve(TableWriter.STAGING)).doesNotExist();
    assertThat(Files.exists(out.resolve("applications/year=2022"))).isTrue();
  }

  private static List<String> rows(SparkSession spark, Path out, String table, int year) {
    return spark.read().parquet(out.resolve(table).toString()).where(col("year").equalTo(year))
        .collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
