package io.ogi.eval;

/**
 * One gold item (a value key or a document field) compared with the parser's output.
 *
 * @param file the document as written in the gold line
 * @param key the value key ({@code t3.new.total}) or field name ({@code county})
 * @param field {@code true} for a document field, {@code false} for a value
 * @param outcome exact, wrong or missing
 * @param gold the gold as printed ({@code 20}, {@code 5.637}, {@code 温州市}, {@code null})
 * @param got what the parser emitted as printed, or {@code null} when nothing was emitted
 */
public record Comparison(
    String file, String key, boolean field, Outcome outcome, String gold, String got) {

  /**
   * The value key's family ({@code t3}, {@code legacy}, ...), or {@link Evaluator#META} for fields.
   */
  public String family() {
    if (field) {
      return Evaluator.META;
    }
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** The report line: {@code file key gold=… got=…}, with {@code got=-} when nothing was emitted. */
  public String line() {
    return file + " " + key + " gold=" + gold + " got=" + (got == null ? "-" : got);
  }
}
