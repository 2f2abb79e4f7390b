package io.ogi.parse.tables;

/**
 * A word the readers look for in row labels, with its characters as bits ({@link #bits(String)}).
 *
 * <p>A word whose bits are not all among a label's is not in it, so one {@code and} rules out most
 * words where a {@code contains} walked the label: a row's label is tested against tens of words
 * (the legacy indicators, table 三's rows and items), and holds one at most.
 *
 * @param text the word
 * @param bits {@link #bits(String)} of the word
 */
record Word(String text, long bits) {

  Word(String text) {
    this(text, bits(text));
  }

  /** The characters of {@code s} as bits, each at bit {@code ch % 64}. */
  static long bits(String s) {
    long bits = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      bits |= 1L << (s.charAt(i) & 63);
    }
    return bits;
  }

  /**
   * Whether {@code l} holds this word: {@code l.contains(text)}, given bits {@code lBits} that hold
   * {@link #bits(String)} of {@code l} (those of a longer text that {@code l} is part of will do).
   */
  boolean in(String l, long lBits) {
    return (bits & ~lBits) == 0 && l.contains(text);
  }
}
