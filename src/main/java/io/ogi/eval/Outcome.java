package io.ogi.eval;

/** How one gold item compares with what the parser emitted. */
public enum Outcome {
  /** Emitted with the gold value (amounts to 4 decimals). */
  EXACT,
  /** Emitted with another value. */
  WRONG,
  /** Not emitted (or the document could not be read). */
  MISSING
}
