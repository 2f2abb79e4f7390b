package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ReportRowsTest {

  static ParsedReport mudanjiang2019() {
    ParsedReport r = new ParsedReport();
    r.setDocId("abc123");
    r.setSourcePath("file:/in/000.txt");
    r.setSizeBytes(4242);
    r.setFormat("text");
    r.setCharset("UTF-8");
    r.setStatus(ParsedReport.STATUS_PARTIAL);
    r.setReason("t4 unreadable");
    r.setTemplate(ParsedReport.TEMPLATE_2019);
    r.setTemplateRevision("2019");
    r.setYear(2019);
    r.setAgency("牡丹江市人民政府办公室");
    r.setIssuer("government_office");
    r.setScope(ParsedReport.SCOPE_AGENCY);
    r.setTablesMissing(false);
    r.setPlace(
        new Place("231000", "黑龙江省", "牡丹江市", null, "prefecture", 0.95, List.of("title:牡丹江市")));
    r.addFlag("t3.identity_failed:total");
    r.addAmbiguous("t4");
    r.addValue(new ReportValue("t3.new.total", 20, "cell", "三", "本年新收政府信息公开申请数量", "总计", 1.0));
    r.addValue(
        new ReportValue("t3.denied.state_secret.total", 0, "blank", "三", "1.属于国家秘密", "总计", 0.8));
    r.addValue(new ReportValue("t4.review.corrected", 2, "cell", "四", "行政复议", "结果纠正", 1.0));
    r.addValue(
        new ReportValue(
            "t2.procurement.amount_10k_yuan", 5.637, "cell", "二", "政府集中采购", "采购总金额", 1.0));
    r.addValue(new ReportValue("proactive.items", 331282, "prose", null, "主动公开政府信息331282条", null, 0.6));
    r.addValue(new ReportValue("legacy.received.online", 28, "cell", "legacy", "网络申请", null, 1.0));
    r.addValue(new ReportValue("nonsense", 1, "cell", null, null, null, 1.0));
    r.setParserVersion("0.1.0");
    return r;
  }

  @Test
  void documentColumnsFollowTheReportInSchemaOrder() {
    Row row = ReportRows.toRow(mudanjiang2019());

    assertThat(row.schema()).isEqualTo(OutputSchemas.PARSED_DOCUMENT);
    assertThat(row.<String>getAs("doc_id")).isEqualTo("abc123");
    assertThat(row.<String>getAs("source_path")).isEqualTo("file:/in/000.txt");
    assertThat(row.<Long>getAs("size_bytes")).isEqualTo(4242L);
    assertThat(row.<String>getAs("status")).isEqualTo("partial");
    assertThat(row.<String>getAs("reason")).isEqualTo("t4 unreadable");
    assertThat(row.<String>getAs("duplicate_of")).isNull();
    assertThat(row.<String>getAs("template")).isEqualTo("2019");
    assertThat(row.<String>getAs("template_revision")).isEqualTo("2019");
    assertThat(row.<Integer>getAs("year")).isEqualTo(2019);
    assertThat(row.<String>getAs("agency")).isEqualTo("牡丹江市人民政府办公室");
    assertThat(row.<String>getAs("level")).isEqualTo("prefecture");
    assertThat(row.<String>getAs("issuer_kind")).isEqualTo("government_office");
    assertThat(row.<String>getAs("division_code")).isEqualTo("231000");
    assertThat(row.<String>getAs("province")).isEqualTo("黑龙江省");
    assertThat(row.<String>getAs("prefecture")).isEqualTo("牡丹江市");
    assertThat(row.<String>getAs("county")).isNull();
    assertThat(row.<String>getAs("scope")).isEqualTo("agency");
    assertThat(row.<Boolean>getAs("tables_missing")).isFalse();
    assertThat(row.<Double>getAs("place_confidence")).isEqualTo(0.95);
    assertThat(row.getList(row.fieldIndex("place_evidence"))).containsExactly("title:牡丹江市");
    assertThat(row.getList(row.fieldIndex("flags"))).containsExactly("t3.identity_failed:total");
    assertThat(row.getList(row.fieldIndex("ambiguous"))).containsExactly("t4");
    assertThat(row.<Integer>getAs("value_count")).isEqualTo(7);
    assertThat(row.<String>getAs("parser_version")).isEqualTo("0.1.0");
    // values for all four value tables (t3, t4, t2 and proactive, legacy); "nonsense" fits none
    assertThat(row.<Integer>getAs("value_tables")).isEqualTo(0b1111);
    // a column per value table, each in the table's order (by key parts: "all" before
    // "procurement"); the value no table takes ("nonsense") is in none
    List<ReportValue> applications = ValuesCodec.decode(row.getAs("values_applications"));
    assertThat(applications).extracting(ReportValue::key)
        .containsExactly("t3.denied.state_secret.total", "t3.new.total");
    assertThat(applications.get(1))
        .isEqualTo(new ReportValue("t3.new.total", 20, "cell", "三", "本年新收政府信息公开申请数量", "总计", 1.0));
    assertThat(ValuesCodec.decode(row.getAs("values_proactive_disclosure"))).extracting(ReportValue::key)
        .containsExactly("proactive.items", "t2.procurement.amount_10k_yuan");
    assertThat(ValuesCodec.decode(row.getAs("values_legacy_statistics"))).extracting(ReportValue::key)
        .containsExactly("legacy.received.online");
    ValuesCodec.Cursor review = new ValuesCodec.Cursor(row.getAs("values_review_litigation"));
    assertThat(review.next()).isTrue();
    assertThat(review.key()).isEqualTo("t4.review.corrected");
    assertThat(review.labelUtf8(2).toString()).isEqualTo("行政复议");
    assertThat(review.labelUtf8(3).toString()).isEqualTo("结果纠正");
    assertThat(review.next()).isFalse();
  }

  @Test
  void theValuesDigestComparesNumbersUnderKeysWhateverTheirOrderOrLabels() {
    List<ReportValue> a =
        List.of(
            new ReportValue("t3.new.total", 20, "cell", "三", "本年新收", "总计", 1.0),
            new ReportValue("t4.review.corrected", 2, "cell", "四", "纠正", null, 1.0));
    List<ReportValue> sameOtherOrder =
        List.of(
            new ReportValue("t4.review.corrected", 2, "prose", null, "纠正2件", null, 0.6),
            new ReportValue("t3.new.total", 20, "cell", "三", "新收申请", "合计", 1.0));
    List<ReportValue> oneNumberOff =
        List.of(
            new ReportValue("t3.new.total", 21, "cell", "三", "本年新收", "总计", 1.0),
            new ReportValue("t4.review.corrected", 2, "cell", "四", "纠正", null, 1.0));

    assertThat(ReportRows.valuesDigest(a)).hasSize(32).isEqualTo(ReportRows.valuesDigest(sameOtherOrder));
    assertThat(ReportRows.valuesDigest(oneNumberOff)).isNotEqualTo(ReportRows.valuesDigest(a));
    assertThat(ReportRows.valuesDigest(List.of())).isNull();
  }

  @Test
  void theRowsValuesDigestIsTheSameForTheSameNumbersInAnyOrder() {
    List<ReportValue> a =
        List.of(
            new ReportValue("t3.new.total", 20, "cell", "三", "本年新收", "总计", 1.0),
            new ReportValue("t3.new.natural_person", 18, "cell", "三", "本年新收", "自然人", 1.0),
            new ReportValue("t4.review.corrected", 2, "cell", "四", "纠正", null, 1.0),
            new ReportValue("legacy.received", 7, "prose", null, null, null, 0.6));
    List<ReportValue> reversed = new java.util.ArrayList<>(a);
    java.util.Collections.reverse(reversed);
    List<ReportValue> oneNumberOff = new java.util.ArrayList<>(a);
    oneNumberOff.set(1, new ReportValue("t3.new.natural_person", 17, "cell", "三", "本年新收", "自然人", 1.0));
    // a value no table takes, and two values under one key, are hashed in sorted order
    List<ReportValue> unrouted = new java.util.ArrayList<>(a);
    unrouted.add(new ReportValue("nonsense", 1, "cell", null, null, null, 1.0));
    List<ReportValue> unroutedReversed = new java.util.ArrayList<>(unrouted);
    java.util.Collections.reverse(unroutedReversed);
    List<ReportValue> twice = new java.util.ArrayList<>(a);
    twice.add(new ReportValue("t3.new.total", 21, "prose", null, "新收21件", null, 0.7));
    List<ReportValue> twiceReversed = new java.util.ArrayList<>(twice);
    java.util.Collections.reverse(twiceReversed);

    assertThat(digestOf(a)).hasSize(32).isEqualTo(digestOf(reversed));
    assertThat(digestOf(oneNumberOff)).isNotEqualTo(digestOf(a));
    assertThat(digestOf(unrouted)).isEqualTo(digestOf(unroutedReversed)).isNotEqualTo(digestOf(a));
    assertThat(digestOf(twice)).isEqualTo(digestOf(twiceReversed)).isNotEqualTo(digestOf(a));
    assertThat(digestOf(List.of())).isNull();
  }

  private static String digestOf(List<ReportValue> values) {
    ParsedReport r = new ParsedReport();
    r.setSourcePath("file:/in/x.txt");
    values.forEach(r::addValue);
    return ReportRows.toRow(r).getAs("values_digest");
  }

  @Test
  void unknownYearIsZeroAndUnknownPlaceIsNull() {
    ParsedReport r = new ParsedReport();
    r.setSourcePath("file:/in/x.txt");
    Row row = ReportRows.toRow(r);

    assertThat(row.<Integer>getAs("year")).isEqualTo(OutputSchemas.UNKNOWN_YEAR);
    assertThat(row.<String>getAs("province")).isNull();
    assertThat(row.<Double>getAs("place_confidence")).isZero();
    for (String table : OutputSchemas.VALUE_TABLES) {
      assertThat(row.<byte[]>getAs(OutputSchemas.valuesColumn(table))).as(table).isNull();
    }
    assertThat(row.<Double>getAs("carried_total")).isNull();
    assertThat(row.<Integer>getAs("value_tables")).isZero();
  }

  @Test
  void statusTheJobDoesNotKnowBecomesRejectedWithTheReason() {
    ParsedReport r = mudanjiang2019();
    r.setStatus("ok");
    Row row = ReportRows.toRow(r);

    assertThat(row.<String>getAs("status")).isEqualTo("rejected");
    assertThat(row.<String>getAs("reason")).contains("unknown status 'ok'").contains("t4 unreadable");

    r.setStatus(ParsedReport.STATUS_DUPLICATE); // the job's to give, never the parser's
    assertThat(ReportRows.toRow(r).<String>getAs("status")).isEqualTo("rejected");
  }

  @Test
  void rejectedRowKeepsIdentityAndReason() {
    Row row = ReportRows.rejected("file:/in/big.pdf", 99L, "ff00", "too large: 99 bytes > limit 10", null);

    assertThat(row.<String>getAs("status")).isEqualTo("rejected");
    assertThat(row.<String>getAs("reason")).isEqualTo("too large: 99 bytes > limit 10");
    assertThat(row.<String>getAs("doc_id")).isEqualTo("ff00");
    assertThat(row.<Long>getAs("size_bytes")).isEqualTo(99L);
    assertThat(row.<String>getAs("parser_version")).isNull();
    assertThat(row.<Integer>getAs("value_count")).isZero();
  }

  @Test
  void keysRouteToTheirTablesWithDottedRowsKept() {
    assertThat(ReportRows.route("t3.denied.state_secret.total"))
        .isEqualTo(new ReportRows.RoutedKey("applications", "denied.state_secret", "total"));
    assertThat(ReportRows.route("t3.new.natural_person"))
        .isEqualTo(new ReportRows.RoutedKey("applications", "new", "natural_person"));
    assertThat(ReportRows.route("t4.lit_after_review.pending"))
        .isEqualTo(new ReportRows.RoutedKey("review_litigation", "lit_after_review", "pending"));
    assertThat(ReportRows.route("t2.fees.amount_10k_yuan"))
        .isEqualTo(new ReportRows.RoutedKey("proactive_disclosure", "fees", "amount_10k_yuan"));
    assertThat(ReportRows.route("proactive.items"))
        .isEqualTo(new ReportRows.RoutedKey("proactive_disclosure", "all", "items"));
    assertThat(ReportRows.route("legacy.litigation.corrected"))
        .isEqualTo(new ReportRows.RoutedKey("legacy_statistics", "litigation.corrected", null));
  }

  @Test
  void malformedKeysRouteNowhere() {
    assertThat(ReportRows.route("t3.new")).isNull();
    assertThat(ReportRows.route("t4.review")).isNull();
    assertThat(ReportRows.route("t4.review.total.extra")).isNull();
    assertThat(ReportRows.route("t3..total")).isNull();
    assertThat(ReportRows.route("legacy")).isNull();
    assertThat(ReportRows.route("nonsense")).isNull();
  }

  @Test
  void valueRowsCarryTheDocumentContextAndProvenance() {
    Row doc = ReportRows.toRow(mudanjiang2019());

    List<Row> apps = ReportRows.valueRows(doc, OutputSchemas.APPLICATIONS);
    assertThat(apps).hasSize(2);
    // in key order, as the table's files hold a document's rows
    assertThat(apps).extracting(r -> r.getString(5)).containsExactly("denied.state_secret", "new");
    Row secret = apps.get(0);
    assertThat(secret.schema()).isEqualTo(OutputSchemas.APPLICATION);
    assertThat(secret.toSeq().toList().mkString("|"))
        .isEqualTo("abc123|2019|黑龙江省|agency|2019|denied.state_secret|total|0|blank|1.属于国家秘密|总计|0.8");

    List<Row> review = ReportRows.valueRows(doc, OutputSchemas.REVIEW_LITIGATION);
    assertThat(review).singleElement().satisfies(
        r -> assertThat(r.toSeq().toList().mkString("|"))
            .isEqualTo("abc123|2019|黑龙江省|agency|review|corrected|2|cell|1.0"));

    List<Row> proactive = ReportRows.valueRows(doc, OutputSchemas.PROACTIVE_DISCLOSURE);
    assertThat(proactive).extracting(r -> r.getString(4) + "." + r.getString(5) + "=" + r.getDouble(6))
        .containsExactly("all.items=331282.0", "procurement.amount_10k_yuan=5.637");

    List<Row> legacy = ReportRows.valueRows(doc, OutputSchemas.LEGACY_STATISTICS);
    assertThat(legacy).singleElement().satisfies(
        r -> assertThat(r.toSeq().toList().mkString("|"))
            .isEqualTo("abc123|2019|黑龙江省|agency|received.online|28.0|cell|网络申请|1.0"));
  }

  @Test
  void valueTablesAreDeclaredInTheOrderTheJobWritesThem() {
    // the job sorts documents by year, province and doc_id, and a document's rows come out
    // by key: the declared sort (the data dictionary's promise) must be that order
    assertThat(OutputSchemas.sortColumns(OutputSchemas.APPLICATIONS))
        .containsExactly("province", "doc_id", "row_key", "column_key");
    assertThat(OutputSchemas.sortColumns(OutputSchemas.REVIEW_LITIGATION))
        .containsExactly("province", "doc_id", "block", "outcome");
    assertThat(OutputSchemas.sortColumns(OutputSchemas.PROACTIVE_DISCLOSURE))
        .containsExactly("province", "doc_id", "item", "measure");
    assertThat(OutputSchemas.sortColumns(OutputSchemas.LEGACY_STATISTICS))
        .containsExactly("province", "doc_id", "indicator");
  }

  @Test
  void onlyParsedAndPartialDocumentsContributeValues() {
    ParsedReport r = mudanjiang2019();
    r.setStatus(ParsedReport.STATUS_REJECTED);
    assertThat(ReportRows.valueRows(ReportRows.toRow(r), OutputSchemas.APPLICATIONS)).isEmpty();

    r.setStatus(ParsedReport.STATUS_PARSED);
    assertThat(ReportRows.valueRows(ReportRows.toRow(r), OutputSchemas.APPLICATIONS)).hasSize(2);
  }

  @Test
  void aFractionalCountIsNullNotRounded() {
    ParsedReport r = mudanjiang2019();
    r.getValues().clear();
    r.addValue(new ReportValue("t3.new.total", 20.5, "prose", null, "约20.5件", null, 0.3));
    Row app = ReportRows.valueRows(ReportRows.toRow(r), OutputSchemas.APPLICATIONS).get(0);

    assertThat(app.isNullAt(app.fieldIndex("value"))).isTrue();
    assertThat(ReportRows.wholeCount(10_022)).isEqualTo(10_022L);
  }
}
