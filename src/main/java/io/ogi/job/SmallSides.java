package io.ogi.job;

import static org.apache.spark.sql.functions.broadcast;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The small side of a join with the documents: duplicated ids, near-duplicate matches, cross-year
 * mismatches, the corrections. Each is written to the run's work folder, counted, and joined by
 * broadcast when it has at most {@link JobConfig#broadcastMaxRows()} rows, so the documents (with
 * their packed values) stay where they are; above that, by a shuffle (sort-merge) join.
 *
 * <p>Spark broadcasts whatever is hinted, whatever its size: each of these grows with the input
 * (about 72,000 corrections at a million generated documents), and a broadcast is built on the
 * driver and held by every executor. The count read back from the written file is exact, unlike
 * Spark's size estimate of a plan. Each choice is reported and kept for the run manifest ({@code
 * joins}).
 */
final class SmallSides {

  /** How one small side was joined. */
  record Choice(long rows, boolean broadcast) {
    String strategy() {
      return broadcast ? "broadcast" : "shuffle";
    }
  }

  private final SparkSession spark;
  private final Function<String, Path> workPath;
  private final long maxRows;
  private final Consumer<String> progress;
  private final Map<String, Choice> choices = new LinkedHashMap<>();

  /**
   * @param workPath the work folder of a name (the run's {@code _work/<name>})
   * @param maxRows the most rows a side may have to be broadcast
   */
  SmallSides(SparkSession spark, Function<String, Path> workPath, long maxRows, Consumer<String> progress) {
    this.spark = spark;
    this.workPath = workPath;
    this.maxRows = maxRows;
    this.progress = progress;
  }

  /**
   * {@code rows}, written to the work folder {@code name} and read back, hinted for the join that
   * its row count calls for.
   */
  Dataset<Row> join(String name, Dataset<Row> rows) {
    Dataset<Row> written = write(name, rows);
    return hinted(name, written, written.count());
  }

  /** {@code rows} written to the work folder {@code name} and read back, not counted. */
  Dataset<Row> write(String name, Dataset<Row> rows) {
    String path = workPath.apply(name).toString();
    rows.write().mode(SaveMode.Overwrite).parquet(path);
    return spark.read().parquet(path);
  }

  /** {@code rows} (of {@code count} rows) hinted for a broadcast or a shuffle join. */
  Dataset<Row> hinted(String name, Dataset<Row> rows, long count) {
    Choice c = new Choice(count, count <= maxRows);
    choices.put(name, c);
    progress.accept(name + ": " + count + " rows, " + c.strategy() + " join"
        + (c.broadcast() ? "" : " (more than " + maxRows + " rows)"));
    return c.broadcast() ? broadcast(rows) : rows.hint("shuffle_merge");
  }

  /** True when the side {@code name} was joined by broadcast. */
  boolean broadcasted(String name) {
    Choice c = choices.get(name);
    if (c == null) {
      throw new IllegalStateException("no join named " + name);
    }
    return c.broadcast();
  }

  /** Every choice so far, in the order made. */
  Map<String, Choice> choices() {
    return new LinkedHashMap<>(choices);
  }
}
