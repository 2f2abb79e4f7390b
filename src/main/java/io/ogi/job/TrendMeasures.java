package io.ogi.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.ogi.model.ParsedReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * One report's contribution to the trend tables: the measures researchers want (domain notes, "The
 * measures researchers want"), read from its values, with legacy indicators mapped where their
 * meaning matches. Pure: the Spark side only sums these rows ({@link TrendTables}).
 *
 * <p>A measure is {@code null} when the report does not have it; sums then skip the report, so
 * each sum is over the reports that have that value. A rate's numerator and denominator are both
 * {@code null} unless the report has every part of both, so each rate is a ratio of sums over the
 * same reports.
 */
public final class TrendMeasures {

  private TrendMeasures() {}

  /** Summed measures, in trend-table order, with the 2019-template key each is read from. */
  static final Map<String, String> KEYS_2019 = new LinkedHashMap<>();

  /** Legacy (2008-2018) indicators whose meaning matches a measure; other measures stay null. */
  static final Map<String, String> KEYS_LEGACY = new LinkedHashMap<>();

  static {
    KEYS_2019.put("new_applications", "t3.new.total");
    KEYS_2019.put("carried_over", "t3.carried.total");
    KEYS_2019.put("results", "t3.results.total");
    KEYS_2019.put("granted", "t3.granted.total");
    KEYS_2019.put("partial", "t3.partial.total");
    KEYS_2019.put("denied", "t3.denied.total");
    KEYS_2019.put("unable", "t3.unable.total");
    KEYS_2019.put("not_processed", "t3.not_processed.total");
    KEYS_2019.put("other", "t3.other.total");
    KEYS_2019.put("carried_forward", "t3.carried_forward.total");
    for (String block : List.of("review", "lit_direct", "lit_after_review")) {
      for (String outcome : List.of("total", "corrected", "pending")) {
        KEYS_2019.put(block + "_" + outcome, "t4." + block + "." + outcome);
      }
    }

    // 办结数 (legacy.closed) is not mapped to results: it need not equal the sum of the outcomes
    // (seed 003: 53 closed, 53 granted and 2 denied), so legacy rates would mislead.
    KEYS_LEGACY.put("new_applications", "legacy.received");
    KEYS_LEGACY.put("granted", "legacy.granted");
    KEYS_LEGACY.put("partial", "legacy.partial");
    KEYS_LEGACY.put("denied", "legacy.denied");
    KEYS_LEGACY.put("review_total", "legacy.review");
    KEYS_LEGACY.put("review_corrected", "legacy.review.corrected");
    KEYS_LEGACY.put("lit_total", "legacy.litigation");
    KEYS_LEGACY.put("lit_corrected", "legacy.litigation.corrected");
  }

  /** Issuer levels counted in the coverage columns {@code reports_level_<level>}. */
  public static final List<String> LEVELS =
      List.of("central", "province", "prefecture", "county", "township");

  /** Every summed measure, in trend-table order. */
  public static final List<String> SUMS = sums();

  /**
   * A rate = sum(numerator) / sum(denominator) over the reports that have all of {@code
   * numerator}, {@code denominator} and (if any) {@code minus}; the denominator of one report is
   * {@code denominator − minus}.
   */
  public record Rate(String name, List<String> numerator, String denominator, String minus) {}

  public static final List<Rate> RATES =
      List.of(
          new Rate("disclosure_rate", List.of("granted", "partial"), "results", null),
          new Rate("full_disclosure_rate", List.of("granted"), "results", null),
          new Rate("denial_rate", List.of("denied"), "results", null),
          new Rate("unable_rate", List.of("unable"), "results", null),
          new Rate("not_processed_rate", List.of("not_processed"), "results", null),
          new Rate("review_correction_rate", List.of("review_corrected"), "review_total", "review_pending"),
          new Rate(
              "lit_direct_correction_rate",
              List.of("lit_direct_corrected"),
              "lit_direct_total",
              "lit_direct_pending"),
          new Rate(
              "lit_after_review_correction_rate",
              List.of("lit_after_review_corrected"),
              "lit_after_review_total",
              "lit_after_review_pending"));

  /** The per-report row that {@link TrendTables} aggregates. */
  public static final StructType SCHEMA = schema();

  /**
   * A report's measures from its values ({@code key → value}): 2019-template keys for template
   * {@code 2019}, legacy keys for {@code legacy}, both (2019 first) when the template is unknown.
   * {@code lit_total} and {@code lit_corrected} are the sum of the two litigation blocks for the
   * 2019 template (only when both blocks have the value) and the undivided litigation count for
   * legacy reports.
   */
  public static Map<String, Long> measures(String template, Map<String, Double> values) {
    Map<String, Long> m = new HashMap<>();
    boolean legacy = ParsedReport.TEMPLATE_LEGACY.equals(template);
    boolean modern = ParsedReport.TEMPLATE_2019.equals(template);
    if (!legacy) {
      KEYS_2019.forEach((measure, key) -> putCount(m, measure, values.get(key)));
      m.put("lit_total", plus(m.get("lit_direct_total"), m.get("lit_after_review_total")));
      m.put("lit_corrected", plus(m.get("lit_direct_corrected"), m.get("lit_after_review_corrected")));
    }
    if (!modern) {
      KEYS_LEGACY.forEach(
          (measure, key) -> {
            if (m.get(measure) == null) {
              putCount(m, measure, values.get(key));
            }
          });
    }
    return m;
  }

  /** The rate's numerator for one report, or {@code null} when any part is missing. */
  public static Long numerator(Rate rate, Map<String, Long> m) {
    if (denominator(rate, m) == null) {
      return null;
    }
    long sum = 0;
    for (String part : rate.numerator()) {
      Long v = m.get(part);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  /** The rate's denominator for one report, or {@code null} when a part is missing. */
  public static Long denominator(Rate rate, Map<String, Long> m) {
    Long d = m.get(rate.denominator());
    if (d == null) {
      return null;
    }
    for (String part : rate.numerator()) {
      if (m.get(part) == null) {
        return null;
      }
    }
    if (rate.minus() == null) {
      return d;
    }
    Long minus = m.get(rate.minus());
    return minus == null ? null : d - minus;
  }

  /** The document columns {@link #toRow} reads (the job selects only these, in this order). */
  public static final List<String> DOCUMENT_COLUMNS =
      List.of(
          "status", "year", OutputSchemas.valuesColumn(OutputSchemas.APPLICATIONS),
          OutputSchemas.valuesColumn(OutputSchemas.REVIEW_LITIGATION),
          OutputSchemas.valuesColumn(OutputSchemas.LEGACY_STATISTICS), "template", "agency",
          "division_code", "province", "scope", "flags", "tables_missing", "level");

  /**
   * The {@link #SCHEMA} row of a {@link OutputSchemas#PARSED_DOCUMENT} row, or {@code null} when
   * the document stays out of the trends: status other than parsed or partial, or year unknown.
   */
  public static Row toRow(Row doc) {
    Object[] f =
        fields(
            doc.getAs("status"), doc.<Integer>getAs("year"), doc.getAs("template"),
            new byte[][] {
              doc.getAs(APPLICATIONS_COLUMN), doc.getAs(REVIEW_COLUMN), doc.getAs(LEGACY_COLUMN)
            },
            doc.getAs("agency"), doc.getAs("division_code"), doc.getAs("province"), doc.getAs("scope"),
            doc.getList(doc.fieldIndex("flags")).isEmpty(), doc.<Boolean>getAs("tables_missing"),
            doc.getAs("level"));
    return f == null ? null : new GenericRowWithSchema(f, SCHEMA);
  }

  /**
   * As {@link #toRow}, from and to Spark's internal rows: {@code doc} holds {@link
   * #DOCUMENT_COLUMNS} in that order. The job's path: a document's row is not turned into a {@link
   * Row} and back (measured: README, Performance); {@code TrendMeasuresTest} holds the two equal.
   */
  static InternalRow toInternalRow(InternalRow doc) {
    Object[] f =
        fields(
            string(doc, 0), doc.getInt(1), string(doc, 5),
            new byte[][] {binary(doc, 2), binary(doc, 3), binary(doc, 4)},
            string(doc, 6), string(doc, 7), string(doc, 8), string(doc, 9),
            doc.getArray(10).numElements() == 0, doc.getBoolean(11), string(doc, 12));
    if (f == null) {
      return null;
    }
    for (int i = 0; i < f.length; i++) {
      if (f[i] instanceof String text) {
        f[i] = UTF8String.fromString(text);
      }
    }
    return new GenericInternalRow(f);
  }

  /**
   * The {@link #SCHEMA} rows of {@code documents} (their {@link #DOCUMENT_COLUMNS}, in that order),
   * made by {@link #toInternalRow} on Spark's internal rows, as {@link ValueTableCutter} cuts the
   * value tables.
   */
  static Dataset<Row> of(Dataset<Row> documents) {
    var plan = ((org.apache.spark.sql.classic.Dataset<Row>) documents).queryExecution();
    JavaRDD<InternalRow> rows =
        plan.toRdd().toJavaRDD().flatMap((FlatMapFunction<InternalRow, InternalRow>) doc -> {
          InternalRow r = toInternalRow(doc);
          return r == null ? Collections.emptyIterator() : List.of(r).iterator();
        });
    var spark = (org.apache.spark.sql.classic.SparkSession) documents.sparkSession();
    return spark.internalCreateDataFrame(rows.rdd(), SCHEMA, false);
  }

  private static String string(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getUTF8String(i).toString();
  }

  private static byte[] binary(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getBinary(i);
  }

  /**
   * A document's {@link #SCHEMA} fields as Java values, or {@code null} when it stays out.
   *
   * @param values the document's values columns: applications, review_litigation,
   *     legacy_statistics ({@code null} for none)
   */
  private static Object[] fields(
      String status, int year, String template, byte[][] values, String agency, String division,
      String province, String scope, boolean noFlags, boolean tablesMissing, String level) {
    if (!ReportRows.VALUED_STATUSES.contains(status) || year == OutputSchemas.UNKNOWN_YEAR) {
      return null;
    }
    Map<String, Double> read = new HashMap<>();
    // keys and numbers only (the labels are never decoded here), of the value tables whose keys
    // the template's measures read ({@link #measures}): the others' columns are skipped; of each
    // value, its key is looked up as the UTF-8 it is packed in, and only a key a measure reads
    // becomes a String
    boolean legacy = ParsedReport.TEMPLATE_LEGACY.equals(template);
    boolean modern = ParsedReport.TEMPLATE_2019.equals(template);
    for (int column = 0; column < values.length; column++) {
      if (column == 2 ? modern : legacy) {
        continue; // legacy_statistics for 2019 reports, the others for legacy ones
      }
      ValuesCodec.Cursor c = new ValuesCodec.Cursor(values[column]);
      while (c.next()) {
        String key = READ_KEYS.get(c.keyUtf8());
        if (key != null) {
          read.put(key, c.number());
        }
      }
    }
    Map<String, Long> m = measures(template, read);
    List<Object> f = new ArrayList<>(SCHEMA.fields().length);
    f.add(year);
    f.add(province);
    f.add(scope);
    f.add(template);
    // A distinct agency is a name within a division: 教育局 of two counties are two agencies.
    f.add(agency == null ? null : agency + "|" + (division == null ? "" : division));
    f.add(ParsedReport.STATUS_PARTIAL.equals(status) ? 1L : 0L);
    f.add(noFlags ? 0L : 1L);
    f.add(tablesMissing ? 1L : 0L);
    for (String l : LEVELS) {
      f.add(l.equals(level) ? 1L : 0L);
    }
    f.add(level == null || !LEVELS.contains(level) ? 1L : 0L);
    for (String s : SUMS) {
      f.add(m.get(s));
    }
    for (Rate r : RATES) {
      f.add(numerator(r, m));
      f.add(denominator(r, m));
    }
    return f.toArray();
  }

  /** The keys {@link #measures} reads, by their UTF-8: the rest of a document's values are skipped. */
  private static final Map<UTF8String, String> READ_KEYS = readKeys();

  private static Map<UTF8String, String> readKeys() {
    Map<UTF8String, String> keys = new HashMap<>();
    KEYS_2019.values().forEach(k -> keys.put(UTF8String.fromString(k), k));
    KEYS_LEGACY.values().forEach(k -> keys.put(UTF8String.fromString(k), k));
    return keys;
  }

  private static final String APPLICATIONS_COLUMN = OutputSchemas.valuesColumn(OutputSchemas.APPLICATIONS);
  private static final String REVIEW_COLUMN = OutputSchemas.valuesColumn(OutputSchemas.REVIEW_LITIGATION);
  private static final String LEGACY_COLUMN = OutputSchemas.valuesColumn(OutputSchemas.LEGACY_STATISTICS);

  private static void putCount(Map<String, Long> m, String measure, Double value) {
    m.put(measure, value == null ? null : ReportRows.wholeCount(value));
  }

  private static Long plus(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }

  private static List<String> sums() {
    List<String> s = new ArrayList<>(KEYS_2019.keySet());
    s.add("lit_total");
    s.add("lit_corrected");
    return List.copyOf(s);
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("year", IntegerType, false));
    f.add(DataTypes.createStructField("province", StringType, true));
    f.add(DataTypes.createStructField("scope", StringType, true));
    f.add(DataTypes.createStructField("template", StringType, true));
    f.add(DataTypes.createStructField("agency_key", StringType, true));
    f.add(DataTypes.createStructField("is_partial", LongType, false));
    f.add(DataTypes.createStructField("is_flagged", LongType, false));
    f.add(DataTypes.createStructField("is_prose", LongType, false));
    for (String l : LEVELS) {
      f.add(DataTypes.createStructField("is_level_" + l, LongType, false));
    }
    f.add(DataTypes.createStructField("is_level_unknown", LongType, false));
    for (String s : SUMS) {
      f.add(DataTypes.createStructField(s, LongType, true));
    }
    for (Rate r : RATES) {
      f.add(DataTypes.createStructField(r.name() + "_num", LongType, true));
      f.add(DataTypes.createStructField(r.name() + "_den", LongType, true));
    }
    return new StructType(f.toArray(new StructField[0]));
  }
}
