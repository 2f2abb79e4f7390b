package io.ogi.parse.pdf;

/**
 * A run of glyphs on one baseline with no wide gap inside: a cell's text on one line, a number,
 * a run of prose. Coordinates are in points from the page's top-left corner; {@code y} is the
 * baseline, and {@code page} is 1-based.
 */
record Word(String text, double x0, double x1, double y, double em, int page, double[] gaps) {

  Word(String text, double x0, double x1, double y, double em, int page) {
    this(text, x0, x1, y, em, page, new double[0]);
  }

  /**
   * The word cut at its inner gaps of at least {@code minGap} points. {@code gaps} holds, per gap,
   * the text offset where it falls, its start x and its end x (three numbers each).
   */
  java.util.List<Word> splitAt(double minGap) {
    java.util.List<Word> out = new java.util.ArrayList<>();
    int from = 0;
    double start = x0;
    for (int i = 0; i + 2 < gaps.length; i += 3) {
      if (gaps[i + 2] - gaps[i + 1] >= minGap) {
        int at = (int) gaps[i];
        out.add(new Word(text.substring(from, at), start, gaps[i + 1], y, em, page));
        from = at;
        start = gaps[i + 2];
      }
    }
    if (out.isEmpty()) {
      return java.util.List.of(this);
    }
    out.add(new Word(text.substring(from), start, x1, y, em, page));
    return out;
  }

  double center() {
    return (x0 + x1) / 2;
  }

  double width() {
    return x1 - x0;
  }

  /** Horizontal overlap with {@code [a, b]}, in points (0 when apart). */
  double overlap(double a, double b) {
    return Math.max(0, Math.min(x1, b) - Math.max(x0, a));
  }
}
