package io.ogi.eval;

/**
 * Tallies of one table row of the evaluation: how many gold items, and how many of them the parser
 * got exactly, got wrong, or did not emit. {@code exact + wrong + missing == gold}.
 *
 * @param gold gold items
 * @param exact emitted with the gold value
 * @param wrong emitted with another value
 * @param missing not emitted
 */
public record Counts(int gold, int exact, int wrong, int missing) {

  /** No items. */
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  /** Adds one outcome. */
  public Counts plus(Outcome outcome) {
    return switch (outcome) {
      case EXACT -> new Counts(gold + 1, exact + 1, wrong, missing);
      case WRONG -> new Counts(gold + 1, exact, wrong + 1, missing);
      case MISSING -> new Counts(gold + 1, exact, wrong, missing + 1);
    };
  }

  /** Sums two rows. */
  public Counts plus(Counts o) {
    return new Counts(gold + o.gold, exact + o.exact, wrong + o.wrong, missing + o.missing);
  }

  /** {@code exact / gold}, or {@code NaN} when there is no gold. */
  public double exactRatio() {
    return gold == 0 ? Double.NaN : (double) exact / gold;
  }
}
