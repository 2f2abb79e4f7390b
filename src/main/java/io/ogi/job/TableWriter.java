package io.ogi.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the tables as Parquet partitioned by {@code year}, first into a staging folder under the
 * output root ({@code _staging/<run>/<table>}), then moves them into place with renames, so a
 * reader never sees a half-written table.
 *
 * <ul>
 *   <li>Without a years filter, the whole table folder is replaced.
 *   <li>With one, only the {@code year=<y>} folders the run wrote are replaced and the others are
 *       left alone: the semantics of {@code spark.sql.sources.partitionOverwriteMode=dynamic},
 *       with the move done by the job instead of Spark's committer so that it happens per
 *       partition after the whole table is written.
 * </ul>
 */
final class TableWriter {

  private final Configuration conf;
  private final Path outputRoot;
  private final Path stagingRoot;
  private final boolean replacePartitionsOnly;

  TableWriter(Configuration conf, String outputRoot, String runId, boolean replacePartitionsOnly) {
    this.conf = conf;
    this.outputRoot = new Path(outputRoot);
    this.stagingRoot = new Path(this.outputRoot, "_staging/" + runId);
    this.replacePartitionsOnly = replacePartitionsOnly;
  }

  /** The folder of {@code table} under the output root. */
  Path tablePath(String table) {
    return new Path(outputRoot, table);
  }

  /**
   * Writes {@code rows} as {@code table}: conformed to its schema, one task per year, sorted within
   * the year by the table's sort columns, then moved into place.
   */
  void write(String table, Dataset<Row> rows) throws IOException {
    StructType schema = OutputSchemas.TABLES.get(table);
    List<Column> sort = new ArrayList<>();
    sort.add(col(OutputSchemas.YEAR));
    for (String c : OutputSchemas.sortColumns(table)) {
      sort.add(col(c));
    }
    Path staged = new Path(stagingRoot, table);
    Dataset<Row> conformed = OutputSchemas.conform(rows, schema);
    conformed
        .repartition(col(OutputSchemas.YEAR))
        .sortWithinPartitions(sort.toArray(new Column[0]))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(OutputSchemas.YEAR)
        .parquet(staged.toString());
    if (partitions(staged).isEmpty()) {
      // A partitioned write of no rows leaves no file, and readers then cannot infer the schema:
      // an empty table is one empty Parquet file that carries it (year as an ordinary column).
      conformed.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).parquet(staged.toString());
    }
    if (replacePartitionsOnly) {
      movePartitions(table, staged);
    } else {
      moveTable(table, staged);
    }
  }

  /** Removes the run's staging folder (and the replaced data parked there). */
  void cleanUp() throws IOException {
    FileSystem fs = stagingRoot.getFileSystem(conf);
    fs.delete(stagingRoot, true);
    Path parent = stagingRoot.getParent();
    FileStatus[] left = fs.exists(parent) ? fs.listStatus(parent) : new FileStatus[0];
    if (left.length == 0) {
      fs.delete(parent, true);
    }
  }

  private void moveTable(String table, Path staged) throws IOException {
    FileSystem fs = staged.getFileSystem(conf);
    Path target = tablePath(table);
    Path replaced = new Path(stagingRoot, table + ".replaced");
    if (fs.exists(target)) {
      rename(fs, target, replaced);
    }
    rename(fs, staged, target);
    fs.delete(replaced, true);
  }

  private void movePartitions(String table, Path staged) throws IOException {
    FileSystem fs = staged.getFileSystem(conf);
    Path target = tablePath(table);
    Path replaced = new Path(stagingRoot, table + ".replaced");
    List<FileStatus> newPartitions = partitions(staged);
    if (newPartitions.isEmpty()) {
      return; // nothing of these years: the table stays as it was
    }
    fs.mkdirs(target);
    fs.mkdirs(replaced);
    for (FileStatus stray : fs.listStatus(target)) {
      // The schema-only file of a table that was empty: partitions must not sit beside it.
      if (stray.isFile() && stray.getPath().getName().endsWith(".parquet")) {
        fs.delete(stray.getPath(), false);
      }
    }
    for (FileStatus partition : newPartitions) {
      String name = partition.getPath().getName();
      Path dst = new Path(target, name);
      if (fs.exists(dst)) {
        rename(fs, dst, new Path(replaced, name));
      }
      rename(fs, partition.getPath(), dst);
    }
    fs.delete(replaced, true);
    fs.delete(staged, true);
  }

  /** The {@code year=<y>} folders of a written table. */
  private List<FileStatus> partitions(Path table) throws IOException {
    FileSystem fs = table.getFileSystem(conf);
    List<FileStatus> found = new ArrayList<>();
    if (fs.exists(table)) {
      for (FileStatus s : fs.listStatus(table)) {
        if (s.isDirectory() && s.getPath().getName().startsWith(OutputSchemas.YEAR + "=")) {
          found.add(s);
        }
      }
    }
    return found;
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
  }
}
