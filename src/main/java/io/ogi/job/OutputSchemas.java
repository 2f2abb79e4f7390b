package io.ogi.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Every schema the job writes, in one place, with the column order set on purpose: identity first,
 * then where the report comes from, then what was read, then provenance.
 *
 * <p>{@code docs/data-dictionary.md} describes each column of each table in {@link #TABLES}; {@code
 * DataDictionaryTest} keeps the two in step. Every table is written partitioned by {@code year}
 * (INT, 0 = unknown), so in the Parquet files {@code year} is a folder name ({@code year=2019}) and
 * a reader gets it back as the last column.
 */
public final class OutputSchemas {

  private OutputSchemas() {}

  public static final String DOCUMENTS = "documents";
  public static final String APPLICATIONS = "applications";
  public static final String REVIEW_LITIGATION = "review_litigation";
  public static final String PROACTIVE_DISCLOSURE = "proactive_disclosure";
  public static final String LEGACY_STATISTICS = "legacy_statistics";
  public static final String TRENDS_PROVINCE_YEAR = "trends_province_year";
  public static final String TRENDS_NATIONAL_YEAR = "trends_national_year";

  /** The partition column of every table. */
  public static final String YEAR = "year";

  /** Year written for documents whose data year is unknown (never a null partition). */
  public static final int UNKNOWN_YEAR = 0;

  private static final ArrayType STRINGS = DataTypes.createArrayType(StringType, false);

  /** {@code documents}: one row per input file, whatever became of it. */
  public static final StructType DOCUMENT =
      schema(
          nullable("doc_id", StringType),
          required("source_path", StringType),
          required("size_bytes", LongType),
          nullable("container", StringType),
          nullable("container_offset", LongType),
          required("status", StringType),
          nullable("reason", StringType),
          nullable("duplicate_of", StringType),
          nullable("duplicate_of_doc_id", StringType),
          nullable("format", StringType),
          nullable("charset", StringType),
          nullable("template", StringType),
          nullable("template_revision", StringType),
          required(YEAR, IntegerType),
          nullable("agency", StringType),
          nullable("level", StringType),
          nullable("issuer_kind", StringType),
          nullable("department_type", StringType),
          nullable("division_code", StringType),
          nullable("province", StringType),
          nullable("prefecture", StringType),
          nullable("county", StringType),
          nullable("scope", StringType),
          required("tables_missing", BooleanType),
          required("place_confidence", DoubleType),
          required("place_evidence", STRINGS),
          required("place_evidence_kinds", STRINGS),
          required("flags", STRINGS),
          required("ambiguous", STRINGS),
          required("value_count", IntegerType),
          nullable("parser_version", StringType));

  /**
   * The column of {@link #PARSED_DOCUMENT} that holds a document's values of one value table,
   * packed by {@link ValuesCodec} (null when the document has none): {@code values_applications} …
   */
  public static String valuesColumn(String valueTable) {
    return "values_" + valueTable;
  }

  /**
   * The job's intermediate row: the {@link #DOCUMENT} columns plus the document's values ({@link
   * ValuesCodec}), a column per value table, and what duplicate marking and the cross-year check
   * compare. Written once to the run's work folder after parsing; the value tables and trends are
   * cut from it, each reading the values columns it needs only.
   */
  public static final StructType PARSED_DOCUMENT =
      // the values, packed by ValuesCodec: a binary copies and writes far cheaper than nested rows;
      // a column per table, as every table's step reads its own (one column read four times over
      // cost more than the table's rows)
      DOCUMENT.add(valuesColumn(APPLICATIONS), DataTypes.BinaryType, true)
          .add(valuesColumn(REVIEW_LITIGATION), DataTypes.BinaryType, true)
          .add(valuesColumn(PROACTIVE_DISCLOSURE), DataTypes.BinaryType, true)
          .add(valuesColumn(LEGACY_STATISTICS), DataTypes.BinaryType, true)
          // near-duplicate detection only (never written): MinHash of the text (NearDuplicates.pack),
          // digest of the values
          .add("text_signature", DataTypes.BinaryType, true)
          .add("values_digest", StringType, true)
          // the cross-year check only (never written): t3.carried.total, t3.carried_forward.total
          .add("carried_total", DoubleType, true)
          .add("carried_forward_total", DoubleType, true)
          // the value tables that have rows of it (bit i: VALUE_TABLES.get(i)), so that each is cut
          // from its own documents only
          .add("value_tables", IntegerType, false);

  /** {@code applications}: table 三 in long form, keys {@code t3.<row>.<column>}. */
  public static final StructType APPLICATION =
      schema(
          required("doc_id", StringType),
          required(YEAR, IntegerType),
          nullable("province", StringType),
          nullable("scope", StringType),
          nullable("template", StringType),
          required("row_key", StringType),
          required("column_key", StringType),
          nullable("value", LongType),
          required("source", StringType),
          nullable("table_row", StringType),
          nullable("table_column", StringType),
          required("confidence", DoubleType));

  /** {@code review_litigation}: table 四, keys {@code t4.<block>.<outcome>}. */
  public static final StructType REVIEW_LITIGATION_ROW =
      schema(
          required("doc_id", StringType),
          required(YEAR, IntegerType),
          nullable("province", StringType),
          nullable("scope", StringType),
          required("block", StringType),
          required("outcome", StringType),
          nullable("value", LongType),
          required("source", StringType),
          required("confidence", DoubleType));

  /** {@code proactive_disclosure}: table 二 ({@code t2.<item>.<measure>}) and {@code proactive.items}. */
  public static final StructType PROACTIVE_DISCLOSURE_ROW =
      schema(
          required("doc_id", StringType),
          required(YEAR, IntegerType),
          nullable("province", StringType),
          nullable("scope", StringType),
          required("item", StringType),
          required("measure", StringType),
          required("value", DoubleType),
          required("source", StringType),
          nullable("table_row", StringType),
          nullable("table_column", StringType),
          required("confidence", DoubleType));

  /** {@code legacy_statistics}: the 2008-2018 statistics tables, keys {@code legacy.<indicator>}. */
  public static final StructType LEGACY_STATISTIC =
      schema(
          required("doc_id", StringType),
          required(YEAR, IntegerType),
          nullable("province", StringType),
          nullable("scope", StringType),
          required("indicator", StringType),
          required("value", DoubleType),
          required("source", StringType),
          nullable("table_row", StringType),
          required("confidence", DoubleType));

  /** The measure columns shared by both trend tables, in order (after the grouping columns). */
  public static final List<StructField> TREND_MEASURES =
      List.of(
          required("reports", LongType),
          required("agencies", LongType),
          required("reports_partial", LongType),
          required("reports_flagged", LongType),
          required("reports_prose_derived", LongType),
          required("reports_level_central", LongType),
          required("reports_level_province", LongType),
          required("reports_level_prefecture", LongType),
          required("reports_level_county", LongType),
          required("reports_level_township", LongType),
          required("reports_level_unknown", LongType),
          nullable("new_applications", LongType),
          nullable("carried_over", LongType),
          nullable("results", LongType),
          nullable("granted", LongType),
          nullable("partial", LongType),
          nullable("denied", LongType),
          nullable("unable", LongType),
          nullable("not_processed", LongType),
          nullable("other", LongType),
          nullable("carried_forward", LongType),
          nullable("disclosure_rate", DoubleType),
          nullable("full_disclosure_rate", DoubleType),
          nullable("denial_rate", DoubleType),
          nullable("unable_rate", DoubleType),
          nullable("not_processed_rate", DoubleType),
          nullable("review_total", LongType),
          nullable("review_corrected", LongType),
          nullable("review_pending", LongType),
          nullable("review_correction_rate", DoubleType),
          nullable("lit_direct_total", LongType),
          nullable("lit_direct_corrected", LongType),
          nullable("lit_direct_pending", LongType),
          nullable("lit_direct_correction_rate", DoubleType),
          nullable("lit_after_review_total", LongType),
          nullable("lit_after_review_corrected", LongType),
          nullable("lit_after_review_pending", LongType),
          nullable("lit_after_review_correction_rate", DoubleType),
          nullable("lit_total", LongType),
          nullable("lit_corrected", LongType));

  /** {@code trends_province_year}: one row per year, province, scope and template era. */
  public static final StructType TREND_PROVINCE_YEAR =
      withMeasures(
          required(YEAR, IntegerType),
          nullable("province", StringType),
          nullable("scope", StringType),
          nullable("template", StringType));

  /** {@code trends_national_year}: one row per year, scope and template era, all provinces. */
  public static final StructType TREND_NATIONAL_YEAR =
      withMeasures(
          required(YEAR, IntegerType),
          nullable("scope", StringType),
          nullable("template", StringType));

  /** Every written table by folder name, in the order the job writes them. */
  public static final Map<String, StructType> TABLES = tables();

  /** The tables of single values, cut from the documents' values, in the order the job writes them. */
  public static final List<String> VALUE_TABLES =
      List.of(APPLICATIONS, REVIEW_LITIGATION, PROACTIVE_DISCLOSURE, LEGACY_STATISTICS);

  /**
   * Columns each table is sorted by within a partition (after {@code year}), so that Parquet
   * min/max statistics are tight for the usual filters (province, document, key).
   */
  public static List<String> sortColumns(String table) {
    return switch (table) {
      case DOCUMENTS -> List.of("province", "prefecture", "county", "source_path");
      case APPLICATIONS -> List.of("province", "doc_id", "row_key", "column_key");
      case REVIEW_LITIGATION -> List.of("province", "doc_id", "block", "outcome");
      case PROACTIVE_DISCLOSURE -> List.of("province", "doc_id", "item", "measure");
      case LEGACY_STATISTICS -> List.of("province", "doc_id", "indicator");
      case TRENDS_PROVINCE_YEAR -> List.of("province", "scope", "template");
      case TRENDS_NATIONAL_YEAR -> List.of("scope", "template");
      default -> throw new IllegalArgumentException("unknown table: " + table);
    };
  }

  /**
   * Selects {@code schema}'s columns from {@code data} in the schema's order, cast to its types: the
   * last step before a table is written, so the files never depend on how a column was computed.
   */
  public static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
    List<Column> columns = new ArrayList<>();
    StructType have = data.schema();
    for (StructField f : schema.fields()) {
      Column c = functions.col(f.name());
      int i = have.getFieldIndex(f.name()).isDefined() ? have.fieldIndex(f.name()) : -1;
      // A column that differs only in nullability (read back from Parquet, every column is
      // nullable) is kept as it is: Spark cannot cast array<string> to array<string not null>.
      if (i < 0 || !nullable(have.fields()[i].dataType()).equals(nullable(f.dataType()))) {
        c = c.cast(f.dataType());
      }
      columns.add(c.as(f.name()));
    }
    return data.select(columns.toArray(new Column[0]));
  }

  /** {@code type} with every nested field, element and value nullable. */
  static DataType nullable(DataType type) {
    if (type instanceof StructType st) {
      StructField[] fs = new StructField[st.fields().length];
      for (int i = 0; i < fs.length; i++) {
        StructField f = st.fields()[i];
        fs[i] = new StructField(f.name(), nullable(f.dataType()), true, Metadata.empty());
      }
      return new StructType(fs);
    }
    if (type instanceof ArrayType at) {
      return DataTypes.createArrayType(nullable(at.elementType()), true);
    }
    if (type instanceof MapType mt) {
      return DataTypes.createMapType(nullable(mt.keyType()), nullable(mt.valueType()), true);
    }
    return type;
  }

  private static Map<String, StructType> tables() {
    Map<String, StructType> t = new LinkedHashMap<>();
    t.put(DOCUMENTS, DOCUMENT);
    t.put(APPLICATIONS, APPLICATION);
    t.put(REVIEW_LITIGATION, REVIEW_LITIGATION_ROW);
    t.put(PROACTIVE_DISCLOSURE, PROACTIVE_DISCLOSURE_ROW);
    t.put(LEGACY_STATISTICS, LEGACY_STATISTIC);
    t.put(TRENDS_PROVINCE_YEAR, TREND_PROVINCE_YEAR);
    t.put(TRENDS_NATIONAL_YEAR, TREND_NATIONAL_YEAR);
    return java.util.Collections.unmodifiableMap(t);
  }

  private static StructType withMeasures(StructField... groupColumns) {
    List<StructField> all = new ArrayList<>(Arrays.asList(groupColumns));
    all.addAll(TREND_MEASURES);
    return new StructType(all.toArray(new StructField[0]));
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField nullable(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
