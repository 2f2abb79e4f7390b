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
 * <p>Why: at a million reports the value tables hold some ninety million rows (86 million in the
 * generated corpus), and turning each from a {@link Row} into Spark's format (checking every
 * field's external type, converting every string) cost about as much as writing it. Here a document's own columns are converted once for
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
   * {@code table}'s rows of {@code sources} (rows of {@link ReportRows#valueSourceColumns}), in
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
    UTF8String tableName = UTF8String.fromString(table);
    Map<UTF8String, UTF8String[]> keyParts = new HashMap<>();
    return new Iterator<>() {
      private Iterator<InternalRow> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          current = rowsOf(documents.next(), tableName, fromUnion, keyParts);
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

  /**
   * A document's rows: its values of the table (its own column), already in the table's order ({@link
   * ReportRows#jobSections}), each value's labels handed on as the UTF-8 bytes they are encoded
   * in. The rows are what {@link ReportRows#unionRows} gives, field for field.
   */
  private Iterator<InternalRow> rowsOf(
      InternalRow doc, UTF8String tableName, int[] fromUnion,
      Map<UTF8String, UTF8String[]> keyParts) {
    if (doc.isNullAt(1) || !ReportRows.VALUED_STATUSES.contains(doc.getUTF8String(1).toString())) {
      return Collections.emptyIterator();
    }
    ValuesCodec.Cursor c = new ValuesCodec.Cursor(doc.isNullAt(6) ? null : doc.getBinary(6));
    if (!c.next()) {
      return Collections.emptyIterator();
    }
    // the document's own fields, copied out of the (reused) input row once for all its rows
    Object[] union = new Object[ReportRows.VALUE_UNION.size()];
    union[0] = tableName;
    union[1] = copy(doc, 0);
    union[2] = doc.getInt(2);
    union[3] = copy(doc, 3);
    union[4] = copy(doc, 4);
    union[5] = copy(doc, 5);
    List<InternalRow> out = new ArrayList<>();
    do {
      UTF8String[] parts = keyParts.get(c.keyUtf8());
      if (parts == null) {
        parts = split(c.key());
        keyParts.put(c.keyUtf8().copy(), parts);
      }
      double value = c.number();
      union[UNION_FIRST_KEY_PART] = parts[0];
      union[UNION_SECOND_KEY_PART] = parts[1];
      union[UNION_COUNT] = ReportRows.wholeCount(value);
      union[UNION_VALUE] = value;
      union[UNION_SOURCE] = c.labelUtf8(0);
      union[UNION_TABLE_ROW] = c.labelUtf8(2);
      union[UNION_TABLE_COLUMN] = c.labelUtf8(3);
      union[UNION_CONFIDENCE] = c.confidence();
      Object[] f = new Object[fromUnion.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = union[fromUnion[i]];
      }
      out.add(new GenericInternalRow(f));
    } while (c.next());
    return out.iterator();
  }

  /** A key's two parts ({@link ReportRows#route}); the table's section holds only its keys. */
  private UTF8String[] split(String key) {
    ReportRows.RoutedKey k = ReportRows.routeKnown(key);
    if (k == null || !k.table().equals(table)) {
      throw new IllegalStateException("value " + key + " in the section of " + table);
    }
    return new UTF8String[] {
      UTF8String.fromString(k.first()), k.second() == null ? null : UTF8String.fromString(k.second())
    };
  }

  /** {@link ReportRows#VALUE_UNION}'s key parts; the fields before them are the document's. */
  private static final int UNION_FIRST_KEY_PART = ReportRows.VALUE_UNION.fieldIndex("first");

  private static final int UNION_SECOND_KEY_PART = ReportRows.VALUE_UNION.fieldIndex("second");

  private static final int UNION_COUNT = ReportRows.VALUE_UNION.fieldIndex("count");
  private static final int UNION_VALUE = ReportRows.VALUE_UNION.fieldIndex("value");
  private static final int UNION_SOURCE = ReportRows.VALUE_UNION.fieldIndex("source");
  private static final int UNION_TABLE_ROW = ReportRows.VALUE_UNION.fieldIndex("table_row");
  private static final int UNION_TABLE_COLUMN = ReportRows.VALUE_UNION.fieldIndex("table_column");
  private static final int UNION_CONFIDENCE = ReportRows.VALUE_UNION.fieldIndex("confidence");

  /** A string column of the input row, copied: the row and its bytes are reused for the next. */
  private static UTF8String copy(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getUTF8String(i).copy();
  }
}
