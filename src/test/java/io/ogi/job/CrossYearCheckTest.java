package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's cross-year warning: an agency's 上年结转 of year Y against its 结转下年度 of Y−1, on a
 * local Spark with {@link FakeReports} documents, read back from the {@code documents} Parquet.
 */
class CrossYearCheckTest {

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path output;

  /** path → lines of a fake report. */
  static final Map<String, String> DOCS = Map.of(
      "a-2020.txt", "status=parsed\nyear=2020\nagency=临安区教育局\ndivision=330112\nt3.carried.total=1\nt3.carried_forward.total=3",
      // carried 2, but 2020 carried 3 forward: warned
      "a-2021.txt", "status=parsed\nyear=2021\nagency=临安区教育局\ndivision=330112\nt3.carried.total=2\nt3.carried_forward.total=0",
      // carried 0, as 2021 carried forward: no warning
      "a-2022.txt", "status=partial\nyear=2022\nagency=临安区教育局\ndivision=330112\nt3.carried.total=0",
      // another division's office of the same name: not the same agency
      "b-2021.txt", "status=parsed\nyear=2021\nagency=临安区教育局\ndivision=999999\nt3.carried.total=5",
      "c-2021.txt", "status=parsed\nyear=2021\nagency=桐庐县人民政府\ndivision=330122\nt3.carried.total=4",
      // two reports of one agency's 2020 (3 and 9 carried forward, and 9 again): 2021's 3 disagrees with 9 only
      "d-2020-first.txt", "status=parsed\nyear=2020\nagency=建德市财政局\ndivision=330182\nt3.carried_forward.total=3",
      "d-2020-second.txt", "status=parsed\nyear=2020\nagency=建德市财政局\ndivision=330182\nt3.carried_forward.total=9",
      "d-2020-third.txt", "status=partial\nyear=2020\nagency=建德市财政局\ndivision=330182\nt3.carried_forward.total=9\nt3.carried.total=1",
      "d-2021.txt", "status=parsed\nyear=2021\nagency=建德市财政局\ndivision=330182\nt3.carried.total=3");

  @BeforeAll
  static void runJob() throws Exception {
    spark = TestSpark.session();
    Path input = tmp.resolve("in");
    output = tmp.resolve("out");
    Files.createDirectories(input);
    for (Map.Entry<String, String> e : DOCS.entrySet()) {
      Files.writeString(input.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    RunSummary summary = new ReportJob(() -> FakeReports::parse).run(JobConfig.of(input.toString(), output.toString()), spark);
    assertThat(summary.reconciled()).isTrue();
  }

  private static List<String> flags(String file) {
    List<Row> rows = spark.read().parquet(output.resolve("documents").toString())
        .where(col("source_path").endsWith("/" + file)).collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0).getList(rows.get(0).fieldIndex("flags"));
  }

  @Test
  void carriedOverThatDisagreesWithLastYearsCarriedForwardIsWarned() {
    assertThat(flags("a-2021.txt")).containsExactly(CrossYearCheck.FLAG + ":3");
  }

  @Test
  void severalReportsOfLastYearWarnOncePerDisagreeingTotal() {
    assertThat(flags("d-2021.txt")).containsExactly(CrossYearCheck.FLAG + ":9");
    assertThat(flags("d-2020-first.txt")).isEmpty();
    assertThat(flags("d-2020-third.txt")).isEmpty();
  }

  @Test
  void agreementOtherAgenciesAndFirstYearsAreNotWarned() {
    assertThat(flags("a-2020.txt")).isEmpty();
    assertThat(flags("a-2022.txt")).isEmpty();
    assertThat(flags("b-2021.txt")).isEmpty();
    assertThat(flags("c-2021.txt")).isEmpty();
  }

  @Test
  void theWarningChangesNoStatus() {
    Row a = spark.read().parquet(output.resolve("documents").toString())
        .where(col("source_path").endsWith("/a-2021.txt")).first();
    assertThat(a.<String>getAs("status")).isEqualTo("parsed");
  }
}
