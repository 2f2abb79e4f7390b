package io.ogi.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything a run of {@link ReportJob} needs to know, resolved once before Spark does any work.
 *
 * <p>Each setting comes from the first of these that has it:
 *
 * <ol>
 *   <li>the command-line option of {@code ogi run} ({@code --input}, {@code --output}, {@code
 *       --years}, {@code --max-doc-bytes}, {@code --max-parse-seconds}, {@code --partitions});
 *   <li>the Spark configuration ({@code spark.ogi.input}, {@code spark.ogi.output}, {@code
 *       spark.ogi.years}, {@code spark.ogi.maxDocBytes}, {@code spark.ogi.maxParseSeconds}, {@code
 *       spark.ogi.partitions}; {@code spark.ogi.broadcastMaxRows} is read only from here), for
 *       example {@code spark-submit --conf spark.ogi.years=latest};
 *   <li>the default: no years filter (every year, tables replaced whole), {@value
 *       #DEFAULT_MAX_DOC_BYTES} bytes (16 MiB) per document, {@value #DEFAULT_MAX_PARSE_SECONDS} seconds
 *       of parsing per document, partitions chosen from the number of
 *       files and the cluster's parallelism. Input and output have no default.
 * </ol>
 *
 * <p>Paths are local folders or any Hadoop FileSystem URI ({@code file:/…}, {@code hdfs://…},
 * {@code s3a://…}); the input may be a single file or a folder, read recursively.
 */
public final class JobConfig implements Serializable {

  public static final String CONF_INPUT = "spark.ogi.input";
  public static final String CONF_OUTPUT = "spark.ogi.output";
  public static final String CONF_YEARS = "spark.ogi.years";
  public static final String CONF_MAX_DOC_BYTES = "spark.ogi.maxDocBytes";
  public static final String CONF_PARTITIONS = "spark.ogi.partitions";
  public static final String CONF_MAX_PARSE_SECONDS = "spark.ogi.maxParseSeconds";
  public static final String CONF_INPUT_FORMAT = "spark.ogi.inputFormat";
  public static final String CONF_BROADCAST_MAX_ROWS = "spark.ogi.broadcastMaxRows";

  /**
   * 200,000 rows: the most rows a small side of a join with the documents (duplicated ids,
   * near-duplicate matches, cross-year mismatches, corrections) may have to be broadcast. Rows of
   * a path, an id and a reason are a few hundred bytes each, so a broadcast stays under about 100
   * MB, held by the driver and by every executor; a million generated documents need about 72,000.
   * Larger sides are joined by a shuffle instead ({@link SmallSides}).
   */
  public static final long DEFAULT_BROADCAST_MAX_ROWS = 200_000;

  /**
   * 30 s: a real report parses in well under a second; a document still parsing after this is
   * built to stall the task (regex bait, giant tables) and is rejected.
   */
  public static final long DEFAULT_MAX_PARSE_SECONDS = 30;

  /** A day: anything longer is a typo, and would overflow nothing but would stall a task. */
  static final long MAX_PARSE_SECONDS_LIMIT = 86_400;

  /**
   * 16 MiB: far above any real report (pages of a few hundred KB, PDFs of a few MB), below a runaway
   * file whose parse would hold hundreds of MB in an executor. Equal to {@link
   * io.ogi.parse.DocumentDecoder#DEFAULT_MAX_DECODED_BYTES}, the cap after decompression.
   */
  public static final long DEFAULT_MAX_DOC_BYTES = 16L * 1024 * 1024;

  /** The years filter word meaning "the newest data year present in this run's input". */
  public static final String LATEST = "latest";

  /** A document is read into one byte array, so it cannot exceed what an array holds. */
  static final long MAX_DOC_BYTES_LIMIT = Integer.MAX_VALUE - 16L;

  /**
   * Raw values given on the command line; {@code null} means "not given" (fall back to the Spark
   * configuration, then to the default).
   */
  public record Options(
      String input,
      String output,
      String years,
      Long maxDocBytes,
      Integer partitions,
      Long maxParseSeconds,
      String inputFormat) {
    /** Without an input format given (auto). */
    public Options(
        String input, String output, String years, Long maxDocBytes, Integer partitions, Long maxParseSeconds) {
      this(input, output, years, maxDocBytes, partitions, maxParseSeconds, null);
    }

    /** Without a parse time limit given (the default applies). */
    public Options(String input, String output, String years, Long maxDocBytes, Integer partitions) {
      this(input, output, years, maxDocBytes, partitions, null, null);
    }
  }

  private final String input;
  private final String output;
  private final List<Integer> years;
  private final boolean latestYear;
  private final long maxDocBytes;
  private final Integer partitions;
  private final long maxParseSeconds;
  private InputFormat inputFormat = InputFormat.AUTO;
  private long broadcastMaxRows = DEFAULT_BROADCAST_MAX_ROWS;

  private JobConfig(
      String input,
      String output,
      List<Integer> years,
      boolean latestYear,
      long maxDocBytes,
      Integer partitions,
      long maxParseSeconds) {
    this.input = requireText(input, "input path (--input or " + CONF_INPUT + ")");
    this.output = requireText(output, "output root (--output or " + CONF_OUTPUT + ")");
    if (maxDocBytes <= 0 || maxDocBytes > MAX_DOC_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "max document size must be between 1 and " + MAX_DOC_BYTES_LIMIT + " bytes, got " + maxDocBytes);
    }
    if (partitions != null && partitions <= 0) {
      throw new IllegalArgumentException("partitions must be positive, got " + partitions);
    }
    if (maxParseSeconds <= 0 || maxParseSeconds > MAX_PARSE_SECONDS_LIMIT) {
      throw new IllegalArgumentException(
          "max parse seconds must be between 1 and " + MAX_PARSE_SECONDS_LIMIT + ", got " + maxParseSeconds);
    }
    this.maxParseSeconds = maxParseSeconds;
    this.years = years == null ? null : List.copyOf(years);
    this.latestYear = latestYear;
    this.maxDocBytes = maxDocBytes;
    this.partitions = partitions;
  }

  /** A configuration with only the required paths set and every other setting at its default. */
  public static JobConfig of(String input, String output) {
    return new JobConfig(input, output, null, false, DEFAULT_MAX_DOC_BYTES, null, DEFAULT_MAX_PARSE_SECONDS);
  }

  /**
   * Resolves the settings with the documented precedence.
   *
   * @param cli values given on the command line ({@code null} fields are "not given")
   * @param sparkConf the Spark configuration as a map (only {@code spark.ogi.*} keys are read)
   * @throws IllegalArgumentException with a message naming the option, for a missing path or a
   *     malformed value
   */
  public static JobConfig resolve(Options cli, Map<String, String> sparkConf) {
    Objects.requireNonNull(cli, "cli");
    Map<String, String> conf = sparkConf == null ? Map.of() : sparkConf;
    String input = first(cli.input(), conf.get(CONF_INPUT));
    String output = first(cli.output(), conf.get(CONF_OUTPUT));
    String years = first(cli.years(), conf.get(CONF_YEARS));
    long maxDocBytes =
        cli.maxDocBytes() != null
            ? cli.maxDocBytes()
            : conf.containsKey(CONF_MAX_DOC_BYTES)
                ? parseLong(conf.get(CONF_MAX_DOC_BYTES), CONF_MAX_DOC_BYTES)
                : DEFAULT_MAX_DOC_BYTES;
    Integer partitions =
        cli.partitions() != null
            ? cli.partitions()
            : conf.containsKey(CONF_PARTITIONS)
                ? (int) parseLong(conf.get(CONF_PARTITIONS), CONF_PARTITIONS)
                : null;
    long maxParseSeconds =
        cli.maxParseSeconds() != null
            ? cli.maxParseSeconds()
            : conf.containsKey(CONF_MAX_PARSE_SECONDS)
                ? parseLong(conf.get(CONF_MAX_PARSE_SECONDS), CONF_MAX_PARSE_SECONDS)
                : DEFAULT_MAX_PARSE_SECONDS;
    return of(input, output)
        .withYears(years)
        .withMaxDocBytes(maxDocBytes)
        .withPartitions(partitions)
        .withMaxParseSeconds(maxParseSeconds)
        .withInputFormat(InputFormat.parse(first(cli.inputFormat(), conf.get(CONF_INPUT_FORMAT))))
        .withBroadcastMaxRows(
            conf.containsKey(CONF_BROADCAST_MAX_ROWS)
                ? parseLong(conf.get(CONF_BROADCAST_MAX_ROWS), CONF_BROADCAST_MAX_ROWS)
                : DEFAULT_BROADCAST_MAX_ROWS);
  }

  /**
   * This configuration with a years filter: {@code "2019,2020"}, {@code "latest"}, or {@code
   * null}/blank for no filter. Year 0 selects the documents whose year is unknown.
   *
   * @throws IllegalArgumentException for anything else
   */
  public JobConfig withYears(String spec) {
    if (spec == null || spec.isBlank()) {
      return carry(new JobConfig(input, output, null, false, maxDocBytes, partitions, maxParseSeconds));
    }
    if (spec.trim().equalsIgnoreCase(LATEST)) {
      return carry(new JobConfig(input, output, null, true, maxDocBytes, partitions, maxParseSeconds));
    }
    TreeSet<Integer> parsed = new TreeSet<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int year;
      try {
        year = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "years must be a comma-separated list of years or '" + LATEST + "', got '" + spec + "'");
      }
      if (year != OutputSchemas.UNKNOWN_YEAR && (year < 2000 || year > 2100)) {
        throw new IllegalArgumentException("year out of range (2000-2100, or 0 for unknown): " + year);
      }
      parsed.add(year);
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("years filter is empty: '" + spec + "'");
    }
    return carry(new JobConfig(input, output, new ArrayList<>(parsed), false, maxDocBytes, partitions, maxParseSeconds));
  }

  /** This configuration with another maximum document size in bytes. */
  public JobConfig withMaxDocBytes(long bytes) {
    return carry(new JobConfig(input, output, years, latestYear, bytes, partitions, maxParseSeconds));
  }

  /** This configuration with a partitions hint ({@code null} = choose from the input). */
  public JobConfig withPartitions(Integer count) {
    return carry(new JobConfig(input, output, years, latestYear, maxDocBytes, count, maxParseSeconds));
  }

  /** This configuration with another input format ({@link InputFormat#AUTO}: from the file names). */
  public JobConfig withInputFormat(InputFormat format) {
    JobConfig c = carry(new JobConfig(input, output, years, latestYear, maxDocBytes, partitions, maxParseSeconds));
    c.inputFormat = Objects.requireNonNull(format, "format");
    return c;
  }

  /**
   * This configuration with another limit on the rows of a broadcast join's small side (0: never
   * broadcast); see {@link #DEFAULT_BROADCAST_MAX_ROWS}.
   */
  public JobConfig withBroadcastMaxRows(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException(CONF_BROADCAST_MAX_ROWS + " must be 0 or more, got " + rows);
    }
    JobConfig c = carry(new JobConfig(input, output, years, latestYear, maxDocBytes, partitions, maxParseSeconds));
    c.broadcastMaxRows = rows;
    return c;
  }

  /** The most rows a small side of a join with the documents may have to be broadcast. */
  public long broadcastMaxRows() {
    return broadcastMaxRows;
  }

  /** How the input is stored; {@link InputFormat#AUTO} until the job has listed it. */
  public InputFormat inputFormat() {
    return inputFormat;
  }

  private JobConfig carry(JobConfig next) {
    next.inputFormat = inputFormat;
    next.broadcastMaxRows = broadcastMaxRows;
    return next;
  }

  /** The input file or folder (read recursively). */
  public String input() {
    return input;
  }

  /** The output root; each table is a folder under it. */
  public String output() {
    return output;
  }

  /**
   * The explicit years filter, sorted, or {@code null} when there is none (see also {@link
   * #latestYear()}).
   */
  public List<Integer> years() {
    return years;
  }

  /** True when the filter is {@code latest}: decided by the job from the parsed documents. */
  public boolean latestYear() {
    return latestYear;
  }

  /** True when only some years' partitions are replaced (an explicit list, or {@code latest}). */
  public boolean hasYearsFilter() {
    return years != null || latestYear;
  }

  /** Documents larger than this are rejected unread (reason {@code too large}). */
  public long maxDocBytes() {
    return maxDocBytes;
  }

  /** This configuration with another per-document parse time limit, in seconds. */
  public JobConfig withMaxParseSeconds(long seconds) {
    return carry(new JobConfig(input, output, years, latestYear, maxDocBytes, partitions, seconds));
  }

  /**
   * A document whose parse takes longer than this is rejected (reason {@code parse time limit
   * exceeded (Ns)}) and the task goes on with the next document.
   */
  public long maxParseSeconds() {
    return maxParseSeconds;
  }

  /** Number of parse tasks asked for, or {@code null} to let the job choose. */
  public Integer partitions() {
    return partitions;
  }

  @Override
  public String toString() {
    return "JobConfig{input="
        + input
        + ", output="
        + output
        + ", years="
        + (latestYear ? LATEST : years == null ? "all" : years)
        + ", maxDocBytes="
        + maxDocBytes
        + ", maxParseSeconds="
        + maxParseSeconds
        + ", partitions="
        + (partitions == null ? "auto" : partitions)
        + ", inputFormat="
        + inputFormat.label()
        + ", broadcastMaxRows="
        + broadcastMaxRows
        + "}";
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static long parseLong(String value, String name) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + what);
    }
    return value.trim();
  }
}
