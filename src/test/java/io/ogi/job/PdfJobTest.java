package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a folder of PDFs — a real city report, a generated report with blank cells, a
 * legacy report, a scanned one — reading the Parquet tables back: values read from the PDFs land
 * in their tables, and the scanned PDF is a rejected document with its reason.
 */
class PdfJobTest {

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path output;
  static RunSummary summary;

  @BeforeAll
  static void run() throws IOException {
    spark = TestSpark.session();
    Path input = tmp.resolve("in");
    Files.createDirectories(input);
    Files.copy(Path.of("src/test/resources/real-reports/huaian-2024.pdf"), input.resolve("huaian-2024.pdf"));
    for (String f : List.of("02-blank-cells.pdf", "09-legacy-2016.pdf", "11-scanned.pdf")) {
      Files.copy(Path.of("src/test/resources/devset/pdf", f), input.resolve(f));
    }
    output = tmp.resolve("out");
    summary = new ReportJob().run(JobConfig.of(input.toString(), output.toString()), spark);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static Row document(String file) {
    List<Row> rows = table(OutputSchemas.DOCUMENTS).where(col("source_path").endsWith("/" + file)).collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static double value(String table, String docId, String where) {
    List<Row> rows = table(table).where(col("doc_id").equalTo(docId)).where(where).collectAsList();
    assertThat(rows).as("%s where %s", table, where).hasSize(1);
    return ((Number) rows.get(0).getAs("value")).doubleValue();
  }

  @Test
  void everyPdfIsAccountedFor() {
    assertThat(summary.reconciled()).isTrue();
    assertThat(table(OutputSchemas.DOCUMENTS).count()).isEqualTo(4);
    Row scanned = document("11-scanned.pdf");
    assertThat(scanned.<String>getAs("status")).isEqualTo("rejected");
    assertThat(scanned.<String>getAs("reason")).contains("no text layer (scanned image)");
  }

  @Test
  void cityReportValuesAndPlaceComeFromThePdf() {
    Row d = document("huaian-2024.pdf");
    assertThat(d.<String>getAs("status")).isEqualTo("parsed");
    assertThat(d.<String>getAs("format")).isEqualTo("pdf");
    assertThat(d.<String>getAs("province")).isEqualTo("江苏省");
    assertThat(d.<String>getAs("scope")).isEqualTo("jurisdiction");
    assertThat(((Number) d.getAs("year")).intValue()).isEqualTo(2024);
    String id = d.getAs("doc_id");
    assertThat(value(OutputSchemas.APPLICATIONS, id, "row_key = 'new' AND column_key = 'total'")).isEqualTo(3119);
    assertThat(value(OutputSchemas.APPLICATIONS, id, "row_key = 'unable.not_held' AND column_key = 'natural_person'"))
        .isEqualTo(746);
    assertThat(value(OutputSchemas.REVIEW_LITIGATION, id, "block = 'review' AND outcome = 'total'")).isEqualTo(351);
    assertThat(value(OutputSchemas.PROACTIVE_DISCLOSURE, id, "item = 'fees' AND measure = 'amount_10k_yuan'"))
        .isEqualTo(96171.6);
  }

  @Test
  void blankCellsAreZerosFromBlanksAndLegacyIndicatorsAreRead() {
    String blank = document("02-blank-cells.pdf").getAs("doc_id");
    List<Row> research = table(OutputSchemas.APPLICATIONS)
        .where(col("doc_id").equalTo(blank)).where("row_key = 'new' AND column_key = 'research'").collectAsList();
    assertThat(research).hasSize(1);
    assertThat(((Number) research.get(0).getAs("value")).doubleValue()).isZero();
    assertThat(research.get(0).<String>getAs("source")).isEqualTo("blank");
    Row legacy = document("09-legacy-2016.pdf");
    assertThat(legacy.<String>getAs("template")).isEqualTo("legacy");
    assertThat(value(OutputSchemas.LEGACY_STATISTICS, legacy.getAs("doc_id"), "indicator = 'received'")).isGreaterThan(0);
  }
}
