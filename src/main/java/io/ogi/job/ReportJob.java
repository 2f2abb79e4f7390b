package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.ogi.model.ParsedReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The {@code run} job: reads every report under an input path, parses each, and writes the document,
 * value and trend tables as Parquet partitioned by year.
 *
 * <p>Example, from the repository's launcher or spark-submit:
 *
 * <pre>
 * ogi run --input hdfs:///ogi/reports --output hdfs:///ogi/tables --years latest
 * </pre>
 *
 * <p>Tables ({@code docs/data-dictionary.md} describes every column): {@code documents},
 * {@code applications}, {@code review_litigation}, {@code proactive_disclosure}, {@code
 * legacy_statistics}, {@code trends_province_year}, {@code trends_national_year}.
 *
 * <p>The job never loses a document: unreadable, oversized and unparseable files are rows of
 * {@code documents} with status {@code rejected} and a reason, and the run's counts reconcile
 * (inputs = parsed + partial + rejected + duplicate).
 */
public final class ReportJob {

  /** Under the output root: the run's listing of input paths while it runs. */
  static final String LISTING_FOLDER = "_listing";

  private final ParserFactory parsers;
  private final Consumer<String> progress;

  /** A job with the project's parser, reporting progress nowhere. */
  public ReportJob() {
    this(ParserFactory.reportParser(), line -> {});
  }

  /** A job with another parser (tests inject fakes of known content). */
  public ReportJob(ParserFactory parsers) {
    this(parsers, line -> {});
  }

  /**
   * @param parsers makes one parser per partition, on the executors
   * @param progress receives one human-readable line per stage (listing, parsing, each table)
   */
  public ReportJob(ParserFactory parsers, Consumer<String> progress) {
    this.parsers = Objects.requireNonNull(parsers, "parsers");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the job.
   *
   * @return the counts of the run; check {@link RunSummary#reconciled()}
   * @throws IOException when the input cannot be listed or a table cannot be moved into place
   */
  public RunSummary run(JobConfig config, SparkSession spark) throws IOException {
    // Steps:
    //  1. list the input files on the driver (Hadoop FileSystem, recursive, no hidden files);
    //  2. parse: paths → tasks → read bytes (size limit) → parser → one row per file, failures
    //     as rejected rows; persisted, so the parser runs once per file;
    //  3. mark duplicates: same doc_id (SHA-256 of the bytes) → the smallest path is kept; then
    //     near-duplicates: same agency, year and numbers, similar text (NearDuplicates); warn
    //     where an agency's carried-over count disagrees with last year's carried forward;
    //  4. count statuses, and resolve the years filter (latest = newest parsed year);
    //  5. write documents, then the value tables cut from the parsed and partial documents;
    //  6. compute the trends by province and year, and nationally, and write them;
    //  7. reconcile: inputs = parsed + partial + rejected + duplicate;
    //  8. commit: journal, tables moved into place, the run manifest (_runs/<run-id>.json and
    //     _manifest.json), see TableWriter. Before step 1, an earlier run's interrupted commit is
    //     completed and dead runs' staging folders are removed.
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    RunManifest manifest = new RunManifest(runId());
    StageCpu cpu = StageCpu.register(spark.sparkContext());
    for (String action : TableWriter.recover(hadoopConf, config.output())) {
      progress.accept("recovery: " + action);
    }

    progress.accept("listing " + config.input());
    org.apache.hadoop.fs.Path listingFile =
        new org.apache.hadoop.fs.Path(config.output(), LISTING_FOLDER + "/" + manifest.runId() + ".txt");
    InputLister.Listing listing =
        InputLister.listTo(hadoopConf, config.input(), config.output(), listingFile);
    InputFormat format = config.inputFormat().resolve(listing.allWarc(), listing.allParquet());
    progress.accept(listing.count() + " files found (input format: " + format.label() + ")");
    manifest.endStage("list");

    DocumentReader reader =
        new DocumentReader(
            new HadoopConf(hadoopConf),
            slowed(parsers, spark.conf().get(CONF_TEST_SLOW_MILLIS_PER_DOC, "0")),
            config.maxDocBytes(),
            config.maxParseSeconds() * 1000,
            cpu.parserNanos());
    Dataset<Row> warcIndex = null;
    Long packedSplitBytes = null;
    long inputs;
    Dataset<Row> parsed;
    if (format == InputFormat.WARC) {
      List<String> paths = listing.paths(hadoopConf);
      progress.accept("indexing " + paths.size() + " WARC files");
      warcIndex = PackedInputs.indexWarcs(spark, paths, reader.hadoopConf());
      Dataset<Row> records = PackedInputs.warcDocuments(warcIndex);
      inputs = records.count();
      manifest.setSkippedRecords(PackedInputs.skippedWarcRecords(warcIndex));
      manifest.endStage("index");
      progress.accept("parsing " + inputs + " WARC records (skipped: " + manifest.skippedRecords() + ")");
      parsed = PackedInputs.parseWarc(records, partitionsFor(spark, config, inputs), reader);
    } else if (format == InputFormat.PARQUET) {
      List<String> files = listing.paths(hadoopConf);
      Dataset<Row> rows = PackedInputs.packedRows(spark, files);
      inputs = rows.count();
      packedSplitBytes =
          PackedInputs.splitFor(spark, PackedInputs.totalBytes(hadoopConf, files), partitionsFor(spark, config, inputs));
      progress.accept("parsing " + inputs + " packed documents"
          + (packedSplitBytes == null ? "" : " (read in splits of " + packedSplitBytes + " bytes)"));
      parsed = PackedInputs.parsePacked(rows, reader);
      if (config.partitions() != null) {
        parsed = parsed.repartition(config.partitions());
      }
    } else {
      inputs = listing.count();
      progress.accept("parsing " + inputs + " files");
      Dataset<String> paths = spark.read().text(listingFile.toString()).as(Encoders.STRING());
      parsed = parse(spark, paths, inputs, config, reader);
    }
    manifest.setInputFormat(format.label());
    int shufflePartitions = chooseShufflePartitions(spark, inputs);
    progress.accept("shuffle partitions: " + shufflePartitions);

    final Dataset<Row> index = warcIndex;
    TableWriter writer =
        new TableWriter(
            hadoopConf, config.output(), manifest.runId(), config.hasYearsFilter(), testHalt(spark));
    boolean committed = false;
    try {
      // The parser runs once per file: its rows are written to the run's work folder (Parquet,
      // outside the heap, read back column by column), and so are the documents once duplicates
      // and cross-year warnings are marked, since every table below reads them.
      final Dataset<Row> toParse = parsed;
      Dataset<Row> parsedDocs = PackedInputs.withSplitBytes(
          spark, packedSplitBytes, () -> materialize(spark, toParse, writer.workPath("parsed")));
      manifest.endStage("parse");
      SmallSides sides = new SmallSides(spark, writer::workPath, config.broadcastMaxRows(), progress);
      Dataset<Row> documents =
          withCorrections(
              spark,
              parsedDocs,
              CrossYearCheck.flag(NearDuplicates.mark(markDuplicates(parsedDocs, sides), sides), sides),
              sides,
              writer);
      manifest.setJoins(sides.choices());
      manifest.endStage("duplicates");
      List<SortedMap<String, Long>> counts = RunManifest.countByStatusAndParser(documents);
      Map<String, Long> statuses = counts.get(0);
      String fingerprint = RunManifest.inputFingerprint(documents);
      manifest.endStage("fingerprint");
      List<Integer> years = resolveYears(config, documents);
      Dataset<Row> selected =
          years == null ? documents : documents.where(col(OutputSchemas.YEAR).isin(years.toArray()));
      if (years != null) {
        progress.accept("years: " + years + " (only these partitions are replaced)");
      }

      stageTables(selected, writer, manifest);

      RunSummary summary =
          new RunSummary(
              inputs,
              statuses.getOrDefault(ParsedReport.STATUS_PARSED, 0L),
              statuses.getOrDefault(ParsedReport.STATUS_PARTIAL, 0L),
              statuses.getOrDefault(ParsedReport.STATUS_REJECTED, 0L),
              statuses.getOrDefault(ParsedReport.STATUS_DUPLICATE, 0L),
              config.output(),
              years);
      if (!summary.reconciled()) {
        progress.accept("NOT RECONCILED: " + inputs + " inputs but statuses " + statuses);
      }
      manifest.setCpu(cpu.taskMillisByStage(spark.sparkContext(), manifest.stageEnds()), cpu.parserMillis());
      progress.accept("committing " + manifest.runId());
      writer.commit(manifest.json(spark, config, summary, fingerprint, counts.get(1)));
      committed = true;
      progress.accept(
          "manifest: " + config.output() + "/" + RunManifest.LAST_RUN + " (" + manifest.runId() + ")");
      return summary;
    } finally {
      spark.sparkContext().removeSparkListener(cpu); // already gone after a commit: no-op
      if (!committed) {
        writer.abandon();
      }
      if (index != null) {
        index.unpersist();
      }
      InputLister.deleteListing(hadoopConf, listingFile);
    }
  }


  /** The columns duplicate marking and the cross-year check may change. */
  private static final List<String> CORRECTED =
      List.of("status", "duplicate_of", "duplicate_of_doc_id", "reason", "flags");

  /**
   * {@code parsed} with the changes {@code marked} makes to it (duplicates, cross-year warnings):
   * the changed rows' corrected columns are written to {@code _work/corrections} (few: one per
   * duplicate or warned document), and applied to the parsed rows by a broadcast join. So the parsed rows are
   * written once and never shuffled, and the marking's joins run once, not once per table. When
   * the corrections are too many to broadcast ({@link JobConfig#broadcastMaxRows()}), they are
   * applied by one shuffle join whose result is written to the work folder ({@code _work/documents})
   * and read by every table, so the parsed rows are shuffled once, not once per table.
   */
  private static Dataset<Row> withCorrections(
      SparkSession spark, Dataset<Row> parsed, Dataset<Row> marked, SmallSides sides, TableWriter writer) {
    List<Column> after = new ArrayList<>();
    after.add(col("source_path").as("_c_path"));
    CORRECTED.forEach(c -> after.add(col(c).as("_c_" + c)));
    Dataset<Row> before =
        parsed.select(
            col("source_path").as("_b_path"), col("status").as("_b_status"),
            col("duplicate_of").as("_b_duplicate_of"), col("flags").as("_b_flags"));
    Dataset<Row> changed = marked.select(after.toArray(new Column[0]));
    Dataset<Row> corrections = sides.join(
        "corrections",
        changed
            .join(before, changed.col("_c_path").equalTo(before.col("_b_path")))
            .where(
                not(col("_c_status").eqNullSafe(col("_b_status"))
                    .and(col("_c_duplicate_of").eqNullSafe(col("_b_duplicate_of")))
                    .and(col("_c_flags").eqNullSafe(col("_b_flags")))))
            .select(changed.columns()[0], java.util.Arrays.copyOfRange(changed.columns(), 1, changed.columns().length)));
    Dataset<Row> joined =
        parsed.join(corrections, parsed.col("source_path").equalTo(corrections.col("_c_path")), "left");
    for (String c : CORRECTED) {
      joined = joined.withColumn(c, when(col("_c_path").isNotNull(), col("_c_" + c)).otherwise(col(c)));
    }
    Dataset<Row> corrected = OutputSchemas.conform(joined, OutputSchemas.PARSED_DOCUMENT);
    return sides.broadcasted("corrections") ? corrected : materialize(spark, corrected, writer.workPath("documents"));
  }

  /** Writes {@code rows} as Parquet to {@code path} and reads them back, in their schema's order. */
  private static Dataset<Row> materialize(SparkSession spark, Dataset<Row> rows, org.apache.hadoop.fs.Path path) {
    // No dictionaries: most columns here are unique per document (paths, ids, packed values), and
    // hashing each packed value into a dictionary that overflows cost a third of this write.
    rows.write().mode(SaveMode.Overwrite).option("parquet.enable.dictionary", "false").parquet(path.toString());
    return OutputSchemas.conform(spark.read().parquet(path.toString()), OutputSchemas.PARSED_DOCUMENT);
  }

  /** Step 2: one {@link OutputSchemas#PARSED_DOCUMENT} row per path. */
  private static Dataset<Row> parse(
      SparkSession spark, Dataset<String> paths, long count, JobConfig config, DocumentReader reader) {
    return paths
        .repartition(partitionsFor(spark, config, count))
        .mapPartitions(reader, Encoders.row(OutputSchemas.PARSED_DOCUMENT));
  }

  /**
   * Documents per parse task at most, by default. Every task costs a little (its start, its own
   * work file, which each later step opens again): a million documents read in 200 tasks of 5,000
   * took 7.5 % longer than in 16 (back to back, twice each: 417.7 and 422.7 s against 388.6 and
   * 391.7 s); in tasks of 20,000 that cost stays near 1 %, and the tasks still outnumber the cores
   * of all but large clusters, which get 4 per core anyway.
   */
  static final long DOCUMENTS_PER_TASK = 20_000;

  private static int partitionsFor(SparkSession spark, JobConfig config, long documents) {
    if (config.partitions() != null) {
      return config.partitions();
    }
    // A few tasks per core evens out slow documents (large PDFs) without a task per file; large
    // inputs get more, so that no task parses more than DOCUMENTS_PER_TASK documents (a task
    // that fails is parsed again whole).
    long perCore = spark.sparkContext().defaultParallelism() * 4L;
    long bySize = (documents + DOCUMENTS_PER_TASK - 1) / DOCUMENTS_PER_TASK;
    return (int) Math.max(1, Math.min(documents, Math.max(perCore, bySize)));
  }

  /** Rows per shuffle partition aimed at when the run picks {@value #SHUFFLE_PARTITIONS}. */
  static final long DOCUMENTS_PER_SHUFFLE_PARTITION = 20_000;

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /**
   * Spark's default of 200 shuffle partitions costs every shuffle 200 tasks (and each map task 200
   * files), whatever the input: far too many for thousands of documents on a few cores. Unless
   * set by the user ({@code --conf spark.sql.shuffle.partitions=N}), the run uses one partition per
   * {@value #DOCUMENTS_PER_SHUFFLE_PARTITION} documents, at least one per core, at most 200.
   *
   * @return the setting in force for this run
   */
  static int chooseShufflePartitions(SparkSession spark, long documents) {
    if (spark.sparkContext().getConf().contains(SHUFFLE_PARTITIONS)) {
      return Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS));
    }
    long cores = spark.sparkContext().defaultParallelism();
    long n = Math.max(cores, Math.min(200, (documents + DOCUMENTS_PER_SHUFFLE_PARTITION - 1) / DOCUMENTS_PER_SHUFFLE_PARTITION));
    spark.conf().set(SHUFFLE_PARTITIONS, Long.toString(n));
    return (int) n;
  }

  /**
   * Step 3: documents with the same doc_id as one with a smaller source path become {@code
   * duplicate}, with {@code duplicate_of} naming the kept path. Documents whose bytes could not be
   * read have no doc_id and are never duplicates.
   */
  static Dataset<Row> markDuplicates(Dataset<Row> docs, SmallSides sides) {
    // The groups are the duplicated ids only, few: broadcast while few, so the parsed rows are not
    // shuffled.
    Dataset<Row> groups = sides.join(
        "duplicates",
        docs.where(col("doc_id").isNotNull())
            .groupBy(col("doc_id"))
            .agg(min("source_path").as("_kept"), count(lit(1)).as("_copies"))
            .where(col("_copies").gt(1))
            .select(col("doc_id").as("_dup_id"), col("_kept")));
    Dataset<Row> joined =
        docs.join(groups, docs.col("doc_id").equalTo(groups.col("_dup_id")), "left");
    var isDuplicate = col("_kept").isNotNull().and(col("source_path").notEqual(col("_kept")));
    return OutputSchemas.conform(
        joined
            .withColumn("status", when(isDuplicate, lit(ParsedReport.STATUS_DUPLICATE)).otherwise(col("status")))
            .withColumn("duplicate_of", when(isDuplicate, col("_kept")).otherwise(col("duplicate_of")))
            .withColumn(
                "duplicate_of_doc_id", when(isDuplicate, col("doc_id")).otherwise(col("duplicate_of_doc_id")))
            .withColumn(
                "reason",
                when(isDuplicate, lit("same content as duplicate_of (kept: smallest path)"))
                    .otherwise(col("reason"))),
        OutputSchemas.PARSED_DOCUMENT);
  }

  /** Step 4: the years to write, or {@code null} for all (tables replaced whole). */
  private List<Integer> resolveYears(JobConfig config, Dataset<Row> documents) {
    if (config.years() != null) {
      return config.years();
    }
    if (!config.latestYear()) {
      return null;
    }
    Row newest =
        documents
            .where(col("status").isin(ReportRows.VALUED_STATUSES.toArray()))
            .where(col(OutputSchemas.YEAR).notEqual(OutputSchemas.UNKNOWN_YEAR))
            .agg(max(OutputSchemas.YEAR))
            .first();
    if (newest.isNullAt(0)) {
      progress.accept("latest: no parsed document has a year; nothing to write");
      return List.of();
    }
    progress.accept("latest year in the input: " + newest.getInt(0));
    return List.of(newest.getInt(0));
  }

  /** Steps 5 and 6: every table staged; nothing in place changes until the commit. */
  private void stageTables(Dataset<Row> documents, TableWriter writer, RunManifest manifest)
      throws IOException {
    progress.accept("staging " + OutputSchemas.DOCUMENTS);
    writer.stage(OutputSchemas.DOCUMENTS, documents);
    manifest.endStage("write " + OutputSchemas.DOCUMENTS);
    // Each value table is cut from the documents' packed values as it is staged: decoding them
    // once per table costs less than writing every value row of all four and reading it back.
    SparkSession spark = documents.sparkSession();
    // Sorting the documents (year, province, doc_id) puts the value rows in the tables' order, as
    // ValueTableCutter gives a document's rows in key order: the value rows themselves are never sorted.
    Dataset<Row> valued = documents.where(col("status").isin(ReportRows.VALUED_STATUSES.toArray()));
    for (String table : OutputSchemas.VALUE_TABLES) {
      progress.accept("staging " + table);
      int bit = 1 << OutputSchemas.VALUE_TABLES.indexOf(table);
      Dataset<Row> sources =
          valued
              .where(col("value_tables").bitwiseAND(bit).notEqual(0))
              .select(ReportRows.valueSourceColumns(table).stream().map(functions::col).toArray(Column[]::new))
              .sortWithinPartitions(col(OutputSchemas.YEAR), col("province"), col("doc_id"));
      writer.stageInOrder(table, ValueTableCutter.cut(sources, table));
      manifest.endStage("write " + table);
    }

    progress.accept("computing trends");
    // one row of measures per document, small: written once, read by both trend tables
    org.apache.hadoop.fs.Path measuresPath = writer.workPath("measures");
    TrendMeasures.of(
            documents.select(TrendMeasures.DOCUMENT_COLUMNS.stream().map(functions::col).toArray(Column[]::new)))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(measuresPath.toString());
    Dataset<Row> measures = spark.read().parquet(measuresPath.toString());
    progress.accept("staging " + OutputSchemas.TRENDS_PROVINCE_YEAR);
    writer.stage(OutputSchemas.TRENDS_PROVINCE_YEAR, TrendTables.byProvinceYear(measures));
    manifest.endStage("write " + OutputSchemas.TRENDS_PROVINCE_YEAR);
    progress.accept("staging " + OutputSchemas.TRENDS_NATIONAL_YEAR);
    writer.stage(OutputSchemas.TRENDS_NATIONAL_YEAR, TrendTables.byNationalYear(measures));
    manifest.endStage("write " + OutputSchemas.TRENDS_NATIONAL_YEAR);
  }

  /**
   * Test hook {@value #CONF_TEST_HALT_AT} (e.g. {@code staged:applications}, {@code
   * committed:documents}): at that step of the write, print a line and stop still until killed,
   * so the interruption tests can kill the JVM at a known point. Unset in every real run.
   */
  static final String CONF_TEST_HALT_AT = "spark.ogi.test.haltAt";

  /**
   * Test hook {@value #CONF_TEST_SLOW_MILLIS_PER_DOC}: each parse first sleeps this long, so the
   * cluster fault test can kill an executor while its tasks run. Unset (0) in every real run.
   */
  static final String CONF_TEST_SLOW_MILLIS_PER_DOC = "spark.ogi.test.slowMillisPerDoc";

  private static ParserFactory slowed(ParserFactory parsers, String millis) {
    long ms = Long.parseLong(millis.trim());
    if (ms <= 0) {
      return parsers;
    }
    return () -> {
      ParserFactory.DocumentParser p = parsers.create();
      return (path, bytes) -> {
        try {
          Thread.sleep(ms);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        return p.parse(path, bytes);
      };
    };
  }

  private Consumer<String> testHalt(SparkSession spark) {
    String at = spark.conf().get(CONF_TEST_HALT_AT, "");
    if (at.isBlank()) {
      return step -> {};
    }
    return step -> {
      if (step.equals(at.trim())) {
        progress.accept("halted at " + step + " (" + CONF_TEST_HALT_AT + "), waiting to be killed");
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("halted at " + step, e);
        }
      }
    };
  }

  private static String runId() {
    return "run-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
