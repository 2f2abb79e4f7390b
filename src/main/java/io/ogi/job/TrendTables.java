package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
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

  private static Dataset<Row> aggregate(Dataset<Row> measures, String... groupBy) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("reports"));
    aggs.add(countDistinct(col("agency_key")).as("agencies"));
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
      Column num = sum(r.name() + "_num");
      Column den = sum(r.name() + "_den");
      aggs.add(when(den.gt(0), num.cast("double").divide(den.cast("double"))).as(r.name()));
    }
    Column[] groups = new Column[groupBy.length];
    for (int i = 0; i < groupBy.length; i++) {
      groups[i] = col(groupBy[i]);
    }
    return measures
        .groupBy(groups)
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }
}
