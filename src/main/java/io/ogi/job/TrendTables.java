package io.ogi.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The trend tables: sums of {@link TrendMeasures} rows by year, scope and template era, per
 * province and for the whole country.
 *
 * <p>Scope is a grouping column, so a jurisdiction aggregate (全市/全省 …) is never added to the
 * agency reports it summarises: each output row holds one scope only.
 */
final class TrendTables {

  private TrendTables() {}

  /** {@link OutputSchemas#TREND_PROVINCE_YEAR} from per-report measure rows. */
  static Dataset<Row> byProvinceYear(Dataset<Row> measures) {
    return OutputSchemas.conform(
        aggregate(measures, "year", "province", "scope", "template"),
        OutputSchemas.TREND_PROVINCE_YEAR);
  }

  /** {@link OutputSchemas#TREND_NATIONAL_YEAR}: every report of a year, unknown province included. */
  static Dataset<Row> byNationalYear(Dataset<Row> measures) {
    return OutputSchemas.conform(
        aggregate(measures, "year", "scope", "template"), OutputSchemas.TREND_NATIONAL_YEAR);
  }

  /**
   * The sums by {@code groupBy}, and the distinct agencies counted apart: one {@code countDistinct}
   * among the sums made Spark shuffle every report with all its partial sums, keyed by agency
   * (one-distinct plan); apart, the sums are reduced before their shuffle and only the group
   * columns and agency key are shuffled for the count (measured: README, Performance).
   */
  private static Dataset<Row> aggregate(Dataset<Row> measures, String... groupBy) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("reports"));
    aggs.add(sum("is_partial").as("reports_partial"));
    aggs.add(sum("is_flagged").as("reports_flagged"));
    aggs.add(sum("is_prose").as("reports_prose_derived"));
    for (String l : TrendMeasures.LEVELS) {
      aggs.add(sum("is_level_" + l).as("reports_level_" + l));
    }
    aggs.add(sum("is_level_unknown").as("reports_level_unknown"));
    for (String s : TrendMeasures.SUMS) {
      aggs.add(sum(s).as(s)); // null when no report has the value
    }
    for (TrendMeasures.Rate r : TrendMeasures.RATES) {
      aggs.add(sum(r.name() + "_num").as("_num_" + r.name()));
      aggs.add(sum(r.name() + "_den").as("_den_" + r.name()));
    }
    Column[] groups = new Column[groupBy.length];
    Column[] agencyGroups = new Column[groupBy.length];
    for (int i = 0; i < groupBy.length; i++) {
      groups[i] = col(groupBy[i]);
      agencyGroups[i] = col(groupBy[i]).as("_a_" + groupBy[i]);
    }
    Dataset<Row> sums = measures.groupBy(groups).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
    // countDistinct counts non-null keys: a group whose reports name no agency counts 0
    Dataset<Row> agencies =
        measures
            .where(col("agency_key").isNotNull())
            .select(withAgencyKey(groups))
            .distinct()
            .groupBy(agencyGroups)
            .agg(count(lit(1)).as("agencies"));
    Column on = null;
    for (String g : groupBy) {
      Column same = sums.col(g).eqNullSafe(agencies.col("_a_" + g)); // province may be null
      on = on == null ? same : on.and(same);
    }
    Dataset<Row> joined = sums.join(broadcast(agencies), on, "left");
    List<Column> out = new ArrayList<>();
    for (String g : groupBy) {
      out.add(sums.col(g));
    }
    out.add(col("reports"));
    out.add(coalesce(col("agencies"), lit(0L)).as("agencies"));
    for (String c : sums.columns()) {
      if (!c.equals("reports") && !c.startsWith("_") && !java.util.Arrays.asList(groupBy).contains(c)) {
        out.add(col(c));
      }
    }
    for (TrendMeasures.Rate r : TrendMeasures.RATES) {
      Column num = col("_num_" + r.name());
      Column den = col("_den_" + r.name());
      out.add(when(den.gt(0), num.cast("double").divide(den.cast("double"))).as(r.name()));
    }
    return joined.select(out.toArray(new Column[0]));
  }

  private static Column[] withAgencyKey(Column[] groups) {
    Column[] c = java.util.Arrays.copyOf(groups, groups.length + 1);
    c[groups.length] = col("agency_key");
    return c;
  }
}
