package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class TrendMeasuresTest {

  private static TrendMeasures.Rate rate(String name) {
    return TrendMeasures.RATES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theKeysMeasuresReadAreInTheSectionsTheyAreReadFrom() {
    // toRow reads only these tables' columns of a document's values (OutputSchemas.valuesColumn)
    TrendMeasures.KEYS_2019.values().forEach(key ->
        assertThat(ReportRows.route(key).table()).as(key)
            .isIn(OutputSchemas.APPLICATIONS, OutputSchemas.REVIEW_LITIGATION));
    TrendMeasures.KEYS_LEGACY.values().forEach(key ->
        assertThat(ReportRows.route(key).table()).as(key).isEqualTo(OutputSchemas.LEGACY_STATISTICS));
  }

  @Test
  void aDocumentRowGivesTheMeasuresOfItsTemplateOnly() {
    ParsedReport r = ReportRowsTest.mudanjiang2019();
    r.setStatus(ParsedReport.STATUS_PARSED);
    r.addValue(new ReportValue("t3.results.total", 18, "cell", "三", "四、本年度办理结果", "总计", 1.0));
    r.addValue(new ReportValue("t3.granted.total", 15, "cell", "三", "（一）予以公开", "总计", 1.0));
    r.addValue(new ReportValue("t3.partial.total", 2, "cell", "三", "（二）部分公开", "总计", 1.0));
    Row modern = TrendMeasures.toRow(ReportRows.toRow(r));
    r.setTemplate(ParsedReport.TEMPLATE_LEGACY);
    Row legacy = TrendMeasures.toRow(ReportRows.toRow(r));

    assertThat(modern.<Long>getAs("new_applications")).isEqualTo(20L);
    assertThat(modern.<Long>getAs("review_corrected")).isEqualTo(2L);
    assertThat(modern.<Long>getAs("disclosure_rate_num")).isEqualTo(17L);
    assertThat(modern.<Long>getAs("disclosure_rate_den")).isEqualTo(18L);
    // a legacy report: legacy.received is absent, so no new applications; t3 keys are not read
    assertThat(legacy.<Long>getAs("new_applications")).isNull();
    assertThat(legacy.<Long>getAs("review_corrected")).isNull();
    assertThat(legacy.<Long>getAs("disclosure_rate_num")).isNull();
  }

  @Test
  void template2019MeasuresComeFromTheTotalsColumn() {
    Map<String, Long> m =
        TrendMeasures.measures(
            "2019",
            Map.of(
                "t3.new.total", 20.0,
                "t3.new.natural_person", 18.0,
                "t3.results.total", 21.0,
                "t4.lit_direct.total", 1.0,
                "t4.lit_after_review.total", 0.0,
                "legacy.received", 99.0));

    assertThat(m.get("new_applications")).isEqualTo(20L);
    assertThat(m.get("results")).isEqualTo(21L);
    assertThat(m.get("lit_total")).as("both litigation blocks").isEqualTo(1L);
    assertThat(m.get("lit_corrected")).as("neither block has corrected").isNull();
    assertThat(m.get("granted")).isNull();
  }

  @Test
  void legacyIndicatorsMapWhereTheMeaningMatches() {
    // Seed 003 (汨罗市 2017): 办结 53 is not the sum of its outcomes, so it is not "results".
    Map<String, Long> m =
        TrendMeasures.measures(
            "legacy",
            Map.of(
                "legacy.received", 55.0,
                "legacy.closed", 53.0,
                "legacy.granted", 53.0,
                "legacy.partial", 0.0,
                "legacy.denied", 2.0,
                "legacy.review", 0.0,
                "legacy.litigation", 0.0,
                "legacy.litigation.corrected", 1.0,
                "t3.new.total", 7.0));

    assertThat(m.get("new_applications")).isEqualTo(55L);
    assertThat(m.get("granted")).isEqualTo(53L);
    assertThat(m.get("partial")).isEqualTo(0L);
    assertThat(m.get("denied")).isEqualTo(2L);
    assertThat(m.get("review_total")).isEqualTo(0L);
    assertThat(m.get("lit_total")).isEqualTo(0L);
    assertThat(m.get("lit_corrected")).isEqualTo(1L);
    assertThat(m.get("results")).isNull();
    assertThat(m.get("lit_direct_total")).isNull();
    assertThat(TrendMeasures.numerator(rate("disclosure_rate"), m)).isNull();
  }

  @Test
  void rateNeedsEveryPartOfNumeratorAndDenominator() {
    Map<String, Long> m =
        TrendMeasures.measures(
            "2019",
            Map.of("t3.granted.total", 6.0, "t3.partial.total", 3.0, "t3.results.total", 21.0,
                "t4.review.total", 5.0, "t4.review.corrected", 2.0, "t4.review.pending", 1.0,
                "t4.lit_direct.total", 3.0, "t4.lit_direct.corrected", 1.0));

    assertThat(TrendMeasures.numerator(rate("disclosure_rate"), m)).isEqualTo(9L);
    assertThat(TrendMeasures.denominator(rate("disclosure_rate"), m)).isEqualTo(21L);
    assertThat(TrendMeasures.numerator(rate("denial_rate"), m)).isNull();
    assertThat(TrendMeasures.denominator(rate("denial_rate"), m)).as("no denied: left out").isNull();
    assertThat(TrendMeasures.numerator(rate("review_correction_rate"), m)).isEqualTo(2L);
    assertThat(TrendMeasures.denominator(rate("review_correction_rate"), m)).isEqualTo(4L);
    assertThat(TrendMeasures.denominator(rate("lit_direct_correction_rate"), m))
        .as("pending missing")
        .isNull();
  }

  @Test
  void measureSchemaListsEverySummedTrendColumn() {
    for (String s : TrendMeasures.SUMS) {
      assertThat(OutputSchemas.TREND_NATIONAL_YEAR.fieldNames()).contains(s);
    }
    for (TrendMeasures.Rate r : TrendMeasures.RATES) {
      assertThat(OutputSchemas.TREND_NATIONAL_YEAR.fieldNames()).contains(r.name());
    }
  }

  @Test
  void theJobsInternalRowsAreTheRowPathsRows() {
    ParsedReport modern = ReportRowsTest.mudanjiang2019();
    modern.setStatus(ParsedReport.STATUS_PARTIAL);
    modern.addValue(new ReportValue("t3.results.total", 18, "cell", "三", "四、本年度办理结果", "总计", 1.0));
    modern.addValue(new ReportValue("t3.granted.total", 15, "cell", "三", "（一）予以公开", "总计", 1.0));
    ParsedReport legacy = ReportRowsTest.mudanjiang2019();
    legacy.setStatus(ParsedReport.STATUS_PARSED);
    legacy.setTemplate(ParsedReport.TEMPLATE_LEGACY);
    legacy.getFlags().clear();
    ParsedReport unknownTemplate = ReportRowsTest.mudanjiang2019();
    unknownTemplate.setStatus(ParsedReport.STATUS_PARSED);
    unknownTemplate.setTemplate(null);
    ParsedReport rejected = ReportRowsTest.mudanjiang2019();
    rejected.setStatus(ParsedReport.STATUS_REJECTED);
    ParsedReport noYear = ReportRowsTest.mudanjiang2019();
    noYear.setStatus(ParsedReport.STATUS_PARSED);
    noYear.setYear(null);
    List<Row> docs = new java.util.ArrayList<>();
    for (ParsedReport r : List.of(modern, legacy, unknownTemplate, rejected, noYear)) {
      docs.add(ReportRows.toRow(r));
    }
    List<Row> expected = new java.util.ArrayList<>();
    for (Row d : docs) {
      Row m = TrendMeasures.toRow(d);
      if (m != null) {
        expected.add(m);
      }
    }
    var spark = TestSpark.session();
    var selected =
        spark.createDataFrame(docs, OutputSchemas.PARSED_DOCUMENT).coalesce(1)
            .select(TrendMeasures.DOCUMENT_COLUMNS.stream().map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));

    List<Row> rows = TrendMeasures.of(selected).collectAsList();

    assertThat(expected).hasSize(3); // the rejected report and the one without a year stay out
    assertThat(rows).containsExactlyElementsOf(expected);
    assertThat(rows.get(0).<Long>getAs("new_applications")).isEqualTo(20L);
    assertThat(rows.get(0).<Long>getAs("is_partial")).isEqualTo(1L);
    assertThat(rows.get(0).<Long>getAs("disclosure_rate_num")).isNull(); // no t3.partial.total
    assertThat(rows.get(1).<Long>getAs("new_applications")).isNull(); // legacy: t3 keys not read
    assertThat(rows.get(1).<Long>getAs("is_flagged")).isZero();
    assertThat(rows.get(2).<Long>getAs("review_corrected")).isEqualTo(2L);
  }
}
