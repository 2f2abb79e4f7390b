package io.ogi.job;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The record of one run of {@link ReportJob}, written as JSON beside the tables once they are in
 * place: {@code <output>/_runs/<run-id>.json} (one file per run, an operator's history of yearly
 * runs) and the same content in {@code <output>/_manifest.json} (the last run). Both names start
 * with {@code _}, so Spark, DuckDB and the job's own input lister skip them.
 *
 * <p>It holds the run id and settings, an input fingerprint (see {@link #inputFingerprint}), the
 * counts by status, the years written, the versions (job, parser, Spark, Scala, Java), where it ran
 * (master, deploy mode, application id), the time of each stage, and the CPU time of each stage
 * ({@code cpu_ms}: Spark's task threads by stage, and the parser's own threads; {@link StageCpu}).
 */
final class RunManifest {

  static final String RUNS_FOLDER = "_runs";
  static final String LAST_RUN = "_manifest.json";

  private final String runId;
  private final Instant started = Instant.now();
  private final long startNanos = System.nanoTime();
  private long stageStart = startNanos;
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();
  /** Each stage's end on the wall clock (ms), to which {@link StageCpu} assigns the tasks. */
  private final Map<String, Long> stageEnds = new LinkedHashMap<>();
  private Map<String, Long> taskCpuMillis;
  private long parserCpuMillis;
  private String inputFormat = InputFormat.FILES.label();
  private SortedMap<String, Long> skippedRecords = new TreeMap<>();
  private Map<String, SmallSides.Choice> joins = new LinkedHashMap<>();

  RunManifest(String runId) {
    this.runId = runId;
  }

  String runId() {
    return runId;
  }

  /** How each small side of a join with the documents was joined ({@link SmallSides}). */
  void setJoins(Map<String, SmallSides.Choice> choices) {
    this.joins = new LinkedHashMap<>(choices);
  }

  /** How the input was stored ({@code files}, {@code warc}, {@code parquet}). */
  void setInputFormat(String format) {
    this.inputFormat = format;
  }

  /** WARC records that are not documents ({@code warcinfo}, {@code request} …), by type. */
  void setSkippedRecords(SortedMap<String, Long> skipped) {
    this.skippedRecords = new TreeMap<>(skipped);
  }

  SortedMap<String, Long> skippedRecords() {
    return skippedRecords;
  }

  /** Records the time since the previous stage ended (or the run started) under {@code stage}. */
  void endStage(String stage) {
    long now = System.nanoTime();
    stageMillis.put(stage, (now - stageStart) / 1_000_000);
    stageEnds.put(stage, System.currentTimeMillis());
    stageStart = now;
  }

  /** The stages so far and when each ended (wall clock, ms), in the order they ran. */
  Map<String, Long> stageEnds() {
    return new LinkedHashMap<>(stageEnds);
  }

  /**
   * The run's CPU time: Spark's task threads by stage (with {@code total}), and the parser's own
   * threads (all in the parse stage); see {@link StageCpu}.
   */
  void setCpu(Map<String, Long> taskMillisByStage, long parserMillis) {
    this.taskCpuMillis = new LinkedHashMap<>(taskMillisByStage);
    this.parserCpuMillis = parserMillis;
  }

  /**
   * SHA-256 over the sorted lines {@code source_path \t size_bytes \t doc_id} of every listed
   * file: the same files at the same paths with the same bytes give the same fingerprint, whatever
   * the order of listing or the cluster. Files that could not be read have an empty doc_id. Streams
   * the documents to the driver one partition at a time, so it needs no driver memory per file.
   */
  static String inputFingerprint(Dataset<Row> documents) {
    MessageDigest sha = sha256();
    Iterator<Row> rows =
        documents
            .select(col("source_path"), col("size_bytes"), col("doc_id"))
            .orderBy(col("source_path"))
            .toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      String line =
          r.getString(0) + '\t' + r.getLong(1) + '\t' + (r.isNullAt(2) ? "" : r.getString(2)) + '\n';
      sha.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The manifest of a finished run, as JSON (published by {@link TableWriter#commit} once the
   * tables are in place, so it always describes the tables beside it).
   *
   * @param parserVersions documents by parser version ({@code null} key: never parsed)
   */
  byte[] json(
      SparkSession spark,
      JobConfig config,
      RunSummary summary,
      String fingerprint,
      SortedMap<String, Long> parserVersions)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    m.put("input", config.input());
    m.put("input_format", inputFormat);
    m.put("output", config.output());
    m.put("years_filter", config.latestYear() ? JobConfig.LATEST : config.years() == null ? "all" : config.years());
    m.put("years_written", summary.yearsWritten() == null ? "all" : summary.yearsWritten());
    m.put("input_fingerprint", fingerprint);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("inputs", summary.inputs());
    counts.put("parsed", summary.parsed());
    counts.put("partial", summary.partial());
    counts.put("rejected", summary.rejected());
    counts.put("duplicate", summary.duplicate());
    counts.put("reconciled", summary.reconciled());
    counts.put("skipped_records", skippedRecords);
    m.put("counts", counts);
    Map<String, Object> versions = new LinkedHashMap<>();
    String jobVersion = ReportJob.class.getPackage().getImplementationVersion();
    versions.put("ogi_reports", jobVersion == null ? "dev" : jobVersion);
    versions.put("parser", parserVersions);
    versions.put("spark", spark.version());
    versions.put("scala", scala.util.Properties.versionNumberString());
    versions.put("java", System.getProperty("java.version"));
    m.put("versions", versions);
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("master", spark.sparkContext().master());
    cluster.put("deploy_mode", spark.conf().get("spark.submit.deployMode", "client"));
    cluster.put("application_id", spark.sparkContext().applicationId());
    cluster.put("default_parallelism", spark.sparkContext().defaultParallelism());
    m.put("spark", cluster);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("max_doc_bytes", config.maxDocBytes());
    settings.put("partitions", config.partitions() == null ? "auto" : config.partitions());
    settings.put("broadcast_max_rows", config.broadcastMaxRows());
    m.put("settings", settings);
    Map<String, Object> joinsOut = new LinkedHashMap<>();
    joins.forEach((name, c) -> {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("rows", c.rows());
      j.put("strategy", c.strategy());
      joinsOut.put(name, j);
    });
    m.put("joins", joinsOut);
    Map<String, Object> timings = new LinkedHashMap<>(stageMillis);
    timings.put("total", (System.nanoTime() - startNanos) / 1_000_000);
    m.put("timings_ms", timings);
    if (taskCpuMillis != null) {
      Map<String, Object> cpu = new LinkedHashMap<>();
      cpu.put("parser_threads", parserCpuMillis);
      cpu.put("task_threads", taskCpuMillis);
      m.put("cpu_ms", cpu);
    }

    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
  }

  /**
   * Writes a run's manifest under the output root: {@code _runs/<run-id>.json}, then {@code
   * _manifest.json}, written aside and renamed so a reader sees the previous manifest or this one,
   * never half.
   */
  static void publish(FileSystem fs, Path root, String runId, byte[] json) throws IOException {
    writeFile(fs, new Path(new Path(root, RUNS_FOLDER), runId + ".json"), json);
    Path tmp = new Path(root, "_" + runId + ".manifest.tmp");
    writeFile(fs, tmp, json);
    Path last = new Path(root, LAST_RUN);
    fs.delete(last, false);
    if (!fs.rename(tmp, last)) {
      throw new IOException("could not move " + tmp + " to " + last);
    }
  }

  /** The run's counts by status and by parser version, from one aggregation. */
  static List<SortedMap<String, Long>> countByStatusAndParser(Dataset<Row> documents) {
    SortedMap<String, Long> byStatus = new TreeMap<>();
    SortedMap<String, Long> byParser = new TreeMap<>();
    for (Row r : documents.groupBy("status", "parser_version").count().collectAsList()) {
      byStatus.merge(r.getString(0), r.getLong(2), Long::sum);
      byParser.merge(r.isNullAt(1) ? "none" : r.getString(1), r.getLong(2), Long::sum);
    }
    return List.of(byStatus, byParser);
  }

  private static void writeFile(FileSystem fs, Path path, byte[] bytes) throws IOException {
    try (FSDataOutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
