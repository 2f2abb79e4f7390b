package io.ogi.job;

import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import io.ogi.place.EvidenceKinds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Pure conversions between the parser's {@link ParsedReport} and the job's rows; no Spark session
 * needed, so every rule here is unit-tested on its own ({@code ReportRowsTest}).
 *
 * <ul>
 *   <li>{@link #toRow} and {@link #rejected}: a report (or a failure to get one) → one {@link
 *       OutputSchemas#PARSED_DOCUMENT} row;
 *   <li>{@link #route}: a value key → its table and the key's parts;
 *   <li>{@link #valueRows}: a document row → its rows in one value table.
 * </ul>
 */
public final class ReportRows {

  private ReportRows() {}

  private static final Set<String> KNOWN_STATUSES =
      Set.of(
          ParsedReport.STATUS_PARSED, ParsedReport.STATUS_PARTIAL, ParsedReport.STATUS_REJECTED);

  /** Statuses whose values reach the value and trend tables. */
  public static final Set<String> VALUED_STATUSES =
      Set.of(ParsedReport.STATUS_PARSED, ParsedReport.STATUS_PARTIAL);

  private static final StructType DOC = OutputSchemas.PARSED_DOCUMENT;
  private static final int I_DOC_ID = DOC.fieldIndex("doc_id");
  private static final int I_STATUS = DOC.fieldIndex("status");
  private static final int I_YEAR = DOC.fieldIndex("year");
  private static final int I_PROVINCE = DOC.fieldIndex("province");
  private static final int I_SCOPE = DOC.fieldIndex("scope");
  private static final int I_TEMPLATE = DOC.fieldIndex("template");

  /**
   * One {@link OutputSchemas#PARSED_DOCUMENT} row for a report, in schema order.
   *
   * <p>A status the job does not know (anything but parsed, partial, rejected; {@code duplicate} is
   * the job's to give) becomes {@code rejected} with a reason naming it, so the counts reconcile
   * and the problem is visible as data. A {@code null} year becomes {@link
   * OutputSchemas#UNKNOWN_YEAR}.
   */
  public static Row toRow(ParsedReport r) {
    return toRow(r, null, null);
  }

  /**
   * As {@link #toRow(ParsedReport)}, for a document read out of a packed file: {@code container}
   * is the WARC or Parquet file it was in, {@code containerOffset} the WARC record's byte offset
   * or the Parquet row's index in its file ({@code null} both for a plain file).
   */
  public static Row toRow(ParsedReport r, String container, Long containerOffset) {
    String status = r.getStatus();
    String reason = r.getReason();
    if (status == null || !KNOWN_STATUSES.contains(status)) {
      reason = "parser returned unknown status '" + status + "'" + (reason == null ? "" : ": " + reason);
      status = ParsedReport.STATUS_REJECTED;
    }
    Place place = r.getPlace() == null ? Place.UNKNOWN : r.getPlace();
    Sections sections = sections(r.getValues());
    Object[] fields =
        new Object[] {
          r.getDocId(),
          r.getSourcePath(),
          r.getSizeBytes(),
          container,
          containerOffset,
          status,
          reason,
          null, // duplicate_of: set by the job when it compares documents
          null, // duplicate_of_doc_id: likewise
          r.getFormat(),
          r.getCharset(),
          r.getTemplate(),
          r.getTemplateRevision(),
          r.getYear() == null ? OutputSchemas.UNKNOWN_YEAR : r.getYear(),
          r.getAgency(),
          place.level(),
          r.getIssuer(),
          r.getDepartmentType(),
          place.divisionCode(),
          place.province(),
          place.prefecture(),
          place.county(),
          r.getScope(),
          r.isTablesMissing(),
          place.confidence(),
          seq(place.evidence()),
          seq(EvidenceKinds.of(place, r.getAgencySource())),
          seq(r.getFlags()),
          seq(r.getAmbiguous()),
          r.getValues().size(),
          r.getParserVersion(),
          sections.packed(0),
          sections.packed(1),
          sections.packed(2),
          sections.packed(3),
          NearDuplicates.pack(r.getTextSignature()),
          sections.digest(),
          ValuesCodec.valueOf(r.getValues(), CrossYearCheck.CARRIED),
          ValuesCodec.valueOf(r.getValues(), CrossYearCheck.CARRIED_FORWARD),
          sections.valueTables()
        };
    return new GenericRowWithSchema(fields, DOC);
  }

  /**
   * A document's values as the job splits them: section {@code i} holds the values of {@code
   * OutputSchemas.VALUE_TABLES.get(i)} (its column, {@link OutputSchemas#valuesColumn}) in the
   * table's order within a document (first key part, then second, a missing part first; parser
   * order among equals), and the last section the values no table takes, in parser order.
   */
  static List<List<ReportValue>> jobSections(List<ReportValue> values) {
    Sections s = sections(values);
    List<List<ReportValue>> out = new ArrayList<>();
    for (List<RoutedValue> table : s.routed) {
      List<ReportValue> section = new ArrayList<>(table.size());
      table.forEach(rv -> section.add(rv.value()));
      out.add(section);
    }
    out.add(s.unrouted);
    return out;
  }

  /** {@link #jobSections}, each value with its route (whose key's UTF-8 is made once per key). */
  private static Sections sections(List<ReportValue> values) {
    int tables = OutputSchemas.VALUE_TABLES.size();
    List<List<RoutedValue>> routed = new ArrayList<>(tables);
    for (int i = 0; i < tables; i++) {
      routed.add(new ArrayList<>());
    }
    List<ReportValue> unrouted = new ArrayList<>();
    boolean ordered = true; // every routed key has its order string
    for (ReportValue v : values) {
      Route r = knownRoute(v.key());
      if (r == null) {
        unrouted.add(v);
      } else {
        routed.get(r.table()).add(new RoutedValue(r, v));
        ordered &= r.order() != null;
      }
    }
    for (List<RoutedValue> table : routed) {
      table.sort(ordered ? BY_ORDER : ROUTED_ORDER);
    }
    return new Sections(routed, unrouted, ordered, values);
  }

  /** A document's values routed: per value table in its order, and those no table takes. */
  private record Sections(
      List<List<RoutedValue>> routed, List<ReportValue> unrouted, boolean ordered, List<ReportValue> all) {

    /**
     * Table {@code i}'s values packed by {@link ValuesCodec#encode}, its column of {@link
     * OutputSchemas#PARSED_DOCUMENT}; {@code null} when it has none. (The values no table takes
     * are in no table and not carried on: {@code value_count} counts them.)
     */
    byte[] packed(int i) {
      List<RoutedValue> table = routed.get(i);
      if (table.isEmpty()) {
        return null;
      }
      List<ReportValue> values = new ArrayList<>(table.size());
      byte[][] keys = new byte[table.size()][];
      for (int j = 0; j < keys.length; j++) {
        values.add(table.get(j).value());
        keys[j] = table.get(j).route().keyUtf8();
      }
      return ValuesCodec.encode(values, keys);
    }

    /** The bit of each value table ({@link OutputSchemas#VALUE_TABLES}) that has a row of the document. */
    int valueTables() {
      int bits = 0;
      for (int i = 0; i < routed.size(); i++) {
        if (!routed.get(i).isEmpty()) {
          bits |= 1 << i;
        }
      }
      return bits;
    }

    /**
     * {@link #valuesDigest} of the document's values. When every value is routed and no two share
     * an order string, the tables' order is already an order of the keys alone, so the pairs are
     * hashed in it (the keys' UTF-8 made once per key); otherwise they are sorted first.
     */
    String digest() {
      if (all.isEmpty()) {
        return null;
      }
      if (!ordered || !unrouted.isEmpty()) {
        return valuesDigest(all);
      }
      int length = 0;
      for (List<RoutedValue> table : routed) {
        for (int j = 0; j < table.size(); j++) {
          if (j > 0 && table.get(j).route().order().equals(table.get(j - 1).route().order())) {
            return valuesDigest(all); // two values share a key's place: sort them
          }
          length += table.get(j).route().keyUtf8().length + 1 + Long.BYTES;
        }
      }
      java.nio.ByteBuffer pairs = java.nio.ByteBuffer.allocate(length);
      for (List<RoutedValue> table : routed) {
        for (RoutedValue rv : table) {
          pairs.put(rv.route().keyUtf8()).put((byte) '=').putLong(Double.doubleToLongBits(rv.value().value()));
        }
      }
      return sha256Prefix(pairs.array());
    }
  }

  private record RoutedValue(Route route, ReportValue value) {}

  /** {@link #ROUTED_ORDER} as one comparison of the keys' {@link Route#order} strings. */
  private static final java.util.Comparator<RoutedValue> BY_ORDER =
      (a, b) -> a.route().order().compareTo(b.route().order());

  /**
   * The value tables' order of a document's rows: Spark's ascending order of the key parts, nulls
   * first. Keys are ASCII, so Java's comparison of strings is Spark's comparison of their UTF-8
   * bytes. Written out (not a comparator chain): every document sorts its values by it.
   */
  private static final java.util.Comparator<RoutedValue> ROUTED_ORDER =
      (a, b) -> {
        int c = compareNullsFirst(a.route().key().first(), b.route().key().first());
        return c != 0 ? c : compareNullsFirst(a.route().key().second(), b.route().key().second());
      };

  private static int compareNullsFirst(String a, String b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /**
   * A digest of a report's values (sorted {@code key=value} pairs), equal for two reports that
   * read the same numbers under the same keys; {@code null} when there are none.
   */
  static String valuesDigest(List<ReportValue> values) {
    if (values.isEmpty()) {
      return null;
    }
    // (key, number) pairs in a canonical order, hashed as bytes: no text built per value, and
    // one update of the digest (key UTF-8, '=', the number's 8 bytes big-endian, per value)
    ReportValue[] sorted = values.toArray(new ReportValue[0]);
    java.util.Arrays.sort(
        sorted,
        (a, b) -> {
          int c = a.key().compareTo(b.key());
          return c != 0 ? c : Long.compare(Double.doubleToLongBits(a.value()), Double.doubleToLongBits(b.value()));
        });
    byte[][] keys = new byte[sorted.length][];
    int length = 0;
    for (int i = 0; i < sorted.length; i++) {
      keys[i] = sorted[i].key().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      length += keys[i].length + 1 + Long.BYTES;
    }
    java.nio.ByteBuffer pairs = java.nio.ByteBuffer.allocate(length);
    for (int i = 0; i < sorted.length; i++) {
      pairs.put(keys[i]).put((byte) '=').putLong(Double.doubleToLongBits(sorted[i].value()));
    }
    return sha256Prefix(pairs.array());
  }

  /** The first 16 bytes of the SHA-256 of {@code bytes}, in hex. */
  private static String sha256Prefix(byte[] bytes) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(bytes);
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }


  /**
   * The row for a document the job could not hand to the parser, or whose parser failed: status
   * {@code rejected}, the reason, and whatever identity is known.
   *
   * @param docId SHA-256 of the bytes, or {@code null} when they could not be read
   * @param parserVersion the parser's version when it ran (and failed), {@code null} when it never
   *     saw the document
   */
  public static Row rejected(
      String sourcePath, long sizeBytes, String docId, String reason, String parserVersion) {
    return rejected(sourcePath, sizeBytes, docId, reason, parserVersion, null, null);
  }

  /** As {@link #rejected(String, long, String, String, String)}, out of a packed file. */
  public static Row rejected(
      String sourcePath,
      long sizeBytes,
      String docId,
      String reason,
      String parserVersion,
      String container,
      Long containerOffset) {
    ParsedReport r = new ParsedReport();
    r.setSourcePath(sourcePath);
    r.setSizeBytes(sizeBytes);
    r.setDocId(docId);
    r.setStatus(ParsedReport.STATUS_REJECTED);
    r.setReason(reason);
    r.setParserVersion(parserVersion);
    return toRow(r, container, containerOffset);
  }

  /**
   * Where a value key goes.
   *
   * @param table one of the value tables of {@link OutputSchemas}
   * @param first {@code row_key}, {@code block}, {@code item} or {@code indicator}
   * @param second {@code column_key}, {@code outcome} or {@code measure}; {@code null} for legacy
   */
  public record RoutedKey(String table, String first, String second) {}

  /**
   * A key's route, with its table's index in {@link OutputSchemas#VALUE_TABLES} and its place in
   * {@link #ROUTED_ORDER} as one string ({@link #orderOf}), or {@code null} order for parts that
   * string cannot stand for.
   */
  private record Route(RoutedKey key, int table, String order, byte[] keyUtf8) {}

  /** Keys seen so far and their routes: a parser emits a few hundred keys, each millions of times. */
  private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<Route>> ROUTES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_ROUTES = 10_000;

  /** {@link #route}, remembered for the first {@value #MAX_ROUTES} keys. */
  static RoutedKey routeKnown(String key) {
    Route r = knownRoute(key);
    return r == null ? null : r.key();
  }

  private static Route knownRoute(String key) {
    java.util.Optional<Route> known = ROUTES.get(key);
    if (known != null) {
      return known.orElse(null);
    }
    RoutedKey k = route(key);
    Route r =
        k == null
            ? null
            : new Route(
                k, OutputSchemas.VALUE_TABLES.indexOf(k.table()), orderOf(k),
                key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (ROUTES.size() < MAX_ROUTES) {
      ROUTES.put(key, java.util.Optional.ofNullable(r));
    }
    return r;
  }

  /**
   * A string whose order ({@link String#compareTo}) among those of other keys is {@link
   * #ROUTED_ORDER}'s: each part as U+0001 and the part ({@code ""} for none), the two joined by
   * U+0000. A missing part sorts first, a part before any longer part it begins,
   * the second part decides between equal first parts; that holds while no part has a character
   * below U+0002 ({@code null} then: the document sorts by the comparator itself).
   */
  private static String orderOf(RoutedKey k) {
    if (hasControl(k.first()) || hasControl(k.second())) {
      return null;
    }
    return (k.first() == null ? "" : "\1" + k.first()) + "\0" + (k.second() == null ? "" : "\1" + k.second());
  }

  private static boolean hasControl(String part) {
    if (part != null) {
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '\2') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Splits a gold-format key into its table and parts, or returns {@code null} for a key that
   * fits no table (unknown family, or too few parts): such a value stays counted in {@code
   * documents.value_count} but is written nowhere else.
   *
   * <ul>
   *   <li>{@code t3.<row>.<column>} → applications; the row may itself be dotted ({@code
   *       t3.denied.state_secret.total} → row {@code denied.state_secret}, column {@code total});
   *   <li>{@code t4.<block>.<outcome>} → review_litigation;
   *   <li>{@code t2.<item>.<measure>} → proactive_disclosure, and {@code proactive.items} → item
   *       {@code all}, measure {@code items};
   *   <li>{@code legacy.<indicator>} → legacy_statistics, indicator possibly dotted ({@code
   *       received.online}).
   * </ul>
   */
  public static RoutedKey route(String key) {
    if (key == null) {
      return null;
    }
    String[] parts = key.split("\\.", -1);
    for (String p : parts) {
      if (p.isEmpty()) {
        return null;
      }
    }
    switch (parts[0]) {
      case "t3":
        if (parts.length < 3) {
          return null;
        }
        int lastDot = key.lastIndexOf('.');
        return new RoutedKey(
            OutputSchemas.APPLICATIONS, key.substring(3, lastDot), key.substring(lastDot + 1));
      case "t4":
        return parts.length == 3
            ? new RoutedKey(OutputSchemas.REVIEW_LITIGATION, parts[1], parts[2])
            : null;
      case "t2":
        return parts.length == 3
            ? new RoutedKey(OutputSchemas.PROACTIVE_DISCLOSURE, parts[1], parts[2])
            : null;
      case "proactive":
        // The total of items proactively published has no item: it is the whole of table 二's
        // subject, in either era.
        return parts.length == 2
            ? new RoutedKey(OutputSchemas.PROACTIVE_DISCLOSURE, "all", parts[1])
            : null;
      case "legacy":
        return parts.length >= 2
            ? new RoutedKey(OutputSchemas.LEGACY_STATISTICS, key.substring("legacy.".length()), null)
            : null;
      default:
        return null;
    }
  }

  /**
   * The rows a {@link OutputSchemas#PARSED_DOCUMENT} row contributes to one value table, in key
   * order (first part, then second; a missing part first: the order of the table's files within a
   * document); none unless the document's status is parsed or partial (a duplicate's or
   * a rejected document's values are never counted).
   *
   * @param table {@link OutputSchemas#APPLICATIONS}, {@link OutputSchemas#REVIEW_LITIGATION},
   *     {@link OutputSchemas#PROACTIVE_DISCLOSURE} or {@link OutputSchemas#LEGACY_STATISTICS}
   */
  public static List<Row> valueRows(Row document, String table) {
    // the job's own mapping (unionRows, as ValueTableCutter cuts the tables), as Rows
    List<Object[]> unions =
        unionRows(
            document.getString(I_DOC_ID), document.getString(I_STATUS), document.getInt(I_YEAR),
            document.getString(I_PROVINCE), document.getString(I_SCOPE), document.getString(I_TEMPLATE),
            document.getAs(DOC.fieldIndex(OutputSchemas.valuesColumn(table))), table);
    StructType schema = OutputSchemas.TABLES.get(table);
    int[] fromUnion = unionIndex(table);
    List<Row> out = new ArrayList<>(unions.size());
    for (Object[] union : unions) {
      Object[] f = new Object[fromUnion.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = union[fromUnion[i]];
      }
      out.add(new GenericRowWithSchema(f, schema));
    }
    return out;
  }

  /**
   * The document columns {@code table} is cut from, in this order ({@link ValueTableCutter}): the
   * last is the table's own values column.
   */
  public static List<String> valueSourceColumns(String table) {
    return List.of("doc_id", "status", "year", "province", "scope", "template", OutputSchemas.valuesColumn(table));
  }

  /**
   * One value of a document, for any of the four value tables: the table's name, the document's
   * columns, the key's two parts ({@code first}, {@code second}), the value as a whole count
   * ({@code count}, null for a fraction) and as printed ({@code value}), and the value's
   * provenance. Each table takes its columns from these fields ({@link #unionNames}).
   */
  static final StructType VALUE_UNION =
      new StructType()
          .add("table", DataTypes.StringType, false)
          .add("doc_id", DataTypes.StringType, false)
          .add("year", DataTypes.IntegerType, false)
          .add("province", DataTypes.StringType, true)
          .add("scope", DataTypes.StringType, true)
          .add("template", DataTypes.StringType, true)
          .add("first", DataTypes.StringType, false)
          .add("second", DataTypes.StringType, true)
          .add("count", DataTypes.LongType, true)
          .add("value", DataTypes.DoubleType, false)
          .add("source", DataTypes.StringType, false)
          .add("table_row", DataTypes.StringType, true)
          .add("table_column", DataTypes.StringType, true)
          .add("confidence", DataTypes.DoubleType, false);

  /**
   * A document's values of {@code table} as {@link #VALUE_UNION} fields (Java values), in key
   * order (the order of the table's section, {@link #jobSections}); none unless the status is
   * parsed or partial. {@link #valueRows}'s rows; {@link ValueTableCutter} makes the same rows as
   * Spark's internal rows ({@code ValueTableCutterTest} holds the two equal).
   */
  static List<Object[]> unionRows(
      String docId, String status, int year, String province, String scope, String template,
      byte[] values, String table) {
    if (!VALUED_STATUSES.contains(status)) {
      return List.of();
    }
    List<Object[]> unions = new ArrayList<>();
    // the table's own values column: the other tables' values are never read
    ValuesCodec.Cursor c = new ValuesCodec.Cursor(values);
    while (c.next()) {
      RoutedKey k = routeKnown(c.key());
      if (k == null || !k.table().equals(table)) {
        throw new IllegalStateException("value " + c.key() + " in the section of " + table);
      }
      ReportValue v = c.value();
      double value = v.value();
      unions.add(new Object[] {
        k.table(), docId, year, province, scope, template, k.first(), k.second(), wholeCount(value),
        value, v.source(), v.row(), v.column(), v.confidence()
      });
    }
    return unions;
  }

  /** For each column of {@code table}, the {@link #VALUE_UNION} field it takes. */
  static int[] unionIndex(String table) {
    return UNION_INDEX.get(table);
  }

  /** For each value table, the {@link #VALUE_UNION} field of each of its columns. */
  private static final java.util.Map<String, int[]> UNION_INDEX = new java.util.HashMap<>();

  static {
    for (String table : OutputSchemas.VALUE_TABLES) {
      java.util.Map<String, String> renamed = unionNames(table);
      String[] names = OutputSchemas.TABLES.get(table).fieldNames();
      int[] index = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        index[i] = VALUE_UNION.fieldIndex(renamed.getOrDefault(names[i], names[i]));
      }
      UNION_INDEX.put(table, index);
    }
  }

  /** A value table's columns that carry another name in {@link #VALUE_UNION} (the rest: same name). */
  private static java.util.Map<String, String> unionNames(String table) {
    return switch (table) {
      case OutputSchemas.APPLICATIONS -> java.util.Map.of("row_key", "first", "column_key", "second", "value", "count");
      case OutputSchemas.REVIEW_LITIGATION -> java.util.Map.of("block", "first", "outcome", "second", "value", "count");
      case OutputSchemas.PROACTIVE_DISCLOSURE -> java.util.Map.of("item", "first", "measure", "second");
      case OutputSchemas.LEGACY_STATISTICS -> java.util.Map.of("indicator", "first");
      default -> throw new IllegalArgumentException("not a value table: " + table);
    };
  }

  /**
   * A count as a whole number, or {@code null} when the parser emitted a fraction (or a
   * non-finite number) for it: a count table never rounds what a report said.
   */
  public static Long wholeCount(double value) {
    if (!Double.isFinite(value) || value != Math.rint(value) || Math.abs(value) > 9.0e15) {
      return null;
    }
    return (long) value;
  }

  private static <T> scala.collection.immutable.Seq<T> seq(Collection<T> items) {
    List<T> list = items == null ? List.of() : new ArrayList<>(items);
    return CollectionConverters.asScala(list).toList();
  }
}
