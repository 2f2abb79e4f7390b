package io.ogi.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * {@code ogi pack}: turns a folder of reports into the packed forms the job reads without a file
 * open per document: Parquet of {@code (path STRING, bytes BINARY)} or gzipped WARC {@code
 * resource} records.
 *
 * <p>The driver lists the files (as {@code run} does: names starting with {@code .} or {@code _}
 * skipped); tasks read them, in path order, and stream them into their output file, so memory is
 * bounded by one document plus one Parquet row group (at most {@value #ROW_GROUP_BYTES} bytes and
 * {@link #ROW_GROUP_DOCUMENTS} documents) per task.
 * The stored path is the file's fully qualified path, so a run over the packed form names every
 * document exactly as a run over the folder does. A file larger than the size limit is stored
 * with {@code bytes} null (Parquet; the run rejects it) or as an empty record (WARC).
 *
 * <p>The output is a folder of {@code part-NNNNN.parquet} / {@code part-NNNNN.warc.gz} files, or,
 * when its name ends in {@code .parquet}, {@code .warc.gz} or {@code .warc}, that single file.
 */
public final class Packer {

  /**
   * 32 MiB, the most a row group holds in memory while it is written (Parquet counts its pages
   * compressed: generated reports compress about 15 times, so this alone let one row group hold
   * a whole file of 60,000 documents).
   */
  static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;

  /**
   * At most 5,000 documents per row group, a quarter of what a parse task takes by default ({@link
   * ReportJob#DOCUMENTS_PER_TASK}): a row group is the least a task of {@code run} reads, so
   * packed input spreads over as many tasks as the folder would, and over four times as many on a
   * cluster whose cores ask for more (4 per core).
   */
  static final int ROW_GROUP_DOCUMENTS = 5_000;

  static final StructType PACKED =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("bytes", DataTypes.BinaryType, true);

  /** What a pack wrote. */
  public record Result(long documents, String format, List<String> files) {}

  private Packer() {}

  /**
   * Packs every file under {@code input}.
   *
   * @param format {@code parquet} or {@code warc}
   * @param files number of output files ({@code null}: one per core; ignored for a single file)
   * @throws IOException when the input cannot be listed or the output exists
   */
  public static Result pack(
      SparkSession spark, String input, String output, String format, Integer files, long maxDocBytes)
      throws IOException {
    String fmt = format == null ? "parquet" : format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("parquet") && !fmt.equals("warc")) {
      throw new IllegalArgumentException("format must be parquet or warc, got '" + format + "'");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(output);
    FileSystem fs = out.getFileSystem(conf);
    if (fs.exists(out)) {
      throw new IOException("output already exists: " + output);
    }
    String name = out.getName().toLowerCase(Locale.ROOT);
    boolean single =
        name.endsWith(".parquet") || name.endsWith(".warc.gz") || name.endsWith(".warc");
    int parts =
        single ? 1 : files != null ? Math.max(1, files) : spark.sparkContext().defaultParallelism();
    // In a folder the lister skips (leading _), under a name Spark's reader does not skip.
    Path listingDir = new Path(fs.makeQualified(out).getParent(), "_" + out.getName() + ".listing");
    try {
      return pack(spark, input, output, fmt, parts, single, maxDocBytes, new Path(listingDir, "inputs.txt"));
    } finally {
      fs.delete(listingDir, true);
    }
  }

  private static Result pack(
      SparkSession spark,
      String input,
      String output,
      String fmt,
      int parts,
      boolean single,
      long maxDocBytes,
      Path listingFile)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(output);
    FileSystem fs = out.getFileSystem(conf);
    String name = out.getName().toLowerCase(Locale.ROOT);
    // Streamed to a file, not held: packing a million files needs no driver memory per file.
    InputLister.Listing listing = InputLister.listTo(conf, input, output, listingFile);
    if (listing.count() == 0) {
      throw new IOException("no files to pack under " + input);
    }
    Path staging = single ? new Path(out.getParent(), "_" + out.getName() + ".packing") : out;
    Dataset<Row> sorted =
        spark
            .read()
            .text(listingFile.toString())
            .toDF("path")
            .repartitionByRange((int) Math.min(parts, listing.count()), col("path"))
            .sortWithinPartitions(col("path"));
    HadoopConf shipped = new HadoopConf(conf);
    long documents;
    if (fmt.equals("parquet")) {
      Dataset<Row> rows =
          sorted.mapPartitions(new FileBytes(shipped, maxDocBytes), Encoders.row(PACKED));
      rows.write()
          .option("compression", "zstd")
          .option("parquet.block.size", ROW_GROUP_BYTES)
          .option("parquet.block.row.count.limit", ROW_GROUP_DOCUMENTS)
          .parquet(staging.toString());
      documents = listing.count();
    } else {
      fs.mkdirs(staging);
      documents =
          sorted
              .mapPartitions(
                  new WarcPartWriter(shipped, staging.toString(), maxDocBytes, name.endsWith(".warc")),
                  Encoders.LONG())
              .collectAsList()
              .stream()
              .mapToLong(Long::longValue)
              .sum();
    }
    List<String> written = new ArrayList<>();
    for (FileStatus f : fs.listStatus(staging)) {
      String n = f.getPath().getName();
      if (n.startsWith("_") || n.startsWith(".")) {
        fs.delete(f.getPath(), false); // _SUCCESS, checksums
      } else {
        written.add(f.getPath().toString());
      }
    }
    if (single) {
      if (written.size() != 1) {
        throw new IOException("expected one packed file in " + staging + ", found " + written);
      }
      if (!fs.rename(new Path(written.get(0)), out)) {
        throw new IOException("could not move " + written.get(0) + " to " + out);
      }
      fs.delete(staging, true);
      written = new ArrayList<>(List.of(fs.makeQualified(out).toString()));
    }
    written.sort(null);
    return new Result(documents, fmt, written);
  }

  /** (path) → (path, bytes): each file read whole, up to the size limit. */
  static final class FileBytes implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HadoopConf conf;
    private final long maxDocBytes;

    FileBytes(HadoopConf conf, long maxDocBytes) {
      this.conf = conf;
      this.maxDocBytes = maxDocBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> paths) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return paths.hasNext();
        }

        @Override
        public Row next() {
          String path = paths.next().getString(0);
          return new GenericRowWithSchema(new Object[] {path, read(conf, path, maxDocBytes)}, PACKED);
        }
      };
    }
  }

  /** The file's bytes, or {@code null} when it is larger than the limit. */
  static byte[] read(HadoopConf conf, String path, long maxDocBytes) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(conf.get());
      try (InputStream in = fs.open(p)) {
        return readAtMost(in, maxDocBytes);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot pack " + path + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, max + 1));
    return bytes.length > max ? null : bytes;
  }

  /** Writes one partition's files as WARC resource records into {@code part-NNNNN.warc.gz}. */
  static final class WarcPartWriter implements MapPartitionsFunction<Row, Long> {
    private static final long serialVersionUID = 1L;
    private final HadoopConf conf;
    private final String folder;
    private final long maxDocBytes;
    private final boolean uncompressed;

    WarcPartWriter(HadoopConf conf, String folder, long maxDocBytes, boolean uncompressed) {
      this.conf = conf;
      this.folder = folder;
      this.maxDocBytes = maxDocBytes;
      this.uncompressed = uncompressed;
    }

    @Override
    public Iterator<Long> call(Iterator<Row> paths) throws IOException {
      if (!paths.hasNext()) {
        return List.<Long>of().iterator();
      }
      int part = TaskContext.getPartitionId();
      String name = String.format(Locale.ROOT, "part-%05d.warc%s", part, uncompressed ? "" : ".gz");
      Path target = new Path(folder, name);
      Path tmp = new Path(folder, "_" + name + ".tmp");
      FileSystem fs = target.getFileSystem(conf.get());
      long count = 0;
      try (OutputStream os = fs.create(tmp, true);
          WarcWriter warc =
              new WarcWriter(Channels.newChannel(os), uncompressed ? WarcCompression.NONE : WarcCompression.GZIP)) {
        warc.write(
            new Warcinfo.Builder()
                .date(Instant.EPOCH)
                .fields(java.util.Map.of("software", List.of("ogi-reports pack"), "format", List.of("WARC File Format 1.1")))
                .build());
        while (paths.hasNext()) {
          String path = paths.next().getString(0);
          byte[] bytes = read(conf, path, maxDocBytes);
          FileStatus st = fs.getFileStatus(new Path(path));
          WarcResource.Builder b =
              new WarcResource.Builder()
                  .setHeader("WARC-Target-URI", path.replace("\r", "%0D").replace("\n", "%0A"))
                  .date(Instant.ofEpochMilli(st.getModificationTime()));
          b.body(mediaTypeOf(path), bytes == null ? new byte[0] : bytes);
          if (bytes == null) {
            b.truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH);
          }
          warc.write(b.build());
          count++;
        }
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("could not move " + tmp + " to " + target);
      }
      return List.of(count).iterator();
    }
  }

  /** The record's Content-Type from the name: HTML, plain text, or bytes (the parser decides). */
  static MediaType mediaTypeOf(String path) {
    String n = Objects.requireNonNull(path).toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml")) {
      return MediaType.HTML;
    }
    if (n.endsWith(".txt") || n.endsWith(".md")) {
      return MediaType.PLAIN_TEXT;
    }
    return MediaType.OCTET_STREAM;
  }
}
