package io.ogi.job;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the tables as Parquet partitioned by {@code year} with a crash-safe commit: a run that
 * dies at any point leaves either the previous run's tables or (after the next run's recovery) this
 * run's, never a mix that {@code _manifest.json} does not describe.
 *
 * <p>The protocol, for one run with id {@code R} under the output root:
 *
 * <ol>
 *   <li><b>Stage</b> ({@link #stage}): every table is written in full to {@code _staging/R/<table>}.
 *       The tables in place are not touched; a run killed here leaves them as they were, and its
 *       staging folder is deleted by the next run.
 *   <li><b>Commit point</b> ({@link #commit}): the journal {@code _commit.json} is written (to a
 *       temporary name, then renamed, so it exists whole or not at all). It lists every move the
 *       commit will make and holds the run's manifest. From here on the run is committed: a crash
 *       is completed (rolled forward) by the next run, never rolled back.
 *   <li><b>Moves</b>: per table, the table folder (or, with a years filter, each written {@code
 *       year=<y>} folder) in place is renamed into {@code _staging/R/<table>.replaced} and the
 *       staged one renamed into its place. Each step checks the state first, so repeating it after
 *       a crash is harmless.
 *   <li><b>Manifest</b>: {@code _runs/R.json}, then {@code _manifest.json} (written aside and
 *       renamed).
 *   <li><b>Done</b>: the journal is deleted, then {@code _staging/R}.
 * </ol>
 *
 * <p>{@link #recover} runs at the start of every run: it completes a commit whose journal it finds,
 * and deletes the staging folders of runs that died before their commit point. Readers: while
 * {@code _commit.json} exists a commit is under way (it takes only renames: milliseconds) or was
 * interrupted; without it, the tables are exactly what {@code _manifest.json} describes. One run at
 * a time per output root.
 */
final class TableWriter {

  static final String STAGING = "_staging";
  static final String JOURNAL = "_commit.json";
  private static final String JOURNAL_TMP = "_commit.json.tmp";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Configuration conf;
  private final Path outputRoot;
  private final String runId;
  private final Path stagingRoot;
  private final boolean replacePartitionsOnly;
  private final Consumer<String> checkpoint;
  /** Staged tables in order, with the partitions to move ({@code null}: the whole table). */
  private final Map<String, List<String>> staged = new LinkedHashMap<>();

  TableWriter(Configuration conf, String outputRoot, String runId, boolean replacePartitionsOnly) {
    this(conf, outputRoot, runId, replacePartitionsOnly, step -> {});
  }

  /**
   * @param checkpoint told {@code staged:<table>} after each table is staged and {@code
   *     committed:<table>} after each table is moved into place (the interruption tests stop the
   *     JVM there)
   */
  TableWriter(
      Configuration conf,
      String outputRoot,
      String runId,
      boolean replacePartitionsOnly,
      Consumer<String> checkpoint) {
    this.conf = conf;
    this.outputRoot = new Path(outputRoot);
    this.runId = runId;
    this.stagingRoot = new Path(this.outputRoot, STAGING + "/" + runId);
    this.replacePartitionsOnly = replacePartitionsOnly;
    this.checkpoint = checkpoint;
  }

  /**
   * A folder for the run's intermediate data ({@code name}: parsed rows, documents), inside its
   * staging folder: removed with it at the commit or when the run is abandoned or found dead.
   */
  Path workPath(String name) {
    return new Path(stagingRoot, WORK + "/" + name);
  }

  static final String WORK = "_work";

  /** The folder of {@code table} under the output root. */
  Path tablePath(String table) {
    return new Path(outputRoot, table);
  }

  /**
   * Writes {@code rows} as {@code table} into the staging folder: conformed to its schema, one task
   * per year, sorted within the year by the table's sort columns. Nothing in place changes.
   */
  void stage(String table, Dataset<Row> rows) throws IOException {
    List<Column> sort = new ArrayList<>();
    sort.add(col(OutputSchemas.YEAR));
    for (String c : OutputSchemas.sortColumns(table)) {
      sort.add(col(c));
    }
    Dataset<Row> conformed = declared(table, rows);
    write(
        table,
        conformed.repartition(col(OutputSchemas.YEAR)).sortWithinPartitions(sort.toArray(new Column[0])),
        conformed);
  }

  /** At most this many years open at once in a task of {@link #stageInOrder}; past it, Spark sorts. */
  static final int MAX_OPEN_YEARS = 64;

  private static final String CONCURRENT_WRITERS = "spark.sql.maxConcurrentOutputFileWriters";

  /**
   * As {@link #stage}, for rows already in order within each partition (year, then the table's
   * sort columns): written as they come, a file per year and partition, with no shuffle and no
   * sort. For the value tables, tens of millions of rows at a million documents: moving each of
   * them across a shuffle and sorting it cost as much as cutting them (README, Performance).
   */
  void stageInOrder(String table, Dataset<Row> rows) throws IOException {
    Dataset<Row> conformed = declared(table, rows);
    var conf = conformed.sparkSession().conf();
    String before = conf.get(CONCURRENT_WRITERS, "0");
    // With concurrent writers Spark plans no sort by the partition column before the write.
    conf.set(CONCURRENT_WRITERS, Integer.toString(MAX_OPEN_YEARS));
    try {
      write(table, conformed, conformed);
    } finally {
      conf.set(CONCURRENT_WRITERS, before);
    }
  }

  /** {@code rows} in {@code table}'s schema, nullability included. */
  private static Dataset<Row> declared(String table, Dataset<Row> rows) {
    StructType schema = OutputSchemas.TABLES.get(table);
    Dataset<Row> conformed = OutputSchemas.conform(rows, schema);
    if (!conformed.schema().equals(schema)) {
      // Read back from the run's work files every column is nullable: written as declared, so a
      // column the dictionary says is never null stays required in the Parquet schema. The rows
      // are handed on as Spark holds them (same columns, same types: only nullability differs);
      // through Java Rows (javaRDD, createDataFrame) every row was converted twice.
      if (!OutputSchemas.nullable(conformed.schema()).equals(OutputSchemas.nullable(schema))) {
        throw new IllegalStateException(table + ": columns " + conformed.schema().simpleString()
            + " are not those declared, " + schema.simpleString());
      }
      // a null where the table declares none fails the task, with the column named, rather than
      // reaching the Parquet writer
      Column[] checked = new Column[schema.fields().length];
      for (int i = 0; i < checked.length; i++) {
        StructField f = schema.fields()[i];
        Column c = col(f.name());
        checked[i] = (f.nullable()
                ? c
                : functions.when(c.isNull(), functions.raise_error(functions.lit(
                        table + "." + f.name() + " is null, but the table declares it never is")))
                    .otherwise(c))
            .as(f.name());
      }
      conformed = conformed.select(checked);
      var plan = ((org.apache.spark.sql.classic.Dataset<Row>) conformed).queryExecution();
      var spark = (org.apache.spark.sql.classic.SparkSession) conformed.sparkSession();
      conformed = spark.internalCreateDataFrame(plan.toRdd(), schema, false);
    }
    return conformed;
  }

  private void write(String table, Dataset<Row> ordered, Dataset<Row> conformed) throws IOException {
    Path stagedTable = new Path(stagingRoot, table);
    ordered
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(OutputSchemas.YEAR)
        .parquet(stagedTable.toString());
    List<String> partitions = partitionNames(stagedTable);
    if (partitions.isEmpty() && !replacePartitionsOnly) {
      // A partitioned write of no rows leaves no file, and readers then cannot infer the schema:
      // an empty table is one empty Parquet file that carries it (year as an ordinary column).
      conformed.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).parquet(stagedTable.toString());
    }
    // With a years filter only the written partitions move (none: the table stays as it was).
    staged.put(table, replacePartitionsOnly ? partitions : null);
    checkpoint.accept("staged:" + table);
  }

  /**
   * Commits every staged table and publishes the run's manifest: writes the journal (the commit
   * point), makes the moves, writes {@code _runs/<run>.json} and {@code _manifest.json}, deletes the
   * journal and the staging folder.
   */
  void commit(byte[] manifestJson) throws IOException {
    FileSystem fs = outputRoot.getFileSystem(conf);
    ObjectNode journal = JSON.createObjectNode();
    journal.put("run_id", runId);
    ArrayNode tables = journal.putArray("tables");
    for (Map.Entry<String, List<String>> e : staged.entrySet()) {
      ObjectNode t = tables.addObject();
      t.put("table", e.getKey());
      if (e.getValue() == null) {
        t.put("whole", true);
      } else {
        t.put("whole", false);
        ArrayNode parts = t.putArray("partitions");
        e.getValue().forEach(parts::add);
      }
    }
    journal.set("manifest", JSON.readTree(manifestJson));
    Path tmp = new Path(outputRoot, JOURNAL_TMP);
    writeFile(fs, tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(journal));
    rename(fs, tmp, new Path(outputRoot, JOURNAL)); // the commit point
    checkpoint.accept("journal");
    complete(fs, outputRoot, journal, checkpoint);
  }

  /**
   * Removes this run's staging folder after a failure before the commit point. After it (the
   * journal names this run) nothing is removed: the next run completes the commit.
   */
  void abandon() throws IOException {
    FileSystem fs = outputRoot.getFileSystem(conf);
    JsonNode journal = readJournal(fs, outputRoot);
    if (journal != null && runId.equals(journal.path("run_id").asText())) {
      return;
    }
    fs.delete(stagingRoot, true);
    deleteIfEmpty(fs, stagingRoot.getParent());
  }

  /**
   * Brings an output root back to a committed state before a run: completes an interrupted commit
   * (its journal is present) and deletes the staging folders of runs that never reached their
   * commit point.
   *
   * @return one line per action taken (empty when the root was clean)
   */
  static List<String> recover(Configuration conf, String output) throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(conf);
    List<String> actions = new ArrayList<>();
    if (!fs.exists(root)) {
      return actions;
    }
    fs.delete(new Path(root, JOURNAL_TMP), false); // a journal never finished: not committed
    JsonNode journal = readJournal(fs, root);
    if (journal != null) {
      String run = journal.path("run_id").asText();
      complete(fs, root, journal, step -> {});
      actions.add("completed the interrupted commit of " + run);
    }
    Path staging = new Path(root, STAGING);
    if (fs.exists(staging)) {
      for (FileStatus s : fs.listStatus(staging)) {
        fs.delete(s.getPath(), true);
        actions.add("removed " + STAGING + "/" + s.getPath().getName() + " (a run that died before its commit)");
      }
      fs.delete(staging, true);
    }
    return actions;
  }

  /** Makes the journal's moves (each only if not yet made), publishes its manifest, cleans up. */
  private static void complete(FileSystem fs, Path root, JsonNode journal, Consumer<String> checkpoint)
      throws IOException {
    String run = journal.path("run_id").asText();
    Path runStaging = new Path(root, STAGING + "/" + run);
    for (JsonNode t : journal.path("tables")) {
      String table = t.path("table").asText();
      Path staged = new Path(runStaging, table);
      Path target = new Path(root, table);
      Path parked = new Path(runStaging, table + ".replaced");
      if (t.path("whole").asBoolean()) {
        if (fs.exists(staged)) {
          if (fs.exists(target)) {
            fs.delete(parked, true);
            rename(fs, target, parked);
          }
          rename(fs, staged, target);
        }
      } else {
        List<String> partitions = new ArrayList<>();
        t.path("partitions").forEach(p -> partitions.add(p.asText()));
        movePartitions(fs, staged, target, parked, partitions);
      }
      checkpoint.accept("committed:" + table);
    }
    byte[] manifest = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(journal.path("manifest"));
    RunManifest.publish(fs, root, run, manifest);
    fs.delete(new Path(root, JOURNAL), false);
    fs.delete(runStaging, true);
    deleteIfEmpty(fs, runStaging.getParent());
  }

  private static void movePartitions(
      FileSystem fs, Path staged, Path target, Path parked, List<String> partitions) throws IOException {
    if (partitions.isEmpty()) {
      return; // nothing of these years: the table stays as it was
    }
    fs.mkdirs(target);
    if (fs.exists(target)) {
      for (FileStatus stray : fs.listStatus(target)) {
        // The schema-only file of a table that was empty: partitions must not sit beside it.
        if (stray.isFile() && stray.getPath().getName().endsWith(".parquet")) {
          fs.delete(stray.getPath(), false);
        }
      }
    }
    for (String name : partitions) {
      Path src = new Path(staged, name);
      if (!fs.exists(src)) {
        continue; // moved before the crash
      }
      Path dst = new Path(target, name);
      if (fs.exists(dst)) {
        fs.mkdirs(parked);
        Path park = new Path(parked, name);
        fs.delete(park, true);
        rename(fs, dst, park);
      }
      rename(fs, src, dst);
    }
  }

  private static JsonNode readJournal(FileSystem fs, Path root) throws IOException {
    Path journal = new Path(root, JOURNAL);
    if (!fs.exists(journal)) {
      return null;
    }
    try (FSDataInputStream in = fs.open(journal)) {
      return JSON.readTree(in.readAllBytes());
    }
  }

  /** The {@code year=<y>} folder names of a written table, sorted. */
  private List<String> partitionNames(Path table) throws IOException {
    FileSystem fs = table.getFileSystem(conf);
    List<String> found = new ArrayList<>();
    if (fs.exists(table)) {
      for (FileStatus s : fs.listStatus(table)) {
        if (s.isDirectory() && s.getPath().getName().startsWith(OutputSchemas.YEAR + "=")) {
          found.add(s.getPath().getName());
        }
      }
    }
    found.sort(null);
    return found;
  }

  private static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, true);
    }
  }

  static void writeFile(FileSystem fs, Path path, byte[] bytes) throws IOException {
    try (FSDataOutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
  }
}
