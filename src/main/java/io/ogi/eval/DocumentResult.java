package io.ogi.eval;

/**
 * What happened to one gold document.
 *
 * @param file the document as written in the gold line
 * @param status the parser's status ({@code parsed}, {@code partial}, {@code rejected}, {@code
 *     duplicate}), or {@link #MISSING} when the file could not be read, or {@link #ERROR} when the
 *     parser threw or returned nothing
 * @param reason the parser's reason, or the read/parse error; {@code null} for a clean parse
 */
public record DocumentResult(String file, String status, String reason) {

  /** The document file does not exist or cannot be read. */
  public static final String MISSING = "missing";

  /** The parser threw an exception or returned {@code null}. */
  public static final String ERROR = "error";

  /** Whether the parser never saw the document, so all its gold counts as missing. */
  public boolean unread() {
    return MISSING.equals(status) || ERROR.equals(status);
  }
}
