package io.ogi.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Cuts one value table from the documents as Spark's internal rows: the rows {@link
 * ReportRows#valueRows} gives, built without Spark's generic row encoder.
 *
 * <p>Why: at a million reports the value tables hold some sixty million rows, and turning each
 * from a {@link Row} into Spark's format (checking every field's external type, converting every
 * string) cost about as much as writing it. Here a document's own columns are converted once for
 * all its rows and a key's parts once per task. This leans on two of Spark's internal entry
 * points ({@code queryExecution().toRdd()} and {@code internalCreateDataFrame}), public in the
 * bytecode though not in the API; {@code ValueTableCutterTest} holds them to the {@link Row} path.
 */
final class ValueTableCutter implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {

  private static final long serialVersionUID = 1L;

  private final String table;

  private ValueTableCutter(String table) {
    this.table = table;
  }

  /**
   * {@code table}'s rows of {@code sources} (rows of {@link ReportRows#VALUE_SOURCE_COLUMNS}), in
   * the order of the sources and, within a document, in key order.
   */
  static Dataset<Row> cut(Dataset<Row> sources, String table) {
    var plan = ((org.apache.spark.sql.classic.Dataset<Row>) sources).queryExecution();
    JavaRDD<InternalRow> rows = plan.toRdd().toJavaRDD().mapPartitions(new ValueTableCutter(table));
    var spark = (org.apache.spark.sql.classic.SparkSession) sources.sparkSession();
    return spark.internalCreateDataFrame(rows.rdd(), OutputSchemas.TABLES.get(table), false);
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> documents) {
    int[] fromUnion = ReportRows.unionIndex(table);
    Map<String, UTF8String> keyParts = new HashMap<>();
    return new Iterator<>() {
      private Iterator<InternalRow> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          current = rowsOf(documents.next(), fromUnion, keyParts);
        }
        return current.hasNext();
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Iterator<InternalRow> rowsOf(InternalRow doc, int[] fromUnion, Map<String, UTF8String> keyParts) {
    List<Object[]> unions =
        ReportRows.unionRows(
            text(doc, 0), text(doc, 1), doc.getInt(2), text(doc, 3), text(doc, 4), text(doc, 5),
            doc.getBinary(6), table);
    if (unions.isEmpty()) {
      return Collections.emptyIterator();
    }
    // the document's own columns (doc_id … template), the same in each of its rows
    Object[] own = new Object[UNION_FIRST_KEY_PART];
    for (int i = 0; i < own.length; i++) {
      own[i] = internal(unions.get(0)[i]);
    }
    List<InternalRow> out = new ArrayList<>(unions.size());
    for (Object[] union : unions) {
      Object[] f = new Object[fromUnion.length];
      for (int i = 0; i < f.length; i++) {
        int u = fromUnion[i];
        Object v = union[u];
        if (u < UNION_FIRST_KEY_PART) {
          f[i] = own[u];
        } else if (u == UNION_FIRST_KEY_PART || u == UNION_SECOND_KEY_PART) {
          f[i] = v == null ? null : keyParts.computeIfAbsent((String) v, UTF8String::fromString);
        } else {
          f[i] = internal(v);
        }
      }
      out.add(new GenericInternalRow(f));
    }
    return out.iterator();
  }

  /** {@link ReportRows#VALUE_UNION}'s key parts; the fields before them are the document's. */
  private static final int UNION_FIRST_KEY_PART = ReportRows.VALUE_UNION.fieldIndex("first");

  private static final int UNION_SECOND_KEY_PART = ReportRows.VALUE_UNION.fieldIndex("second");

  private static String text(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getUTF8String(i).toString();
  }

  /** A {@link ReportRows#unionRows} field as Spark holds it inside: strings as UTF-8. */
  private static Object internal(Object value) {
    return value instanceof String s ? UTF8String.fromString(s) : value;
  }
}
