package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on a local Spark, with {@link FakeReports} as the parser: documents of known
 * content in, Parquet read back, every expected number computed here from the same fixtures.
 */
class ReportJobTest {

  private static final long MAX_DOC_BYTES = 2_000;
  private static final ParserFactory FAKE = () -> FakeReports::parse;

  /** One input file: its path under the input folder, its lines, and what the job must make of it. */
  record Doc(String path, String expectedStatus, Map<String, String> lines) {
    String text() {
      return lines.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    String get(String name) {
      return lines.get(name);
    }

    Double value(String key) {
      String v = lines.get(key);
      return v == null ? null : Double.valueOf(v);
    }

    boolean inTrends() {
      return (expectedStatus.equals("parsed") || expectedStatus.equals("partial")) && get("year") != null;
    }
  }

  private static Doc doc(String path, String status, String... nameValues) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      lines.put(nameValues[i], nameValues[i + 1]);
    }
    return new Doc(path, status, lines);
  }

  static final List<Doc> DOCS =
      List.of(
          doc("zj/hz-education-2020.txt", "parsed",
              "status", "parsed", "year", "2020", "province", "浙江省", "division", "330100",
              "scope", "agency", "template", "2019", "agency", "杭州市教育局",
              "t3.new.natural_person", "9", "t3.new.total", "10", "t3.carried.total", "2",
              "t3.results.total", "11", "t3.granted.total", "5", "t3.partial.total", "1",
              "t3.denied.total", "1", "t3.denied.state_secret.total", "1", "t3.unable.total", "3",
              "t3.not_processed.total", "1", "t3.other.total", "0", "t3.carried_forward.total", "1",
              "t4.review.total", "4", "t4.review.corrected", "1", "t4.review.pending", "1",
              "t4.lit_direct.total", "2", "t4.lit_direct.corrected", "1", "t4.lit_direct.pending", "0",
              "t4.lit_after_review.total", "1", "t4.lit_after_review.corrected", "0",
              "t4.lit_after_review.pending", "0",
              "t2.licensing.decisions", "30", "t2.fees.amount_10k_yuan", "1.25", "proactive.items", "100"),
          doc("zj/nested/deeper/nb-police-2020.txt", "partial",
              "status", "partial", "reason", "table 4 missing", "year", "2020", "province", "浙江省",
              "division", "330200", "scope", "agency", "template", "2019", "agency", "宁波市公安局",
              "flag", "t3.identity_failed", "t3.new.total", "20", "t3.results.total", "18",
              "t3.granted.total", "9", "t3.partial.total", "3", "t3.denied.total", "2"),
          // Same name, another division: a second distinct agency.
          doc("zj/nested/wz-police-2020.txt", "parsed",
              "status", "parsed", "year", "2020", "province", "浙江省", "division", "330300",
              "scope", "agency", "template", "2019", "agency", "宁波市公安局",
              "t3.new.total", "5", "t4.review.total", "2", "t4.review.corrected", "2",
              "t4.review.pending", "0"),
          // The province's aggregate: must never be added to its agencies.
          doc("zj/zhejiang-all-2020.txt", "parsed",
              "status", "parsed", "year", "2020", "province", "浙江省", "division", "330000",
              "scope", "jurisdiction", "template", "2019", "agency", "浙江省人民政府",
              "tables_missing", "true",
              "t3.new.total", "1000", "t3.results.total", "900", "t3.granted.total", "600",
              "t3.partial.total", "100", "t3.denied.total", "50",
              "t4.review.total", "40", "t4.review.corrected", "4", "t4.review.pending", "0"),
          doc("hb/dup-a.txt", "parsed",
              "status", "parsed", "year", "2020", "province", "河北省", "division", "130304",
              "scope", "agency", "template", "2019", "agency", "北戴河区人民政府办公室",
              "t3.new.total", "7", "t3.granted.total", "4", "t3.results.total", "4"),
          doc("hb/dup-b.txt", "duplicate", /* same bytes as dup-a, filled in below */ "same", "as-a"),
          doc("no-province-2020.txt", "parsed",
              "status", "parsed", "year", "2020", "scope", "agency", "template", "2019",
              "agency", "某某局", "t3.new.total", "3"),
          doc("hn/miluo-2017.txt", "parsed",
              "status", "parsed", "year", "2017", "province", "湖南省", "division", "430681",
              "scope", "agency", "template", "legacy", "agency", "汨罗市人民政府",
              "legacy.received", "55", "legacy.received.online", "28", "legacy.closed", "53",
              "legacy.granted", "53", "legacy.partial", "0", "legacy.denied", "2",
              "legacy.review", "3", "legacy.review.corrected", "1",
              "legacy.litigation", "2", "legacy.litigation.corrected", "1"),
          doc("unknown-year.txt", "parsed",
              "status", "parsed", "province", "浙江省", "scope", "agency", "template", "2019",
              "t3.new.total", "77"),
          doc("rejected-by-parser.txt", "rejected", "status", "rejected", "reason", "no report found"),
          doc("broken.txt", "rejected", "throw", "cannot parse"),
          doc("big.txt", "rejected", "status", "parsed", "year", "2020", "padding", "x".repeat(3_000)));

  /** Present in the input folder, never listed. */
  static final List<String> HIDDEN = List.of(".hidden.txt", "_ignored.txt", ".git/HEAD", "_tmp/x.txt");

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path input;
  static Path output;
  static RunSummary summary;
  static final Map<String, String> docIds = new LinkedHashMap<>();

  @BeforeAll
  static void runJobOnce() throws Exception {
    spark = TestSpark.session();
    input = tmp.resolve("in");
    output = tmp.resolve("out");
    writeInput(input, DOCS);
    summary = run(JobConfig.of(input.toString(), output.toString()).withMaxDocBytes(MAX_DOC_BYTES));
  }

  static void writeInput(Path folder, List<Doc> docs) throws Exception {
    String dupA = docs.stream().filter(d -> d.path().endsWith("dup-a.txt")).findFirst().map(Doc::text).orElse(null);
    for (Doc d : docs) {
      String text = d.path().endsWith("dup-b.txt") ? dupA : d.text();
      Path file = folder.resolve(d.path());
      Files.createDirectories(file.getParent());
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      docIds.put(d.path(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
    for (String h : HIDDEN) {
      Path file = folder.resolve(h);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "status=parsed\nyear=2020\nt3.new.total=1000000");
    }
  }

  static RunSummary run(JobConfig config) throws IOException {
    return new ReportJob(FAKE).run(config, spark);
  }

  static Dataset<Row> table(Path out, String name) {
    return spark.read().parquet(out.resolve(name).toString());
  }

  static Row document(String path) {
    List<Row> rows = table(output, "documents").where(col("source_path").endsWith("/" + path)).collectAsList();
    assertThat(rows).as("documents row for %s", path).hasSize(1);
    return rows.get(0);
  }

  // ---------------------------------------------------------------- documents

  @Test
  void everyInputFileIsOneDocumentWithItsStatus() {
    assertThat(table(output, "documents").count()).isEqualTo(DOCS.size());
    for (Doc d : DOCS) {
      assertThat(document(d.path()).<String>getAs("status")).as(d.path()).isEqualTo(d.expectedStatus());
    }
  }

  @Test
  void hiddenFilesAndFoldersAreNotInputs() {
    List<String> paths = table(output, "documents").select("source_path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    for (String h : HIDDEN) {
      assertThat(paths).noneMatch(p -> p.endsWith(h));
    }
  }

  @Test
  void countsReconcile() {
    long expect = DOCS.size();
    assertThat(summary.inputs()).isEqualTo(expect);
    assertThat(summary.reconciled()).isTrue();
    assertThat(summary.parsed()).isEqualTo(DOCS.stream().filter(d -> d.expectedStatus().equals("parsed")).count());
    assertThat(summary.partial()).isEqualTo(1);
    assertThat(summary.duplicate()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(3);
    assertThat(summary.line())
        .isEqualTo("run: inputs=12 parsed=7 partial=1 rejected=3 duplicate=1 output=" + output);
  }

  @Test
  void identicalBytesKeepTheSmallestPathAndMarkTheOther() {
    Row a = document("hb/dup-a.txt");
    Row b = document("hb/dup-b.txt");
    assertThat(a.<String>getAs("doc_id")).isEqualTo(docIds.get("hb/dup-a.txt")).isEqualTo(b.getAs("doc_id"));
    assertThat(a.<String>getAs("duplicate_of")).isNull();
    assertThat(b.<String>getAs("duplicate_of")).isEqualTo(a.getAs("source_path"));
    assertThat(table(output, "applications").where(col("doc_id").equalTo(a.<String>getAs("doc_id"))).count())
        .as("values of the pair counted once")
        .isEqualTo(3);
  }

  @Test
  void oversizedAndFailingDocumentsAreRejectedWithAReason() {
    Row big = document("big.txt");
    assertThat(big.<String>getAs("reason")).startsWith("too large");
    assertThat(big.<Long>getAs("size_bytes")).isGreaterThan(MAX_DOC_BYTES);
    assertThat(big.<String>getAs("doc_id")).isEqualTo(docIds.get("big.txt"));

    Row broken = document("broken.txt");
    assertThat(broken.<String>getAs("reason")).contains("parser failed").contains("cannot parse");

    assertThat(document("rejected-by-parser.txt").<String>getAs("reason")).isEqualTo("no report found");
  }

  @Test
  void documentColumnsAreThoseOfTheSchema() {
    Row zj = document("zj/zhejiang-all-2020.txt");
    assertThat(zj.<String>getAs("scope")).isEqualTo("jurisdiction");
    assertThat(zj.<String>getAs("province")).isEqualTo("浙江省");
    assertThat(zj.<Boolean>getAs("tables_missing")).isTrue();
    assertThat(zj.<String>getAs("parser_version")).isEqualTo(FakeReports.VERSION);
    assertThat(zj.<Integer>getAs("value_count")).isEqualTo(8);
    List<String> expected = new ArrayList<>(List.of(OutputSchemas.DOCUMENT.fieldNames()));
    expected.remove("year");
    expected.add("year"); // partition column comes back last
    assertThat(table(output, "documents").columns()).containsExactlyElementsOf(expected);
  }

  // ---------------------------------------------------------------- partitions

  @Test
  void yearIsAnIntegerPartitionWithZeroForUnknown() throws IOException {
    for (String t : OutputSchemas.TABLES.keySet()) {
      assertThat(table(output, t).schema().apply("year").dataType()).as(t).isEqualTo(DataTypes.IntegerType);
      try (Stream<Path> dirs = Files.list(output.resolve(t))) {
        assertThat(dirs.map(p -> p.getFileName().toString()))
            .as(t)
            .noneMatch(n -> n.contains("__HIVE_DEFAULT_PARTITION__"));
      }
    }
    assertThat(output.resolve("documents/year=0")).isDirectory();
    assertThat(output.resolve("documents/year=2017")).isDirectory();
    assertThat(document("unknown-year.txt").<Integer>getAs("year")).isZero();
    assertThat(output.resolve("_staging")).doesNotExist();
  }

  // ---------------------------------------------------------------- value tables

  @Test
  void applicationValuesLandInLongForm() {
    Doc hz = DOCS.get(0);
    List<Row> rows =
        table(output, "applications").where(col("doc_id").equalTo(docIds.get(hz.path()))).collectAsList();
    long t3Keys = hz.lines().keySet().stream().filter(k -> k.startsWith("t3.")).count();
    assertThat(rows).hasSize((int) t3Keys);
    for (Row r : rows) {
      String key = "t3." + r.getAs("row_key") + "." + r.getAs("column_key");
      assertThat(r.<Long>getAs("value")).as(key).isEqualTo(hz.value(key).longValue());
      assertThat(r.<Integer>getAs("year")).isEqualTo(2020);
      assertThat(r.<String>getAs("province")).isEqualTo("浙江省");
      assertThat(r.<String>getAs("template")).isEqualTo("2019");
    }
    assertThat(rows).anyMatch(r -> r.getAs("row_key").equals("denied.state_secret"));
  }

  @Test
  void reviewLitigationAndProactiveValuesLandInTheirTables() {
    Doc hz = DOCS.get(0);
    String id = docIds.get(hz.path());
    for (Row r : table(output, "review_litigation").where(col("doc_id").equalTo(id)).collectAsList()) {
      String key = "t4." + r.getAs("block") + "." + r.getAs("outcome");
      assertThat(r.<Long>getAs("value")).as(key).isEqualTo(hz.value(key).longValue());
    }
    assertThat(table(output, "review_litigation").where(col("doc_id").equalTo(id)).count()).isEqualTo(9);
    Map<String, Double> proactive =
        table(output, "proactive_disclosure").where(col("doc_id").equalTo(id)).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("item") + "." + r.getAs("measure"), r -> r.<Double>getAs("value")));
    assertThat(proactive)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("licensing.decisions", 30.0, "fees.amount_10k_yuan", 1.25, "all.items", 100.0));
  }

  @Test
  void legacyValuesLandInLegacyStatistics() {
    Doc miluo = DOCS.stream().filter(d -> d.path().contains("miluo")).findFirst().orElseThrow();
    Map<String, Double> got =
        table(output, "legacy_statistics").where(col("doc_id").equalTo(docIds.get(miluo.path()))).collectAsList().stream()
            .collect(Collectors.toMap(r -> "legacy." + r.getAs("indicator"), r -> r.<Double>getAs("value")));
    Map<String, Double> expected = new LinkedHashMap<>();
    miluo.lines().forEach((k, v) -> { if (k.startsWith("legacy.")) expected.put(k, Double.valueOf(v)); });
    assertThat(got).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void rejectedAndDuplicateDocumentsContributeNoValues() {
    List<String> valued =
        table(output, "applications").select("doc_id").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(valued).doesNotContain(docIds.get("big.txt"), docIds.get("broken.txt"));
    assertThat(table(output, "applications").where(col("value").gt(999_999)).count()).as("hidden file").isZero();
  }

  // ---------------------------------------------------------------- trends

  /** Sum of a measure over the fixtures that must be in a trend row, over those that have it. */
  private static Long expectedSum(Predicate<Doc> group, String key) {
    List<Double> vs = DOCS.stream().filter(Doc::inTrends).filter(group).map(d -> d.value(key)).filter(Objects::nonNull).toList();
    return vs.isEmpty() ? null : vs.stream().mapToLong(Double::longValue).sum();
  }

  /** A ratio of sums over the fixtures that have every key of the numerator and denominator. */
  private static Double expectedRate(Predicate<Doc> group, List<String> num, String den, String minus) {
    long n = 0, d = 0;
    for (Doc doc : DOCS.stream().filter(Doc::inTrends).filter(group).toList()) {
      List<String> needed = new ArrayList<>(num);
      needed.add(den);
      if (minus != null) needed.add(minus);
      if (needed.stream().anyMatch(k -> doc.value(k) == null)) continue;
      for (String k : num) n += doc.value(k).longValue();
      d += doc.value(den).longValue() - (minus == null ? 0 : doc.value(minus).longValue());
    }
    return d == 0 ? null : (double) n / d;
  }

  private static Row trendRow(String table, int year, String province, String scope, String template) {
    Dataset<Row> t = table(output, table).where(col("year").equalTo(year)).where(col("scope").equalTo(scope)).where(col("template").equalTo(template));
    if (province != null) t = t.where(col("province").equalTo(province));
    List<Row> rows = t.collectAsList();
    assertThat(rows).as("%s %d %s %s", table, year, province, scope).hasSize(1);
    return rows.get(0);
  }

  private static Predicate<Doc> in(int year, String province, String scope) {
    return d -> String.valueOf(year).equals(d.get("year"))
        && (province == null || province.equals(d.get("province")))
        && scope.equals(d.get("scope"));
  }

  @Test
  void provinceTrendsSumAgencyReportsAndKeepTheAggregateApart() {
    Predicate<Doc> agencies = in(2020, "浙江省", "agency");
    Row row = trendRow("trends_province_year", 2020, "浙江省", "agency", "2019");
    assertThat(row.<Long>getAs("reports")).isEqualTo(DOCS.stream().filter(Doc::inTrends).filter(agencies).count());
    assertThat(row.<Long>getAs("agencies")).as("same name in two divisions counts twice").isEqualTo(3);
    assertThat(row.<Long>getAs("reports_partial")).isEqualTo(1);
    assertThat(row.<Long>getAs("reports_flagged")).isEqualTo(1);
    assertThat(row.<Long>getAs("reports_prose_derived")).isZero();
    assertThat(row.<Long>getAs("new_applications")).isEqualTo(expectedSum(agencies, "t3.new.total"));
    assertThat(row.<Long>getAs("results")).isEqualTo(expectedSum(agencies, "t3.results.total"));
    assertThat(row.<Long>getAs("granted")).isEqualTo(expectedSum(agencies, "t3.granted.total"));
    assertThat(row.<Long>getAs("carried_over")).isEqualTo(expectedSum(agencies, "t3.carried.total"));
    assertThat(row.<Long>getAs("review_total")).isEqualTo(expectedSum(agencies, "t4.review.total"));

    Predicate<Doc> aggregate = in(2020, "浙江省", "jurisdiction");
    Row agg = trendRow("trends_province_year", 2020, "浙江省", "jurisdiction", "2019");
    assertThat(agg.<Long>getAs("reports")).isEqualTo(1);
    assertThat(agg.<Long>getAs("new_applications")).isEqualTo(expectedSum(aggregate, "t3.new.total"));
    assertThat(agg.<Long>getAs("reports_prose_derived")).isEqualTo(1);
  }

  @Test
  void ratesAreRatiosOfSumsOverReportsWithEveryPart() {
    Predicate<Doc> agencies = in(2020, "浙江省", "agency");
    Row row = trendRow("trends_province_year", 2020, "浙江省", "agency", "2019");
    assertThat(row.<Double>getAs("disclosure_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t3.granted.total", "t3.partial.total"), "t3.results.total", null), within(1e-12));
    assertThat(row.<Double>getAs("full_disclosure_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t3.granted.total"), "t3.results.total", null), within(1e-12));
    assertThat(row.<Double>getAs("denial_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t3.denied.total"), "t3.results.total", null), within(1e-12));
    assertThat(row.<Double>getAs("unable_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t3.unable.total"), "t3.results.total", null), within(1e-12));
    assertThat(row.<Double>getAs("review_correction_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t4.review.corrected"), "t4.review.total", "t4.review.pending"), within(1e-12));
    assertThat(row.<Double>getAs("lit_direct_correction_rate"))
        .isCloseTo(expectedRate(agencies, List.of("t4.lit_direct.corrected"), "t4.lit_direct.total", "t4.lit_direct.pending"), within(1e-12));
    assertThat(row.<Double>getAs("lit_after_review_correction_rate")).as("0 corrected of 1").isEqualTo(0.0);
    assertThat(row.<Long>getAs("lit_total")).isEqualTo(3);
  }

  @Test
  void nationalTrendsIncludeUnknownProvinceButNotOtherYears() {
    Predicate<Doc> agencies = in(2020, null, "agency");
    Row row = trendRow("trends_national_year", 2020, null, "agency", "2019");
    assertThat(row.<Long>getAs("reports")).isEqualTo(DOCS.stream().filter(Doc::inTrends).filter(agencies).count());
    assertThat(row.<Long>getAs("new_applications")).isEqualTo(expectedSum(agencies, "t3.new.total"));
    assertThat(table(output, "trends_province_year").where(col("year").equalTo(2020)).where(col("province").isNull()).count())
        .as("unknown province is its own row")
        .isEqualTo(1);
    assertThat(table(output, "trends_national_year").where(col("year").equalTo(0)).count()).as("unknown year").isZero();
  }

  @Test
  void legacyReportsMapOntoTheSameMeasures() {
    Predicate<Doc> legacy = in(2017, "湖南省", "agency");
    Row row = trendRow("trends_national_year", 2017, null, "agency", "legacy");
    assertThat(row.<Long>getAs("new_applications")).isEqualTo(expectedSum(legacy, "legacy.received"));
    assertThat(row.<Long>getAs("granted")).isEqualTo(expectedSum(legacy, "legacy.granted"));
    assertThat(row.<Long>getAs("denied")).isEqualTo(expectedSum(legacy, "legacy.denied"));
    assertThat(row.<Long>getAs("review_total")).isEqualTo(expectedSum(legacy, "legacy.review"));
    assertThat(row.<Long>getAs("review_corrected")).isEqualTo(expectedSum(legacy, "legacy.review.corrected"));
    assertThat(row.<Long>getAs("lit_total")).isEqualTo(expectedSum(legacy, "legacy.litigation"));
    assertThat(row.<Long>getAs("lit_corrected")).isEqualTo(expectedSum(legacy, "legacy.litigation.corrected"));
    assertThat(row.isNullAt(row.fieldIndex("results"))).isTrue();
    assertThat(row.isNullAt(row.fieldIndex("lit_direct_total"))).isTrue();
    assertThat(row.isNullAt(row.fieldIndex("disclosure_rate"))).isTrue();
  }

  // ---------------------------------------------------------------- years rerun

  @Test
  void yearsRerunReplacesOnlyThatYear() throws Exception {
    Path out = tmp.resolve("rerun-out");
    copyTree(output, out); // the full run's tables, as a previous run left them
    long docs2020 = table(out, "documents").where(col("year").equalTo(2020)).count();

    // A corrected 2017 report, and a 2020 report that must not be written by a 2017 rerun.
    Path input2 = tmp.resolve("in-2017-fix");
    List<Doc> fix =
        List.of(
            doc("hn/miluo-2017-v2.txt", "parsed", "status", "parsed", "year", "2017", "province", "湖南省",
                "scope", "agency", "template", "legacy", "agency", "汨罗市人民政府", "legacy.received", "60"),
            doc("zj/late-2020.txt", "parsed", "status", "parsed", "year", "2020", "province", "浙江省",
                "scope", "agency", "template", "2019", "t3.new.total", "123456"));
    writeInput(input2, fix);
    RunSummary rerun = run(JobConfig.of(input2.toString(), out.toString()).withYears("2017"));

    assertThat(rerun.yearsWritten()).containsExactly(2017);
    assertThat(rerun.inputs()).isEqualTo(fix.size());
    assertThat(table(out, "documents").where(col("year").equalTo(2017)).select("source_path").collectAsList())
        .singleElement()
        .satisfies(r -> assertThat(r.getString(0)).endsWith("miluo-2017-v2.txt"));
    assertThat(table(out, "documents").where(col("year").equalTo(2020)).count()).isEqualTo(docs2020);
    assertThat(trendValue(out, 2017, "new_applications")).isEqualTo(60L);
    assertThat(table(out, "applications").where(col("value").equalTo(123456)).count()).isZero();
    long unknownYear =
        DOCS.stream()
            .filter(d -> d.expectedStatus().equals("rejected") || (!d.expectedStatus().equals("duplicate") && d.get("year") == null))
            .count();
    assertThat(table(out, "documents").where(col("year").equalTo(0)).count())
        .as("year 0 partition kept")
        .isEqualTo(unknownYear);

    RunSummary latest = run(JobConfig.of(input2.toString(), out.toString()).withYears("latest"));
    assertThat(latest.yearsWritten()).containsExactly(2020);
    assertThat(table(out, "documents").where(col("year").equalTo(2020)).count()).isEqualTo(1);
    assertThat(trendValue(out, 2017, "new_applications")).isEqualTo(60L);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Long trendValue(Path out, int year, String column) {
    return table(out, "trends_national_year").where(col("year").equalTo(year)).where(col("scope").equalTo("agency"))
        .select(column).as(org.apache.spark.sql.Encoders.LONG()).first();
  }
}
