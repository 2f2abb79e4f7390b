package io.ogi.job;

import java.util.List;
import java.util.Locale;

/**
 * How the job's input is stored: plain files (one document each), WARC files (one document per
 * {@code response} or {@code resource} record) or packed Parquet (one document per row of {@code
 * path STRING, bytes BINARY}, as {@code ogi pack} writes). {@link #AUTO} decides from the listed
 * file names.
 */
public enum InputFormat {
  AUTO,
  FILES,
  WARC,
  PARQUET;

  /** {@code auto}, {@code files}, {@code warc} or {@code parquet} (any case). */
  public static InputFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return AUTO;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "input format must be auto, files, warc or parquet, got '" + name + "'");
    }
  }

  /** The name on the command line and in the manifest. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format of a listing: {@link #WARC} when every listed file is a {@code .warc} or {@code
   * .warc.gz}, {@link #PARQUET} when every one is a {@code .parquet}, else {@link #FILES}; an
   * explicit format is kept.
   */
  InputFormat resolve(List<String> paths) {
    boolean warc = !paths.isEmpty();
    boolean parquet = !paths.isEmpty();
    for (String p : paths) {
      String name = p.toLowerCase(Locale.ROOT);
      warc &= isWarc(name);
      parquet &= name.endsWith(".parquet");
    }
    return resolve(warc, parquet);
  }

  /** As {@link #resolve(List)}, from what a streamed listing found. */
  InputFormat resolve(boolean allWarc, boolean allParquet) {
    if (this != AUTO) {
      return this;
    }
    return allWarc ? WARC : allParquet ? PARQUET : FILES;
  }

  static boolean isWarc(String lowerCaseName) {
    return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz");
  }
}
