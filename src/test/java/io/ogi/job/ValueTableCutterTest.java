package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job's cut of the value tables (internal rows) gives exactly the rows of the Row path. */
class ValueTableCutterTest {

  static SparkSession spark;
  static List<Row> documents;
  static Dataset<Row> parsed;

  @BeforeAll
  static void documents() {
    spark = TestSpark.session();
    ParsedReport second = ReportRowsTest.mudanjiang2019();
    second.setDocId("def456");
    second.setStatus(ParsedReport.STATUS_PARSED);
    second.addValue(new ReportValue("t3.carried.total", 3, "cell", "三", "二、上年结转政府信息公开申请数量", "总计", 1.0));
    ParsedReport duplicate = ReportRowsTest.mudanjiang2019();
    duplicate.setDocId("ghi789");
    duplicate.setStatus(ParsedReport.STATUS_REJECTED);
    documents = List.of(ReportRows.toRow(ReportRowsTest.mudanjiang2019()), ReportRows.toRow(second), ReportRows.toRow(duplicate));
    parsed = spark.createDataFrame(documents, OutputSchemas.PARSED_DOCUMENT).coalesce(1);
  }

  @Test
  void eachTableHasTheRowsOfTheRowPathInTheSameOrder() {
    for (String table : OutputSchemas.VALUE_TABLES) {
      List<Row> expected = new ArrayList<>();
      for (Row doc : documents) {
        expected.addAll(ReportRows.valueRows(doc, table));
      }

      Dataset<Row> cut = ValueTableCutter.cut(sources(table), table);

      assertThat(cut.schema()).as(table).isEqualTo(OutputSchemas.TABLES.get(table));
      assertThat(cut.collectAsList()).as(table).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void applicationsCarryTheDocumentAndTheCellTheyWereReadFrom() {
    List<Row> rows = ValueTableCutter.cut(sources(OutputSchemas.APPLICATIONS), OutputSchemas.APPLICATIONS).collectAsList();

    // two valued documents (the rejected one has none): 2 + 3 rows, a document's rows in key order
    assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getString(5))
        .containsExactly(
            "abc123:denied.state_secret", "abc123:new",
            "def456:carried", "def456:denied.state_secret", "def456:new");
    Row carried = rows.get(2);
    assertThat(carried.toSeq().toList().mkString("|"))
        .isEqualTo("def456|2019|黑龙江省|agency|2019|carried|total|3|cell|二、上年结转政府信息公开申请数量|总计|1.0");
  }

  /** The parsed rows' columns {@code table} is cut from, as the job selects them. */
  private static Dataset<Row> sources(String table) {
    return parsed.select(ReportRows.valueSourceColumns(table).stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
