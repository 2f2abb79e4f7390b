package io.ogi.gen;

import java.util.SplittableRandom;

/** Random counts: heavy-tailed volumes and splits of a count into parts that add up exactly. */
final class Numbers {

  private Numbers() {}

  /**
   * A heavy-tailed count: zero with probability {@code pZero}, else a Pareto draw (shape 1.1) scaled
   * by {@code scale}, capped at {@code cap}. Most organs receive a handful of requests; a few receive
   * thousands.
   */
  static long heavy(SplittableRandom rnd, double pZero, double scale, long cap) {
    if (rnd.nextDouble() < pZero) {
      return 0;
    }
    double u = 1.0 - rnd.nextDouble(); // (0, 1]
    double x = scale * Math.pow(u, -1.0 / 1.1);
    return Math.min(cap, (long) Math.floor(x));
  }

  /** A small count with mean about {@code mean} (geometric). */
  static long small(SplittableRandom rnd, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = 1.0 / (1.0 + mean);
    long k = 0;
    while (rnd.nextDouble() > p && k < 1_000_000) {
      k++;
    }
    return k;
  }

  /** {@code n} split into parts with the given weights; the parts always sum to {@code n}. */
  static long[] split(SplittableRandom rnd, long n, double[] weights) {
    long[] out = new long[weights.length];
    if (n <= 0) {
      return out;
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (n <= 64) {
      for (long i = 0; i < n; i++) {
        double x = rnd.nextDouble() * total;
        int k = 0;
        while (k < weights.length - 1 && x >= weights[k]) {
          x -= weights[k];
          k++;
        }
        out[k]++;
      }
      return out;
    }
    long left = n;
    double wLeft = total;
    for (int k = 0; k < weights.length - 1; k++) {
      double p = wLeft <= 0 ? 0 : weights[k] / wLeft;
      double mean = left * p;
      double sd = Math.sqrt(Math.max(0, left * p * (1 - p)));
      long v = Math.round(mean + sd * rnd.nextGaussian());
      v = Math.max(0, Math.min(left, v));
      out[k] = v;
      left -= v;
      wLeft -= weights[k];
    }
    out[weights.length - 1] = left;
    return out;
  }
}
