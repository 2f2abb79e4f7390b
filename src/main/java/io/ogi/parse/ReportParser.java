package io.ogi.parse;

import io.ogi.model.ParsedReport;

/**
 * Parses one annual report from its bytes. Plain Java: knows nothing of Spark.
 *
 * <p>Never throws for bad input: a document that cannot be read comes back with status {@code
 * rejected} and a reason.
 */
public final class ReportParser {

  /** Written into every output row so that tables can be traced to the parser that made them. */
  public static final String VERSION = "0.1.0";

  /**
   * Parses a document.
   *
   * @param sourcePath where the bytes came from (its name decides html or text, and .gz)
   * @param bytes the raw bytes, possibly gzip-compressed
   * @return the parsed report; never {@code null}
   */
  public ParsedReport parse(String sourcePath, byte[] bytes) {
    ParsedReport r = new ParsedReport();
    r.setSourcePath(sourcePath);
    r.setSizeBytes(bytes.length);
    r.setParserVersion(VERSION);
    r.setStatus(ParsedReport.STATUS_REJECTED);
    r.setReason("not implemented yet");
    return r;
  }
}
