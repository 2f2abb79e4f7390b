package io.ogi.parse.pdf;

/**
 * A run of glyphs on one baseline with no wide gap inside: a cell's text on one line, a number,
 * a run of prose. Coordinates are in points from the page's top-left corner; {@code y} is the
 * baseline, and {@code page} is 1-based.
 */
record Word(String text, double x0, double x1, double y, double em, int page) {

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
