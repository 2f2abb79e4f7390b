package io.ogi.cli;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Compares the job's trend tables (and document statuses) with the truth that {@code generate}
 * wrote ({@code _truth/}): every row and column, sums exactly, rates to 1e-9 relative.
 */
public final class TruthComparison {

  /** Outcome of one table, or of all. */
  public record Result(long rows, long equal, long different, long missing, long extra, List<String> details) {
    /** Rows not equal: different values, missing from the job's table, or extra in it. */
    public long notEqual() {
      return different + missing + extra;
    }
  }

  /** Outcome of the document statuses. */
  public record DocResult(long files, long equal, long different, List<String> details) {}

  private static final int MAX_DETAILS = 30;

  private TruthComparison() {}

  /** The truth folder: {@code DIR/_truth} when given the corpus folder, else {@code DIR} itself. */
  public static Path truthDir(Path dir) {
    Path t = dir.resolve("_truth");
    return Files.isDirectory(t) ? t : dir;
  }

  /** Compares one trend table ({@code trends_province_year} or {@code trends_national_year}). */
  public static Result compareTable(SparkSession spark, Path truth, String tables, String table) throws IOException {
    List<String> header;
    List<Map<String, String>> want = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(truth.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
      header = List.of(r.readLine().split(",", -1));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i), f[i]);
        }
        want.add(m);
      }
    }
    List<String> groups = table.equals("trends_province_year")
        ? List.of("year", "province", "scope", "template")
        : List.of("year", "scope", "template");
    Dataset<Row> got = spark.read().parquet(tables + "/" + table);
    Map<String, Map<String, Object>> byKey = new TreeMap<>();
    List<String> cols = new ArrayList<>();
    for (StructField f : got.schema().fields()) {
      cols.add(f.name());
    }
    for (Row row : got.collectAsList()) {
      Map<String, Object> m = new HashMap<>();
      for (String c : cols) {
        m.put(c, row.getAs(c));
      }
      byKey.put(key(groups, m), m);
    }
    long equal = 0;
    long different = 0;
    long missing = 0;
    List<String> details = new ArrayList<>();
    for (Map<String, String> w : want) {
      String k = key(groups, new HashMap<>(w));
      Map<String, Object> g = byKey.remove(k);
      if (g == null) {
        missing++;
        note(details, table + " [" + k + "] missing from the job's table");
        continue;
      }
      List<String> diffs = new ArrayList<>();
      for (String c : header) {
        if (groups.contains(c)) {
          continue;
        }
        if (!g.containsKey(c)) {
          diffs.add(c + ": no such column");
        } else if (!same(w.get(c), g.get(c))) {
          diffs.add(c + " truth=" + (w.get(c).isEmpty() ? "null" : w.get(c)) + " got=" + g.get(c));
        }
      }
      if (diffs.isEmpty()) {
        equal++;
      } else {
        different++;
        note(details, table + " [" + k + "] " + String.join("; ", diffs));
      }
    }
    for (String k : byKey.keySet()) {
      note(details, table + " [" + k + "] in the job's table but not in the truth");
    }
    return new Result(want.size(), equal, different, missing, byKey.size(), details);
  }

  /** Compares each file's status in the job's {@code documents} table with {@code documents.csv}. */
  public static DocResult compareDocuments(SparkSession spark, Path truth, String tables) {
    Dataset<Row> want = spark.read().option("header", "true").csv(truth.resolve("documents.csv").toString())
        .select(col("file"), col("expected_status"));
    Dataset<Row> got = spark.read().parquet(tables + "/documents")
        .select(regexp_extract(col("source_path"), "([^/]+/[^/]+)$", 1).as("gfile"), col("status"));
    Dataset<Row> joined = want.join(got, want.col("file").equalTo(got.col("gfile")), "full_outer");
    long files = want.count();
    Dataset<Row> bad = joined.filter(coalesce(col("expected_status"), lit("-")).notEqual(coalesce(col("status"), lit("-"))));
    long different = bad.count();
    List<String> details = new ArrayList<>();
    for (Row r : bad.limit(MAX_DETAILS).collectAsList()) {
      details.add("documents " + (r.isNullAt(0) ? r.getString(2) : r.getString(0)) + " expected=" + r.get(1)
          + " got=" + r.get(3));
    }
    return new DocResult(files, files - different, different, details);
  }

  /** Prints the comparison; returns the number of unequal rows and files. */
  public static long report(SparkSession spark, Path truthOrCorpus, String tables, PrintStream out) throws IOException {
    Path truth = truthDir(truthOrCorpus);
    long rows = 0;
    long equal = 0;
    long notEqual = 0;
    for (String t : List.of("trends_province_year", "trends_national_year")) {
      Result r = compareTable(spark, truth, tables, t);
      out.printf(Locale.ROOT, "%s: rows=%d equal=%d different=%d missing=%d extra=%d%n", t, r.rows(), r.equal(),
          r.different(), r.missing(), r.extra());
      r.details().forEach(d -> out.println("  " + d));
      rows += r.rows();
      equal += r.equal();
      notEqual += r.notEqual();
    }
    DocResult d = compareDocuments(spark, truth, tables);
    out.printf(Locale.ROOT, "documents: files=%d status_equal=%d status_different=%d%n", d.files(), d.equal(),
        d.different());
    d.details().forEach(x -> out.println("  " + x));
    out.printf(Locale.ROOT, "truth: rows=%d equal=%d different=%d%n", rows, equal, notEqual);
    return notEqual + d.different();
  }

  private static void note(List<String> details, String s) {
    if (details.size() < MAX_DETAILS) {
      details.add(s);
    }
  }

  private static String key(List<String> groups, Map<String, ?> m) {
    List<String> k = new ArrayList<>();
    for (String g : groups) {
      Object v = m.get(g);
      k.add(v == null ? "" : v.toString());
    }
    return String.join("|", k);
  }

  private static boolean same(String want, Object got) {
    if (want.isEmpty()) {
      return got == null;
    }
    if (got == null) {
      return false;
    }
    if (got instanceof Double g) {
      double w = Double.parseDouble(want);
      return Math.abs(w - g) <= 1e-9 * Math.max(1.0, Math.abs(w));
    }
    if (got instanceof Number n) {
      return Long.parseLong(want) == n.longValue();
    }
    return want.equals(got.toString());
  }
}
