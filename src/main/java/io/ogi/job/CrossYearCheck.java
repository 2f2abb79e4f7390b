package io.ogi.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The cross-year check of {@code domain.md}: an agency's 上年结转 (table 三 row 二, {@code
 * t3.carried.total}) for year Y should equal its 结转下年度继续办理 ({@code t3.carried_forward.total})
 * of year Y−1. Needs reports of several years, so it runs in the job, not the parser.
 *
 * <p>The same agency is the same {@code agency} text and {@code division_code} (null-safe), both
 * reports parsed or partial. A disagreement is a warning flag on the year-Y document, {@code
 * cross_year.carried_mismatch:<last year's carried forward>}; no value is changed and the status
 * stays. Many reports do not agree (domain.md: "often it does not"), which is why it is a warning.
 */
public final class CrossYearCheck {

  /** Table 三 row 二, 上年结转: carried over from last year. */
  static final String CARRIED = "t3.carried.total";

  /** Table 三's last row, 结转下年度继续办理: carried forward to next year. */
  static final String CARRIED_FORWARD = "t3.carried_forward.total";

  /** The flag's name; its detail is last year's carried-forward total. */
  public static final String FLAG = "cross_year.carried_mismatch";

  private CrossYearCheck() {}

  /** {@code documents} ({@link OutputSchemas#PARSED_DOCUMENT}) with the warning flag added where due. */
  static Dataset<Row> flag(Dataset<Row> documents, SmallSides sides) {
    Column valued = col("status").isin(ReportRows.VALUED_STATUSES.toArray());
    Dataset<Row> keyed =
        documents
            .where(valued.and(col("agency").isNotNull()).and(col(OutputSchemas.YEAR).gt(OutputSchemas.UNKNOWN_YEAR)))
            .select(
                col("doc_id"),
                col("agency"),
                col("division_code"),
                col(OutputSchemas.YEAR),
                // read from the values when the document was parsed (ReportRows.toRow)
                col("carried_total").as("_carried"),
                col("carried_forward_total").as("_carried_forward"));
    // Last year's carried-forward totals, one row per agency and year whatever the number of
    // reports: a name read for thousands of reports must not make the join their product.
    Dataset<Row> previous =
        keyed
            .where(col("_carried_forward").isNotNull())
            .groupBy(
                col("agency").as("_p_agency"),
                col("division_code").as("_p_division"),
                col(OutputSchemas.YEAR).plus(1).as("_p_year"))
            .agg(collect_set(col("_carried_forward")).as("_p_carried_forward"));
    Dataset<Row> mismatches =
        keyed
            .where(col("_carried").isNotNull())
            .join(
                previous,
                col("agency").equalTo(col("_p_agency"))
                    .and(col("division_code").eqNullSafe(col("_p_division")))
                    .and(col(OutputSchemas.YEAR).equalTo(col("_p_year"))))
            .select(
                col("doc_id"),
                explode(expr("filter(_p_carried_forward, v -> v <> _carried)")).as("_p_carried_forward"))
            .groupBy(col("doc_id").as("_m_doc_id"))
            .agg(collect_set(
                    concat(lit(FLAG + ":"), expr("cast(cast(_p_carried_forward as bigint) as string)")))
                .as("_m_flags"));
    // the mismatches are a small share of the documents (two columns): broadcast while few, so
    // the documents with their values are not shuffled for this warning
    Dataset<Row> small = sides.join("cross_year", mismatches);
    Dataset<Row> joined =
        documents.join(small, documents.col("doc_id").equalTo(small.col("_m_doc_id")), "left");
    return OutputSchemas.conform(
        joined.withColumn(
            "flags",
            when(col("_m_flags").isNotNull(), array_union(col("flags"), col("_m_flags")))
                .otherwise(col("flags"))),
        OutputSchemas.PARSED_DOCUMENT);
  }

}
