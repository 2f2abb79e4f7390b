package io.ogi.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.ogi.model.ParsedReport;
import io.ogi.parse.TextSignature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Near-duplicates: the same report crawled twice with near-identical text (other site chrome,
 * whitespace, a visitor counter, another URL), so other bytes and another {@code doc_id}.
 *
 * <p>The rule (also in {@code docs/data-dictionary.md}, {@code documents.status}): two parsed or
 * partial documents are the same report when they have
 * <ol>
 *   <li>the same data year, the same agency name, the same division code (or both unresolved) and
 *       the same issuer kind — a department and its government sharing a short name are two
 *       agencies and never compared;
 *   <li>the same numbers: equal digests of their values (every key with the same value), or both
 *       without values — a corrected re-publication with one number changed is another report
 *       and stays;
 *   <li>text similarity of at least {@link #MIN_SIMILARITY} (MinHash estimate of the Jaccard
 *       similarity of 5-character shingles of their letters, {@link TextSignature}).
 * </ol>
 * The one kept is the best read (status {@code parsed} before {@code partial}, then more values,
 * then fewer flags — a copy with spam removed or a charset mismatch gives way to a clean one — then
 * the smallest path); an exact copy of a near-duplicate points at the one finally kept; the others become {@code duplicate} with {@code duplicate_of} (its path)
 * and {@code duplicate_of_doc_id}. Documents are compared only within their agency-and-year group
 * (one shuffle of the small candidate columns, no all-pairs comparison across the corpus).
 */
final class NearDuplicates {

  /** Minimum estimated Jaccard similarity of two texts to be one report. */
  static final double MIN_SIMILARITY = 0.8;

  private NearDuplicates() {}

  private static final StructType MATCH =
      new StructType()
          .add("_path", DataTypes.StringType, false)
          .add("_kept_path", DataTypes.StringType, false)
          .add("_kept_id", DataTypes.StringType, true)
          .add("_similarity", DataTypes.DoubleType, false);

  /** Marks the near-duplicates among {@code docs} ({@link OutputSchemas#PARSED_DOCUMENT} rows). */
  static Dataset<Row> mark(Dataset<Row> docs, SmallSides sides) {
    Dataset<Row> candidates =
        docs.where(
                col("status").isin(ParsedReport.STATUS_PARSED, ParsedReport.STATUS_PARTIAL)
                    .and(col(OutputSchemas.YEAR).notEqual(OutputSchemas.UNKNOWN_YEAR))
                    .and(col("agency").isNotNull())
                    .and(col("text_signature").isNotNull()))
            .select(
                concat(
                        col(OutputSchemas.YEAR).cast("string"), lit("|"), col("agency"), lit("|"),
                        coalesce(col("division_code"), lit("")), lit("|"),
                        coalesce(col("issuer_kind"), lit("")))
                    .as("_key"),
                col("source_path"),
                col("doc_id"),
                col("status"),
                col("value_count"),
                col("values_digest"),
                col("text_signature"),
                size(col("flags")).as("_flags"));
    // Most agency-year groups hold one report: count the keys first (map-side partial counts of
    // short strings), and shuffle signatures only for groups of two or more.
    Dataset<Row> shared = sides.join(
        "near_duplicate_groups",
        candidates.groupBy(col("_key")).count().where(col("count").gt(1)).select(col("_key")));
    Dataset<Row> found =
        candidates
            .join(shared, candidates.col("_key").equalTo(shared.col("_key")), "left_semi")
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> matchGroup(rows),
                Encoders.row(MATCH));
    // the matches are few (one row per near-duplicate): broadcast while few, so the documents
    // stay in place
    Dataset<Row> written = sides.write("near_duplicates", found);
    long count = written.count();
    Dataset<Row> matches = sides.hinted("near_duplicates", written, count);
    Dataset<Row> joined =
        docs.join(matches, docs.col("source_path").equalTo(matches.col("_path")), "left");
    var isNear = col("_kept_path").isNotNull();
    // an exact copy of a file that is itself a near-duplicate points at the one finally kept
    Dataset<Row> via = sides.hinted("near_duplicates_via",
        written.select(
            col("_path").as("_via_path"), col("_kept_path").as("_via_kept"), col("_kept_id").as("_via_id")),
        count);
    joined = joined.join(via, joined.col("duplicate_of").equalTo(via.col("_via_path")), "left");
    var viaNear = col("_via_kept").isNotNull().and(isNear.equalTo(false));
    joined =
        joined
            .withColumn("duplicate_of", when(viaNear, col("_via_kept")).otherwise(col("duplicate_of")))
            .withColumn(
                "duplicate_of_doc_id", when(viaNear, col("_via_id")).otherwise(col("duplicate_of_doc_id")));
    return OutputSchemas.conform(
        joined
            .withColumn("status", when(isNear, lit(ParsedReport.STATUS_DUPLICATE)).otherwise(col("status")))
            .withColumn("duplicate_of", when(isNear, col("_kept_path")).otherwise(col("duplicate_of")))
            .withColumn(
                "duplicate_of_doc_id", when(isNear, col("_kept_id")).otherwise(col("duplicate_of_doc_id")))
            .withColumn(
                "reason",
                when(
                        isNear,
                        concat(
                            lit("near-duplicate of duplicate_of: same agency, year and numbers, text similarity "),
                            org.apache.spark.sql.functions.format_number(col("_similarity"), 2)))
                    .otherwise(col("reason"))),
        OutputSchemas.PARSED_DOCUMENT);
  }

  /**
   * A text signature as the parsed rows carry it ({@code text_signature}): its longs, 8 bytes each,
   * big-endian; {@code null} for none. Sixty-four longs a document as a Spark array cost a nested
   * Parquet column of sixty-four million values at a million documents; as bytes, one value each.
   */
  static byte[] pack(long[] signature) {
    if (signature == null) {
      return null;
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(signature.length * Long.BYTES);
    b.asLongBuffer().put(signature);
    return b.array();
  }

  /** The longs {@link #pack} wrote. */
  static long[] unpack(byte[] packed) {
    long[] out = new long[packed.length / Long.BYTES];
    java.nio.ByteBuffer.wrap(packed).asLongBuffer().get(out);
    return out;
  }

  /** One candidate, as compared. */
  record Candidate(
      String path, String docId, String status, int valueCount, String digest, long[] signature,
      int flags) {}

  /** A duplicate found: its path, the kept document's path and id, their similarity. */
  record Match(String path, String keptPath, String keptId, double similarity) {}

  private static Iterator<Row> matchGroup(Iterator<Row> rows) {
    List<Candidate> group = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      group.add(new Candidate(
          r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
          unpack(r.getAs(6)), r.getInt(7)));
    }
    List<Row> out = new ArrayList<>();
    for (Match m : match(group)) {
      out.add(RowFactory.create(m.path(), m.keptPath(), m.keptId(), m.similarity()));
    }
    return out.iterator();
  }

  /**
   * The duplicates within one agency-and-year group: candidates in order of preference, each
   * compared with the documents kept so far that have its numbers (the same values digest), in
   * the order they were kept. Kept documents are indexed by digest, so a group of n reports with
   * other numbers costs n lookups, not n² comparisons (a group is one task's: a name read for
   * thousands of reports must not stall it).
   */
  static List<Match> match(List<Candidate> group) {
    List<Match> out = new ArrayList<>();
    if (group.size() < 2) {
      return out;
    }
    List<Candidate> sorted = new ArrayList<>(group);
    sorted.sort(
        Comparator.comparing((Candidate c) -> ParsedReport.STATUS_PARSED.equals(c.status()) ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Candidate::valueCount).reversed())
            .thenComparingInt(Candidate::flags)
            .thenComparing(Candidate::path));
    // other numbers: another report (a correction), never merged; null digests are one key
    Map<String, List<Candidate>> keptByDigest = new HashMap<>();
    for (Candidate c : sorted) {
      Match m = null;
      List<Candidate> same = keptByDigest.computeIfAbsent(c.digest(), d -> new ArrayList<>(1));
      for (Candidate k : same) {
        double sim = TextSignature.similarity(c.signature(), k.signature());
        if (sim >= MIN_SIMILARITY) {
          m = new Match(c.path(), k.path(), k.docId(), sim);
          break;
        }
      }
      if (m == null) {
        same.add(c);
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
