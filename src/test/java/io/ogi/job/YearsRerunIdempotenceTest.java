package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly run on the sample corpus with the real parser: {@code --years 2019} run twice leaves
 * every table identical (rows, and the other years' files untouched), and each run leaves a
 * manifest beside the tables.
 */
class YearsRerunIdempotenceTest {

  private static final Path CORPUS = Paths.get("samples/corpus");

  @TempDir Path tmp;

  @Test
  void rerunningAYearLeavesTheTablesIdentical() throws IOException {
    SparkSession spark = TestSpark.session();
    String out = tmp.resolve("tables").toString();
    JobConfig full = JobConfig.of(CORPUS.toAbsolutePath().toString(), out);

    new ReportJob().run(full, spark);
    Map<String, List<String>> afterFull = snapshot(spark, out);
    Map<String, List<String>> otherYearFiles = files(out, "year=2022");

    RunSummary first = new ReportJob().run(full.withYears("2019"), spark);
    Map<String, List<String>> afterFirst = snapshot(spark, out);
    JsonNode manifest1 = new ObjectMapper().readTree(tmp.resolve("tables/_manifest.json").toFile());

    RunSummary second = new ReportJob().run(full.withYears("2019"), spark);
    Map<String, List<String>> afterSecond = snapshot(spark, out);
    JsonNode manifest2 = new ObjectMapper().readTree(tmp.resolve("tables/_manifest.json").toFile());

    assertThat(first.yearsWritten()).containsExactly(2019);
    assertThat(afterSecond).as("second --years 2019 run").isEqualTo(afterFirst);
    assertThat(afterFirst).as("--years 2019 over a full run of the same input").isEqualTo(afterFull);
    assertThat(files(out, "year=2022")).as("other years' files are not rewritten").isEqualTo(otherYearFiles);
    assertThat(afterFull.get("documents")).isNotEmpty();

    assertThat(manifest2.get("input_fingerprint").asText())
        .startsWith("sha256:")
        .isEqualTo(manifest1.get("input_fingerprint").asText());
    assertThat(manifest2.get("run_id").asText()).isNotEqualTo(manifest1.get("run_id").asText());
    assertThat(manifest2.get("years_written").toString()).isEqualTo("[2019]");
    assertThat(manifest2.at("/counts/inputs").asLong()).isEqualTo(second.inputs());
    assertThat(manifest2.at("/counts/duplicate").asLong()).isEqualTo(second.duplicate());
    assertThat(manifest2.at("/counts/reconciled").asBoolean()).isTrue();
    assertThat(manifest2.at("/versions/spark").asText()).isEqualTo(spark.version());
    assertThat(manifest2.at("/timings_ms/total").asLong()).isPositive();
    // CPU by stage: the same stages as the timings; the parse ran on the parser's threads and in tasks
    JsonNode tasksCpu = manifest2.at("/cpu_ms/task_threads");
    List<String> stages = new java.util.ArrayList<>();
    manifest2.get("timings_ms").fieldNames().forEachRemaining(stages::add);
    List<String> cpuStages = new java.util.ArrayList<>();
    tasksCpu.fieldNames().forEachRemaining(cpuStages::add);
    assertThat(cpuStages).isEqualTo(stages);
    assertThat(manifest2.at("/cpu_ms/parser_threads").asLong()).isPositive();
    assertThat(tasksCpu.get("parse").asLong()).isPositive();
    assertThat(tasksCpu.get("write documents").asLong()).isPositive();
    long stageSum = 0;
    for (String stage : stages.subList(0, stages.size() - 1)) {
      stageSum += tasksCpu.get(stage).asLong();
    }
    // each stage is rounded down to the ms: the total may exceed their sum by under 1 ms a stage
    assertThat(tasksCpu.get("total").asLong()).isBetween(stageSum, stageSum + stages.size());
    try (Stream<Path> runs = Files.list(tmp.resolve("tables/_runs"))) {
      // Hadoop's local filesystem adds a hidden .<name>.crc beside each file: count the records only.
      assertThat(runs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith(".")))
          .as("one record per run")
          .hasSize(3);
    }
  }

  /** Every table's rows as sorted strings, year included. */
  private static Map<String, List<String>> snapshot(SparkSession spark, String out) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String t : OutputSchemas.TABLES.keySet()) {
      tables.put(
          t,
          spark.read().parquet(out + "/" + t).collectAsList().stream()
              .map(Row::toString)
              .sorted()
              .toList());
    }
    return tables;
  }

  /** The data files of one partition of every table, by table. */
  private static Map<String, List<String>> files(String out, String partition) throws IOException {
    Map<String, List<String>> files = new TreeMap<>();
    for (String t : OutputSchemas.TABLES.keySet()) {
      Path dir = Paths.get(out, t, partition);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          files.put(t, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
      }
    }
    return files;
  }
}
