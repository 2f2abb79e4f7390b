package io.ogi.eval;

import java.io.IOException;

/** A gold file that cannot be read: the message names the file and, where known, the line. */
public final class GoldFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;

  /**
   * @param message what is wrong, already naming the file and line
   * @param lineNumber the 1-based line, or 0 when the problem is not tied to a line
   * @param cause the underlying error, or {@code null}
   */
  public GoldFileException(String message, int lineNumber, Throwable cause) {
    super(message, cause);
    this.lineNumber = lineNumber;
  }

  /** The 1-based line at fault, or 0 when the whole file is unreadable. */
  public int lineNumber() {
    return lineNumber;
  }
}
