package io.ogi.job;

import io.ogi.model.ParsedReport;
import io.ogi.parse.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The parse stage: for each input path, open it (directly for a local file, else through the
 * Hadoop FileSystem), read its bytes (up to the size limit), parse them, and return one {@link
 * OutputSchemas#PARSED_DOCUMENT} row.
 *
 * <p>Never loses a document: a file that cannot be read, is too large, or makes the parser throw
 * becomes a {@code rejected} row with the reason. The parser is built once per partition, on the
 * executor.
 *
 * <p>Never stalls on a document: each parse runs on a worker thread of the partition and is
 * given {@code maxParseMillis}; past that the worker is interrupted (the parser checks for it
 * between steps and in its loops), abandoned if it does not stop, and the document becomes a
 * {@code rejected} row with reason {@code parse time limit exceeded (Ns)}. The next document gets
 * a fresh worker.
 */
final class DocumentReader implements MapPartitionsFunction<String, Row> {

  private static final long serialVersionUID = 1L;
  private static final int BUFFER = 64 * 1024;

  private final HadoopConf hadoopConf;
  private final ParserFactory parsers;
  private final long maxDocBytes;
  private final long maxParseMillis;
  /** Where the parser threads' CPU time (ns) is added, or {@code null}: see {@link StageCpu}. */
  private final org.apache.spark.util.LongAccumulator parserCpu;

  DocumentReader(HadoopConf hadoopConf, ParserFactory parsers, long maxDocBytes) {
    this(hadoopConf, parsers, maxDocBytes, JobConfig.DEFAULT_MAX_PARSE_SECONDS * 1000);
  }

  DocumentReader(HadoopConf hadoopConf, ParserFactory parsers, long maxDocBytes, long maxParseMillis) {
    this(hadoopConf, parsers, maxDocBytes, maxParseMillis, null);
  }

  DocumentReader(
      HadoopConf hadoopConf,
      ParserFactory parsers,
      long maxDocBytes,
      long maxParseMillis,
      org.apache.spark.util.LongAccumulator parserCpu) {
    this.parserCpu = parserCpu;
    this.hadoopConf = hadoopConf;
    this.parsers = parsers;
    this.maxDocBytes = maxDocBytes;
    this.maxParseMillis = maxParseMillis;
  }

  /**
   * The task's rows, one per path in order. While a document is parsed (on the worker) the task
   * thread reads the next file, which it would otherwise wait idle for: the reading and hashing
   * of a million small files overlap the parsing. The time limit counts from a parse's start.
   */
  @Override
  public Iterator<Row> call(Iterator<String> paths) {
    TimedParser parser = newParser();
    return new Iterator<>() {
      private Loaded ahead = paths.hasNext() ? load(paths.next()) : null;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          parser.close();
        }
        return ahead != null;
      }

      @Override
      public Row next() {
        if (ahead == null) {
          throw new java.util.NoSuchElementException();
        }
        Loaded current = ahead;
        if (current.unreadable() != null || current.content().bytes() == null) {
          ahead = paths.hasNext() ? load(paths.next()) : null;
          return current.unreadable() != null
              ? current.unreadable()
              : parse(current.path(), current.content(), null, parser, null, null);
        }
        TimedParser.Running running = parser.start(current.path(), current.content().bytes(), null);
        ahead = paths.hasNext() ? load(paths.next()) : null;
        return parse(current.path(), current.content(), null, (path, bytes) -> parser.await(running), null, null);
      }
    };
  }

  /** A file's content, or the row of a file that could not be read. */
  record Loaded(String path, Content content, Row unreadable) {}

  /** Reads and parses one document; never throws for a bad document. */
  Row read(String sourcePath, ParserFactory.DocumentParser parser) {
    Loaded loaded = load(sourcePath);
    return loaded.unreadable() != null
        ? loaded.unreadable()
        : parse(sourcePath, loaded.content(), null, parser, null, null);
  }

  /** Reads one document's bytes (up to the limit); never throws for a bad document. */
  Loaded load(String sourcePath) {
    Content content;
    try {
      // A local file is read directly: Hadoop's local file system checks for a .crc file and
      // wraps the stream in three layers, as much work as reading a small file.
      java.nio.file.Path local = localFile(sourcePath);
      if (local != null && java.nio.file.Files.size(local) <= maxDocBytes) {
        // a file within the limit is read whole into an array of its size
        content = contentOf(java.nio.file.Files.readAllBytes(local));
      } else {
        try (InputStream in = local != null ? java.nio.file.Files.newInputStream(local) : open(sourcePath)) {
          content = readBounded(in, maxDocBytes);
        }
      }
    } catch (IOException | RuntimeException e) {
      return new Loaded(
          sourcePath, null, ReportRows.rejected(sourcePath, 0L, null, "unreadable: " + describe(e), null));
    }
    return new Loaded(sourcePath, content, null);
  }

  private InputStream open(String sourcePath) throws IOException {
    Path path = new Path(sourcePath);
    return path.getFileSystem(hadoopConf.get()).open(path);
  }

  /** The local file a {@code file:} URI names, or {@code null} for any other path. */
  static java.nio.file.Path localFile(String sourcePath) {
    if (!sourcePath.startsWith("file:/")) {
      return null;
    }
    if (sourcePath.length() > 6 && sourcePath.charAt(6) != '/') {
      // file:/abs/path, as the listing writes a Hadoop path: the rest is the path itself,
      // unescaped (parsing it as a Hadoop path per document cost a tenth of reading it)
      return java.nio.file.Paths.get(sourcePath.substring("file:".length()));
    }
    try {
      // as Hadoop reads the path (its escaping of spaces, '%' and the like), then the file itself
      java.net.URI uri = new Path(sourcePath).toUri();
      return "file".equals(uri.getScheme()) ? java.nio.file.Paths.get(uri) : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null; // not a plain file URI: Hadoop reads it, or says why it cannot
    }
  }

  /**
   * Parses a document whose bytes are read (from a file, a WARC record or a packed row); never
   * throws for a bad document.
   *
   * @param contentType the media type it came with, or {@code null}
   * @param container the packed file it came from, {@code null} for a plain file
   * @param offset where in the container, {@code null} for a plain file
   */
  Row parse(
      String sourcePath,
      Content content,
      String contentType,
      ParserFactory.DocumentParser parser,
      String container,
      Long offset) {
    if (content.bytes() == null) {
      return ReportRows.rejected(
          sourcePath,
          content.size(),
          content.sha256(),
          "too large: " + content.size() + " bytes > limit " + maxDocBytes,
          null,
          container,
          offset);
    }
    ParsedReport report;
    try {
      report = parser.parse(sourcePath, content.bytes(), contentType);
    } catch (ParseTimeLimitException e) {
      return ReportRows.rejected(
          sourcePath, content.size(), content.sha256(), e.getMessage(), null, container, offset);
    } catch (Exception | StackOverflowError e) {
      // The parser's contract is to never throw; when it does anyway, the document is still
      // accounted for, with the exception as its reason.
      return ReportRows.rejected(
          sourcePath, content.size(), content.sha256(), "parser failed: " + describe(e), null, container, offset);
    }
    if (report == null) {
      return ReportRows.rejected(
          sourcePath, content.size(), content.sha256(), "parser returned no report", null, container, offset);
    }
    // The job knows the path and bytes for certain; the parser's docId is kept when it set one.
    report.setSourcePath(sourcePath);
    report.setSizeBytes(content.size());
    if (report.getDocId() == null || report.getDocId().isBlank()) {
      report.setDocId(content.sha256());
    }
    if (report.getParserVersion() == null) {
      report.setParserVersion(ReportParser.VERSION);
    }
    return ReportRows.toRow(report, container, offset);
  }

  /** Bytes already in memory (a packed row): the size limit and digest as for a file. */
  Content contentOf(byte[] bytes) {
    return Content.inMemory(bytes, maxDocBytes);
  }

  long maxDocBytes() {
    return maxDocBytes;
  }

  HadoopConf hadoopConf() {
    return hadoopConf;
  }

  TimedParser newParser() {
    return new TimedParser(parsers.create(), maxParseMillis, parserCpu);
  }

  /** Thrown by {@link TimedParser} when a parse runs past its limit; message is the reason. */
  static final class ParseTimeLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseTimeLimitException(long millis) {
      super("parse time limit exceeded (" + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms") + ")");
    }
  }

  /**
   * Runs each parse on a worker thread with a deadline. One per partition; the worker is a daemon
   * so an abandoned parse (one that ignores interruption) cannot keep the executor's JVM alive.
   */
  static final class TimedParser implements ParserFactory.DocumentParser {
    private final ParserFactory.DocumentParser parser;
    private final long maxMillis;
    private final org.apache.spark.util.LongAccumulator cpu;
    private ExecutorService worker;
    /** The worker's thread, once it has started one. */
    private volatile Thread workerThread;

    TimedParser(ParserFactory.DocumentParser parser, long maxMillis) {
      this(parser, maxMillis, null);
    }

    /** @param cpu where the worker threads' CPU time (ns) is added as each is let go, or {@code null} */
    TimedParser(ParserFactory.DocumentParser parser, long maxMillis, org.apache.spark.util.LongAccumulator cpu) {
      this.parser = parser;
      this.maxMillis = maxMillis;
      this.cpu = cpu;
    }

    @Override
    public ParsedReport parse(String sourcePath, byte[] bytes) {
      return parse(sourcePath, bytes, null);
    }

    @Override
    public ParsedReport parse(String sourcePath, byte[] bytes, String contentType) {
      return await(start(sourcePath, bytes, contentType));
    }

    /** A parse started on the worker, with when it started. */
    record Running(String sourcePath, Future<ParsedReport> future, long startNanos) {}

    /** Starts parsing on the worker; {@link #await} gives the report. One at a time. */
    Running start(String sourcePath, byte[] bytes, String contentType) {
      if (worker == null) {
        worker = Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "ogi-parse");
          t.setDaemon(true);
          workerThread = t;
          return t;
        });
      }
      return new Running(
          sourcePath, worker.submit(() -> parser.parse(sourcePath, bytes, contentType)), System.nanoTime());
    }

    /**
     * The report of a parse {@link #start}ed, waiting at most what is left of the time limit;
     * past it the parse is interrupted and {@link ParseTimeLimitException} thrown.
     */
    ParsedReport await(Running running) {
      Future<ParsedReport> f = running.future();
      String sourcePath = running.sourcePath();
      long left = maxMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - running.startNanos());
      try {
        return f.get(Math.max(0, left), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // Interrupt the parse; whether or not it stops, the next document gets a new worker.
        f.cancel(true);
        letGo();
        throw new ParseTimeLimitException(maxMillis);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        // The task itself is being killed: stop the parse and let Spark see the interrupt.
        f.cancel(true);
        close();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while parsing " + sourcePath, e);
      }
    }

    void close() {
      if (worker != null) {
        letGo();
      }
    }

    /** Stops the worker (an abandoned parse may run on) after adding its thread's CPU time so far. */
    private void letGo() {
      Thread t = workerThread;
      if (cpu != null && t != null && THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
        long nanos = THREADS.getThreadCpuTime(t.getId());
        if (nanos > 0) {
          cpu.add(nanos);
        }
      }
      worker.shutdownNow();
      worker = null;
      workerThread = null;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();
  }

  /**
   * The bytes of a document, its size and its SHA-256 (hex). {@code bytes} is {@code null} when
   * the document is larger than the limit: it is then streamed through the digest and never held
   * in memory, so even an oversized duplicate is recognised.
   *
   * <p>The digest of bytes held in memory is computed when first asked for: the parser hashes the
   * same bytes for the report's id, so a document it parses is hashed once, not twice (a tenth of
   * a packed run's reading work went to the second hash). Rows without a parsed report (rejected,
   * too large) ask for it.
   */
  static final class Content {
    private final byte[] bytes;
    private final long size;
    /** The bytes to digest when {@link #sha256} is first called; {@code null} once digested. */
    private byte[] undigested;
    private String sha256;

    /** Content whose digest is known (streamed). */
    Content(byte[] bytes, long size, String sha256) {
      this.bytes = bytes;
      this.size = size;
      this.sha256 = sha256;
    }

    /** All of a document's bytes, in memory: kept when within {@code maxBytes}; digested on demand. */
    static Content inMemory(byte[] all, long maxBytes) {
      Content c = new Content(all.length > maxBytes ? null : all, all.length, null);
      c.undigested = all;
      return c;
    }

    /** The bytes, or {@code null} when over the limit. */
    byte[] bytes() {
      return bytes;
    }

    long size() {
      return size;
    }

    /** SHA-256 of all the document's bytes, lower-case hex. */
    String sha256() {
      if (sha256 == null) {
        sha256 = HexFormat.of().formatHex(DocumentReader.sha256().digest(undigested));
        undigested = null;
      }
      return sha256;
    }
  }

  static Content readBounded(InputStream in, long maxBytes) throws IOException {
    // Within the limit the bytes are kept and digested on demand; past it, what was kept so far
    // goes through the digest and the rest is streamed through it.
    MessageDigest sha = null;
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      size += n;
      if (sha == null && size > maxBytes) {
        sha = sha256();
        sha.update(kept.toByteArray());
        kept = null;
      }
      if (sha != null) {
        sha.update(buffer, 0, n);
      } else {
        kept.write(buffer, 0, n);
      }
    }
    return sha == null
        ? Content.inMemory(kept.toByteArray(), maxBytes)
        : new Content(null, size, HexFormat.of().formatHex(sha.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
