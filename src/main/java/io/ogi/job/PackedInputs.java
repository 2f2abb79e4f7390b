package io.ogi.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The parse stage for packed input: WARC files and packed Parquet. Both give {@link
 * OutputSchemas#PARSED_DOCUMENT} rows like {@link DocumentReader} does for plain files, with the
 * packed file and the place in it as {@code container} and {@code container_offset}.
 *
 * <p><b>WARC</b> ({@code .warc}, {@code .warc.gz}, read with jwarc): first one task per WARC
 * file indexes its records (offset, type, target URI) without keeping their content; the index is
 * small and stays in Spark. Every {@code response} and {@code resource} record is a document; the
 * others ({@code warcinfo}, {@code request}, {@code metadata}, {@code revisit} …) are skipped and
 * counted ({@link #skippedWarcRecords}). The document records are then spread over the parse tasks
 * by range of (file, offset), and each task seeks to its records and reads them, so one large WARC
 * is parsed by every core. A response's source path is its {@code WARC-Target-URI}; its HTTP
 * {@code Content-Type} is the parser's hint for HTML or text and the charset; the HTTP payload
 * (chunked and content encodings undone) is the document. A response with an HTTP status other
 * than 2xx is rejected with the status as its reason. A WARC file damaged from some offset on
 * gives one rejected row for the rest ({@code unreadable WARC: …}).
 *
 * <p><b>Packed Parquet</b> (columns {@code path STRING, bytes BINARY}, as {@code ogi pack}
 * writes): read by Spark's Parquet reader, split across tasks by row group, one document per row.
 */
final class PackedInputs {

  private PackedInputs() {}

  /** One row per WARC record: where it is, its type and target (the index, not the content). */
  static final StructType WARC_INDEX =
      new StructType()
          .add("container", DataTypes.StringType, false)
          .add("offset", DataTypes.LongType, false)
          .add("type", DataTypes.StringType, false)
          .add("target", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true);

  /** Index type of the row standing for an unreadable rest of a WARC file. */
  static final String DAMAGED = "unreadable";

  static boolean isDocumentRecord(String type) {
    return "response".equals(type) || "resource".equals(type) || DAMAGED.equals(type);
  }

  /** The WARC records of the listed files, indexed; persisted (small), unpersist when done. */
  static Dataset<Row> indexWarcs(SparkSession spark, List<String> warcFiles, HadoopConf conf) {
    return spark
        .createDataset(warcFiles, Encoders.STRING())
        .repartition(Math.max(1, warcFiles.size()))
        .flatMap(new WarcIndexer(conf), Encoders.row(WARC_INDEX))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Records that are not documents, by WARC-Type (for the run manifest). */
  static SortedMap<String, Long> skippedWarcRecords(Dataset<Row> index) {
    SortedMap<String, Long> skipped = new TreeMap<>();
    for (Row r : index.groupBy("type").count().collectAsList()) {
      if (!isDocumentRecord(r.getString(0))) {
        skipped.put(r.getString(0), r.getLong(1));
      }
    }
    return skipped;
  }

  /** The document records of the index. */
  static Dataset<Row> warcDocuments(Dataset<Row> index) {
    return index.where(col("type").isin("response", "resource", DAMAGED));
  }

  /** Step 2 for WARC input: one parsed-document row per document record. */
  static Dataset<Row> parseWarc(Dataset<Row> documentRecords, int partitions, DocumentReader reader) {
    return documentRecords
        .repartitionByRange(partitions, col("container"), col("offset"))
        .sortWithinPartitions(col("container"), col("offset"))
        .mapPartitions(new WarcRecordReader(reader), Encoders.row(OutputSchemas.PARSED_DOCUMENT));
  }

  /** The rows of packed Parquet files, with their file and row index. */
  static Dataset<Row> packedRows(SparkSession spark, List<String> parquetFiles) {
    Dataset<Row> raw = spark.read().parquet(parquetFiles.toArray(String[]::new));
    List<String> columns = Arrays.asList(raw.columns());
    if (!columns.contains("path") || !columns.contains("bytes")) {
      throw new IllegalArgumentException(
          "packed Parquet input needs the columns path (string) and bytes (binary), found " + columns);
    }
    return raw.select(
        col("path"),
        col("bytes"),
        col("_metadata.file_path").as("container"),
        col("_metadata.row_index").as("offset"));
  }

  /** Spark's split size for file sources: a runtime SQL setting, read when a scan is planned. */
  static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";

  /**
   * The split size that spreads packed files of {@code totalBytes} over {@code partitions} parse
   * tasks. Spark's default split (128 MiB, files packed together up to it) made three tasks of
   * the million generated documents packed into 16 files (281 MB) on two cores: the third ran
   * alone, a core idle for a sixth of the parse stage. A split never cuts a Parquet row group
   * (a task reads the groups whose middle falls in its split), so the packer's row groups bound
   * how even the tasks can be.
   *
   * @return the split size in bytes, or {@code null} to leave Spark's setting as it is
   */
  static Long splitBytes(long totalBytes, int partitions) {
    if (totalBytes <= 0 || partitions <= 1) {
      return null;
    }
    return Math.max(MIN_SPLIT_BYTES, (totalBytes + partitions - 1) / partitions);
  }

  /**
   * Splits no smaller than this (a split between two row groups' middles is a task that reads
   * nothing): small inputs only, as larger ones are split by their size over the tasks.
   */
  static final long MIN_SPLIT_BYTES = 64L << 10;

  /** Bytes of the listed files (a packed input is a few large files: one status call each). */
  static long totalBytes(org.apache.hadoop.conf.Configuration conf, List<String> files) throws IOException {
    long total = 0;
    for (String f : files) {
      Path p = new Path(f);
      total += p.getFileSystem(conf).getFileStatus(p).getLen();
    }
    return total;
  }

  /**
   * The run's split size for packed files of {@code totalBytes} ({@link #splitBytes}), or {@code
   * null} when the user set one ({@code --conf spark.sql.files.maxPartitionBytes=…}): it is kept.
   */
  static Long splitFor(SparkSession spark, long totalBytes, int partitions) {
    return spark.sparkContext().getConf().contains(MAX_PARTITION_BYTES) ? null : splitBytes(totalBytes, partitions);
  }

  /**
   * Runs {@code action} (the write that plans and runs the packed scan) with the split size set
   * for this session, then restores the setting; {@code null} runs it as it is.
   */
  static <T> T withSplitBytes(SparkSession spark, Long splitBytes, java.util.function.Supplier<T> action) {
    if (splitBytes == null) {
      return action.get();
    }
    String before = spark.conf().contains(MAX_PARTITION_BYTES) ? spark.conf().get(MAX_PARTITION_BYTES) : null;
    spark.conf().set(MAX_PARTITION_BYTES, Long.toString(splitBytes));
    try {
      return action.get();
    } finally {
      if (before == null) {
        spark.conf().unset(MAX_PARTITION_BYTES);
      } else {
        spark.conf().set(MAX_PARTITION_BYTES, before);
      }
    }
  }

  /** Step 2 for packed Parquet: one parsed-document row per packed row. */
  static Dataset<Row> parsePacked(Dataset<Row> packedRows, DocumentReader reader) {
    return packedRows.mapPartitions(
        new PackedRowReader(reader), Encoders.row(OutputSchemas.PARSED_DOCUMENT));
  }

  /** One task per WARC file: its records' offsets, types and targets. */
  static final class WarcIndexer implements FlatMapFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private final HadoopConf conf;

    WarcIndexer(HadoopConf conf) {
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(String file) throws IOException {
      List<Row> rows = new ArrayList<>();
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(conf.get());
      long last = 0;
      try (InputStream in = fs.open(path);
          WarcReader warc = new WarcReader(in)) {
        warc.setLenient(true);
        Optional<WarcRecord> next;
        while ((next = warc.next()).isPresent()) {
          WarcRecord record = next.get();
          last = warc.position();
          String target = record instanceof WarcTargetRecord t ? t.target() : null;
          rows.add(row(file, last, record.type(), target, null));
        }
      } catch (IOException | RuntimeException e) {
        // Everything after the last good record is one rejected document, named by its offset.
        rows.add(
            row(file, last, DAMAGED, file + "#" + last, "unreadable WARC after offset " + last + ": "
                + DocumentReader.describe(e)));
      }
      return rows.iterator();
    }

    private static Row row(String file, long offset, String type, String target, String error) {
      return new GenericRowWithSchema(new Object[] {file, offset, type, target, error}, WARC_INDEX);
    }
  }

  /** Reads and parses the document records of a partition, in (file, offset) order. */
  static final class WarcRecordReader implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DocumentReader reader;

    WarcRecordReader(DocumentReader reader) {
      this.reader = reader;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
      DocumentReader.TimedParser parser = reader.newParser();
      return new Iterator<>() {
        String openFile;
        FSDataInputStream in;

        @Override
        public boolean hasNext() {
          boolean more = records.hasNext();
          if (!more) {
            parser.close();
            closeFile();
          }
          return more;
        }

        @Override
        public Row next() {
          Row r = records.next();
          String file = r.getString(0);
          long offset = r.getLong(1);
          String target = r.isNullAt(3) ? file + "#" + offset : r.getString(3);
          if (!r.isNullAt(4)) {
            return ReportRows.rejected(target, 0L, null, r.getString(4), null, file, offset);
          }
          try {
            if (!file.equals(openFile)) {
              closeFile();
              Path path = new Path(file);
              in = path.getFileSystem(reader.hadoopConf().get()).open(path);
              openFile = file;
            }
            in.seek(offset);
            return readRecord(new WarcReader(Channels.newChannel(in)), target, file, offset, parser);
          } catch (IOException | RuntimeException e) {
            closeFile();
            return ReportRows.rejected(
                target, 0L, null, "unreadable: " + DocumentReader.describe(e), null, file, offset);
          }
        }

        private void closeFile() {
          if (in != null) {
            try {
              in.close();
            } catch (IOException e) {
              // read-only stream: nothing was lost
            }
            in = null;
            openFile = null;
          }
        }
      };
    }

    private Row readRecord(
        WarcReader warc, String target, String file, long offset, DocumentReader.TimedParser parser)
        throws IOException {
      WarcRecord record =
          warc.next().orElseThrow(() -> new IOException("no WARC record at offset " + offset));
      String contentType;
      MessageBody body;
      if (record instanceof WarcResponse response && isHttp(response)) {
        HttpResponse http = response.http();
        contentType = http.headers().first("Content-Type").orElse(null);
        MessageBody decoded;
        try {
          decoded = http.bodyDecoded();
        } catch (IOException | RuntimeException e) {
          decoded = http.body(); // unknown content encoding: the parser sees the bytes as sent
        }
        body = decoded;
        if (http.status() < 200 || http.status() > 299) {
          DocumentReader.Content c = DocumentReader.readBounded(body.stream(), reader.maxDocBytes());
          return ReportRows.rejected(
              target,
              c.size(),
              c.sha256(),
              "HTTP status " + http.status() + " (" + http.reason() + "), not a document",
              null,
              file,
              offset);
        }
      } else if (record instanceof WarcResponse || record instanceof WarcResource) {
        contentType = record.headers().first("Content-Type").orElse(null);
        body = record.body();
      } else {
        throw new IOException("record at offset " + offset + " is " + record.type() + ", not a document");
      }
      DocumentReader.Content content = DocumentReader.readBounded(body.stream(), reader.maxDocBytes());
      if (content.size() == 0 && record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
        return ReportRows.rejected(
            target,
            0L,
            content.sha256(),
            "truncated WARC record without content (WARC-Truncated: "
                + record.truncated().name().toLowerCase(java.util.Locale.ROOT)
                + ")",
            null,
            file,
            offset);
      }
      return reader.parse(target, content, contentType, parser, file, offset);
    }

    private static boolean isHttp(WarcResponse response) {
      MediaType type = response.contentType();
      return type != null && "application".equals(type.type()) && "http".equals(type.subtype());
    }
  }

  /** Parses packed rows (path, bytes, container, offset). */
  static final class PackedRowReader implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DocumentReader reader;

    PackedRowReader(DocumentReader reader) {
      this.reader = reader;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      DocumentReader.TimedParser parser = reader.newParser();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more) {
            parser.close();
          }
          return more;
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String container = r.isNullAt(2) ? null : r.getString(2);
          Long offset = r.isNullAt(3) ? null : r.getLong(3);
          String path = r.isNullAt(0) ? container + "#" + offset : r.getString(0);
          if (r.isNullAt(1)) {
            return ReportRows.rejected(
                path, 0L, null, "unreadable: packed row without bytes", null, container, offset);
          }
          return reader.parse(path, reader.contentOf((byte[]) r.get(1)), null, parser, container, offset);
        }
      };
    }
  }

  /** For the manifest: an empty map when nothing was skipped. */
  static Map<String, Long> none() {
    return new TreeMap<>();
  }
}
