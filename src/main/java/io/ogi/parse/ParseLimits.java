package io.ogi.parse;

/**
 * Per-document limits inside the parser, so that one hostile document cannot stall a task or
 * exhaust its memory. The wall-clock limit itself is the caller's (the job runs each parse with a
 * deadline and interrupts it); the parser cooperates by checking for the interrupt between steps
 * and in its loops over lines, tables and rows.
 */
public final class ParseLimits {

  /**
   * Rows of one table handed to the table readers. A real table 三 has about 40 rows, table 二
   * about 20; a table longer than this is cut here and the document flagged {@code
   * table_rows_capped}.
   */
  public static final int MAX_TABLE_ROWS = 2_000;

  /** Pages of one PDF read at most; a report has under 30 (io.ogi.parse.pdf rejects longer ones). */
  public static final int MAX_PDF_PAGES = 300;

  private ParseLimits() {}

  /** Thrown when the parsing thread was interrupted: its deadline passed. */
  public static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("parse interrupted (time limit)");
    }
  }

  /**
   * Throws {@link Interrupted} when the current thread has been interrupted. Cheap enough for a
   * loop over lines; the flag is left set so that the caller sees it too.
   */
  public static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Interrupted();
    }
  }
}
