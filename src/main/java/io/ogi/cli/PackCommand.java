package io.ogi.cli;

import io.ogi.job.JobConfig;
import io.ogi.job.Packer;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ogi pack}: a folder of reports into packed Parquet or WARC, which {@code ogi run} reads
 * without opening a file per document. Last line: {@code pack: documents=<n> format=<f> files=<n>
 * output=<path>}.
 */
@Command(
    name = "pack",
    header = "Packs a folder of reports into Parquet (path, bytes) or WARC for `run`.",
    sortOptions = false,
    description = {
      "Lists the files under --input as run does (names starting with '.' or '_' skipped) and writes"
          + " them, in path order, to packed Parquet (columns path STRING, bytes BINARY; zstd; row groups"
          + " of at most 5,000 documents and 32 MiB, so that run spreads them over its tasks) or to gzipped WARC resource records (WARC-Target-URI = the file's path)."
          + " Spark tasks stream the files, so memory stays bounded. The stored path is the file's"
          + " fully qualified path, so `run` on the packed form names documents as on the folder.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  ogi pack --input reports/ --output packed/ --format parquet",
      "  ogi run --input packed/ --output tables/",
      "",
      "Exit codes: 0 done, 2 bad options, 3 failed."
    })
public final class PackCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of reports (read recursively).")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description =
          "A folder of part files, or one file when the name ends in .parquet, .warc.gz or .warc."
              + " Must not exist.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "parquet|warc",
      defaultValue = "parquet",
      description = "Packed form. Default: parquet.")
  String format;

  @Option(
      names = "--files",
      paramLabel = "N",
      description = "Number of part files (folder output). Default: one per core.")
  Integer files;

  @Option(
      names = "--max-doc-bytes",
      paramLabel = "N",
      description =
          "Files larger than N bytes are stored without their bytes (run rejects them as too large)."
              + " Default: 67108864 (64 MiB).")
  Long maxDocBytes;

  @Override
  public Integer call() {
    if (!"parquet".equalsIgnoreCase(format) && !"warc".equalsIgnoreCase(format)) {
      System.err.println("pack: --format must be parquet or warc, got '" + format + "'");
      return 2;
    }
    SparkConf conf = new SparkConf(true);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "ogi pack");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    Packer.Result result;
    try {
      result =
          Packer.pack(
              spark,
              input,
              output,
              format,
              files,
              maxDocBytes == null ? JobConfig.DEFAULT_MAX_DOC_BYTES : maxDocBytes);
    } catch (Exception e) {
      System.err.println("pack: failed: " + e.getMessage());
      e.printStackTrace(System.err);
      return 3;
    } finally {
      spark.stop();
    }
    System.out.println(
        "pack: documents="
            + result.documents()
            + " format="
            + result.format()
            + " files="
            + result.files().size()
            + " output="
            + output);
    return 0;
  }
}
