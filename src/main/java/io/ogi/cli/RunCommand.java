package io.ogi.cli;

import io.ogi.job.JobConfig;
import io.ogi.job.ParserFactory;
import io.ogi.job.ReportJob;
import io.ogi.job.RunSummary;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code ogi run}: parses every report under {@code --input} into Parquet tables under {@code
 * --output}. Prints progress lines while it works and, as its last line on stdout, exactly {@code
 * run: inputs=<n> parsed=<n> partial=<n> rejected=<n> duplicate=<n> output=<path>}.
 *
 * <p>Exit codes: 0 done and reconciled; 1 the counts do not reconcile (a document was lost); 2 bad
 * options; 3 the job failed.
 */
@Command(
    name = "run",
    header = "The Spark job: reports in, Parquet tables out.",
    sortOptions = false,
    description = {
      "Parses Open Government Information annual reports into Parquet tables partitioned by year"
          + " (documents, applications, review_litigation, proactive_disclosure, legacy_statistics,"
          + " trends_province_year, trends_national_year; see docs/data-dictionary.md)."
          + " Every input file gets a row in documents: parsed, partial, rejected or duplicate.",
      "",
      "Settings: option > Spark conf spark.ogi.* (spark-submit --conf spark.ogi.years=latest)"
          + " > default. Master: spark.master from spark-submit, else local[*].",
      "Conf only: spark.ogi.broadcastMaxRows (default 200000), the most rows of duplicates,"
          + " cross-year warnings or corrections joined to the documents by broadcast; more are"
          + " joined by a shuffle (the manifest's joins says which).",
      ""
    },
    footer = {
      "",
      "Example:",
      "  ogi run --input reports/ --output tables/ --years latest",
      "",
      "Exit codes: 0 done, 1 counts do not reconcile, 2 bad options, 3 job failed."
    })
public final class RunCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "Report file or folder (read recursively; names starting with '.' or '_' are skipped): "
              + ".html/.htm, .txt/.md and .pdf (with a text layer; scanned PDFs are rejected), "
              + "optionally .gz; or a WARC file or folder of WARCs (.warc, .warc.gz), or packed Parquet "
              + "(ogi pack). A local path or any Hadoop URI (file:, hdfs:, s3a:). Conf: "
              + JobConfig.CONF_INPUT)
  String input;

  @Option(
      names = "--input-format",
      paramLabel = "auto|files|warc|parquet",
      description =
          "How the input is stored. auto: warc when every listed file is .warc/.warc.gz, parquet "
              + "when every one is .parquet, else files (one document per file). Default: auto. Conf: "
              + JobConfig.CONF_INPUT_FORMAT)
  String inputFormat;

  @Option(
      names = "--output",
      paramLabel = "PATH",
      description =
          "Output root: one Parquet folder per table, partitioned by year. Conf: "
              + JobConfig.CONF_OUTPUT)
  String output;

  @Option(
      names = "--years",
      paramLabel = "Y1,Y2|latest",
      description =
          "Only write these data years (0 = year unknown), replacing just their partitions in "
              + "every table; 'latest' = the newest year among this run's parsed reports. "
              + "Default: all years, tables replaced whole. Conf: "
              + JobConfig.CONF_YEARS)
  String years;

  @Option(
      names = "--max-doc-bytes",
      paramLabel = "N",
      description =
          "Documents larger than N bytes are rejected unread (reason 'too large'). "
              + "The same limit applies after gunzip. Default: 16777216 (16 MiB). Conf: "
              + JobConfig.CONF_MAX_DOC_BYTES)
  Long maxDocBytes;

  @Option(
      names = "--max-parse-seconds",
      paramLabel = "N",
      description =
          "A document still parsing after N seconds is rejected (reason 'parse time limit "
              + "exceeded (Ns)') and its task moves on. Default: 30. Conf: "
              + JobConfig.CONF_MAX_PARSE_SECONDS)
  Long maxParseSeconds;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Number of parse tasks. Default: 4 per core, or one per 20,000 documents when that is more;"
              + " at most one per file. Conf: "
              + JobConfig.CONF_PARTITIONS)
  Integer partitions;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    // spark-submit passes its settings as spark.* system properties: read them before starting
    // Spark, so a bad option fails in a second, not after the session is up.
    SparkConf sparkConf = new SparkConf(true);
    JobConfig config;
    try {
      config =
          JobConfig.resolve(
              new JobConfig.Options(
                  input, output, years, maxDocBytes, partitions, maxParseSeconds, inputFormat),
              asMap(sparkConf));
    } catch (IllegalArgumentException e) {
      System.err.println("run: " + e.getMessage());
      return 2;
    }
    if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    sparkConf.setIfMissing("spark.app.name", "ogi run");
    out.println("run: " + config);
    SparkSession spark = SparkSession.builder().config(sparkConf).getOrCreate();
    RunSummary summary;
    try {
      summary = new ReportJob(ParserFactory.reportParser(config.maxDocBytes()), line -> out.println("run: " + line)).run(config, spark);
    } catch (Exception e) {
      System.err.println("run: failed: " + e);
      e.printStackTrace(System.err);
      return 3;
    } finally {
      spark.stop();
    }
    if (!summary.reconciled()) {
      System.err.println(
          "run: counts do not reconcile: inputs != parsed + partial + rejected + duplicate");
    }
    out.println(summary.line());
    out.flush();
    return summary.reconciled() ? 0 : 1;
  }

  private static Map<String, String> asMap(SparkConf conf) {
    Map<String, String> map = new HashMap<>();
    for (Tuple2<String, String> kv : conf.getAll()) {
      map.put(kv._1(), kv._2());
    }
    return map;
  }
}
