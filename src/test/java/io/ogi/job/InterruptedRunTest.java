package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL while it writes. The job runs in a child JVM ({@code ogi run}, real
 * local SparkSession, real parser) with the test hook {@code spark.ogi.test.haltAt}, which stops
 * it still at a known step of the write; the test then kills it ({@link Process#destroyForcibly},
 * SIGKILL) and reads the Parquet back.
 *
 * <ul>
 *   <li>Killed while staging: the previous run's tables and manifest are exactly as before, and
 *       the next run removes the dead run's staging folder and gives the tables of one clean run.
 *   <li>Killed between two table moves of the commit: the journal describes the half-moved state;
 *       the next run first completes that commit (the killed run's tables and manifest, equal to a
 *       clean run of its input), then runs, and ends equal to one clean run.
 * </ul>
 */
class InterruptedRunTest {

  private static final Path CORPUS = Paths.get("samples/corpus").toAbsolutePath();

  @TempDir static Path tmp;
  static Path smallInput;
  static Map<String, List<String>> cleanSmall;
  static Map<String, List<String>> cleanFull;

  /** References: clean runs of a 6-file part of the sample corpus and of all of it. */
  @BeforeAll
  static void cleanRuns() throws IOException {
    smallInput = tmp.resolve("small");
    Files.createDirectories(smallInput);
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("_")).sorted().limit(6).toList()) {
        Files.copy(f, smallInput.resolve(f.getFileName()));
      }
    }
    SparkSession spark = TestSpark.session();
    cleanSmall = runInProcess(spark, smallInput, tmp.resolve("clean-small"));
    cleanFull = runInProcess(spark, CORPUS, tmp.resolve("clean-full"));
    assertThat(cleanSmall.get("documents")).hasSize(6);
    assertThat(cleanFull.get("documents")).hasSize(12);
    assertThat(cleanFull).isNotEqualTo(cleanSmall);
  }

  @Test
  void killedWhileStagingLeavesThePreviousTablesAndTheRerunEqualsACleanRun() throws Exception {
    SparkSession spark = TestSpark.session();
    Path out = tmp.resolve("staging-kill");
    runInProcess(spark, smallInput, out);
    String before = manifestRunId(out);
    Map<String, List<String>> beforeTables = snapshot(spark, out);
    assertThat(beforeTables).isEqualTo(cleanSmall);

    List<String> lines = runAndKill(CORPUS, out, "staged:applications");
    assertThat(lines).anyMatch(l -> l.contains("halted at staged:applications"));

    assertThat(Files.isDirectory(out.resolve(TableWriter.STAGING))).as("the dead run's staging folder").isTrue();
    assertThat(Files.exists(out.resolve(TableWriter.JOURNAL))).as("no commit point reached").isFalse();
    assertThat(snapshot(spark, out)).as("tables after the kill").isEqualTo(beforeTables);
    assertThat(manifestRunId(out)).isEqualTo(before);
    assertThat(manifest(out).at("/counts/inputs").asLong()).isEqualTo(6);

    List<String> progress = new ArrayList<>();
    RunSummary rerun = new ReportJob(ParserFactory.reportParser(), progress::add)
        .run(JobConfig.of(CORPUS.toString(), out.toString()), spark);
    assertThat(progress).anyMatch(l -> l.startsWith("recovery: removed _staging/run-"));
    assertThat(rerun.inputs()).isEqualTo(12);
    assertThat(snapshot(spark, out)).as("tables after the rerun").isEqualTo(cleanFull);
    assertThat(manifest(out).at("/counts/inputs").asLong()).isEqualTo(12);
    assertThat(Files.exists(out.resolve(TableWriter.STAGING))).isFalse();
  }

  @Test
  void killedBetweenTwoTableMovesIsCompletedByTheNextRun() throws Exception {
    SparkSession spark = TestSpark.session();
    Path out = tmp.resolve("commit-kill");
    runInProcess(spark, smallInput, out);
    String before = manifestRunId(out);
    Map<String, List<String>> beforeTables = snapshot(spark, out);

    List<String> lines = runAndKill(CORPUS, out, "committed:applications");
    assertThat(lines).anyMatch(l -> l.contains("halted at committed:applications"));

    // The state a reader could see now is the one the journal describes: documents and
    // applications are the killed run's, the other tables still the previous run's.
    JsonNode journal = new ObjectMapper().readTree(out.resolve(TableWriter.JOURNAL).toFile());
    String killedRun = journal.path("run_id").asText();
    assertThat(killedRun).isNotEqualTo(before);
    assertThat(journal.at("/manifest/counts/inputs").asLong()).isEqualTo(12);
    Map<String, List<String>> mixed = snapshot(spark, out);
    assertThat(mixed.get("documents")).isEqualTo(cleanFull.get("documents"));
    assertThat(mixed.get("applications")).isEqualTo(cleanFull.get("applications"));
    assertThat(mixed.get("review_litigation")).isEqualTo(beforeTables.get("review_litigation"));
    assertThat(mixed.get("trends_national_year")).isEqualTo(beforeTables.get("trends_national_year"));
    assertThat(manifestRunId(out)).as("manifest not yet replaced").isEqualTo(before);

    // Recovery alone completes the killed run's commit: its tables, its manifest.
    List<String> actions = TableWriter.recover(spark.sparkContext().hadoopConfiguration(), out.toString());
    assertThat(actions).containsExactly("completed the interrupted commit of " + killedRun);
    assertThat(Files.exists(out.resolve(TableWriter.JOURNAL))).isFalse();
    assertThat(Files.exists(out.resolve(TableWriter.STAGING))).isFalse();
    assertThat(manifestRunId(out)).isEqualTo(killedRun);
    assertThat(snapshot(spark, out)).as("tables after recovery").isEqualTo(cleanFull);

    // And the next run over the same input gives one clean run's tables.
    RunSummary rerun = new ReportJob().run(JobConfig.of(CORPUS.toString(), out.toString()), spark);
    assertThat(rerun.reconciled()).isTrue();
    assertThat(snapshot(spark, out)).as("tables after the rerun").isEqualTo(cleanFull);
    assertThat(snapshot(spark, out).get("documents")).anyMatch(r -> r.contains("a_lujiang_2022.html"));
  }

  private static Map<String, List<String>> runInProcess(SparkSession spark, Path input, Path out) throws IOException {
    RunSummary s = new ReportJob().run(JobConfig.of(input.toString(), out.toString()), spark);
    assertThat(s.reconciled()).isTrue();
    return snapshot(spark, out);
  }

  /**
   * Runs {@code ogi run} in a child JVM that halts at {@code haltAt}, waits for its halt line,
   * kills it with SIGKILL and returns its stdout lines.
   */
  private static List<String> runAndKill(Path input, Path out, String haltAt) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of(
        "-Dspark.master=local[2]",
        "-Dspark.ui.enabled=false",
        "-Dspark.driver.host=127.0.0.1",
        "-Dspark.driver.bindAddress=127.0.0.1",
        "-Dspark.sql.shuffle.partitions=4",
        "-D" + ReportJob.CONF_TEST_HALT_AT + "=" + haltAt,
        "-cp", System.getProperty("java.class.path"),
        "io.ogi.cli.OgiCli", "run", "--input", input.toString(), "--output", out.toString()));
    File err = tmp.resolve("child-" + haltAt.replace(':', '-') + ".err").toFile();
    Process child = new ProcessBuilder(cmd).redirectError(err).start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<Boolean> halted = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (lines) {
            lines.add(line);
          }
          if (line.contains("halted at ")) {
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    });
    try {
      assertThat(halted.get(240, TimeUnit.SECONDS))
          .as("child reached %s (stderr in %s)", haltAt, err)
          .isTrue();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve(RunManifest.LAST_RUN).toFile());
  }

  private static String manifestRunId(Path out) throws IOException {
    return manifest(out).path("run_id").asText();
  }

  /** Every table's rows as sorted strings, year included. */
  private static Map<String, List<String>> snapshot(SparkSession spark, Path out) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String t : OutputSchemas.TABLES.keySet()) {
      tables.put(t, spark.read().parquet(out.resolve(t).toString()).collectAsList().stream()
          .map(Row::toString).sorted().toList());
    }
    return tables;
  }
}
