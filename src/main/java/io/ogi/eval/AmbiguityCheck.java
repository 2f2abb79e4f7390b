package io.ogi.eval;

/**
 * One gold {@code ambiguous} prefix checked against the parser's output.
 *
 * @param file the document as written in the gold line
 * @param prefix the gold prefix ({@code t4})
 * @param flagged whether the parser flagged it and emitted no value under it
 * @param reason why it does not count when not flagged ({@code "not flagged"}, {@code "flagged but
 *     emitted t4.review.total"}, {@code "document not parsed"}); {@code null} when flagged
 */
public record AmbiguityCheck(String file, String prefix, boolean flagged, String reason) {

  /** The report line: {@code file prefix (reason)}. */
  public String line() {
    return file + " " + prefix + (flagged ? " flagged" : " (" + reason + ")");
  }
}
