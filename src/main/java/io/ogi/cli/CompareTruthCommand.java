package io.ogi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ogi compare-truth}: the job's tables against the truth written by {@code generate}. */
@Command(
    name = "compare-truth",
    header = "Compares the job's tables with a generated corpus's truth.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads trends_province_year, trends_national_year and documents under --tables (the output of "
          + "`run` on a corpus written by `generate`) and compares them with the truth in --truth "
          + "(the corpus folder or its _truth/ folder): every row and column (sums exactly, rates to "
          + "1e-9 relative) and every file's status. Prints each difference (at most 30 per table), "
          + "and as its last line:",
      "truth: rows=N equal=N different=N   (different = rows with other values, missing or extra)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all rows and statuses equal", "1:differences found", "2:truth or tables not found"})
public final class CompareTruthCommand implements Callable<Integer> {

  @Option(names = "--truth", required = true, paramLabel = "DIR", description = "Corpus folder (or its _truth/).")
  Path truth;

  @Option(names = "--tables", required = true, paramLabel = "OUT", description = "Output root of `run`.")
  String tables;

  @Override
  public Integer call() throws Exception {
    Path t = TruthComparison.truthDir(truth);
    if (!Files.isRegularFile(t.resolve("trends_province_year.csv"))) {
      System.err.println("compare-truth: no trends_province_year.csv in " + t);
      return 2;
    }
    SparkConf conf = new SparkConf(true);
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", "ogi compare-truth");
    conf.setIfMissing("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      return TruthComparison.report(spark, t, tables, System.out) == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }
}
