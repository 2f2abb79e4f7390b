package io.ogi.parse;

import java.util.Arrays;

/**
 * A MinHash (bottom-k) signature of a report's text, to find the same report crawled twice with
 * different chrome, whitespace, a visitor counter or a different URL.
 *
 * <p>The text is reduced to its letters (Han characters and Latin; whitespace, punctuation, table
 * bars and digits dropped: counters and dates differ between crawls, and the numbers are compared
 * separately, as values), cut into overlapping shingles of {@link #SHINGLE} characters, each
 * shingle hashed once to 64 bits, and the {@link #SIZE} smallest distinct hashes kept, sorted. Two
 * signatures estimate the Jaccard similarity of their shingle sets: among the {@link #SIZE}
 * smallest hashes of their union, the share found in both. One hash per shingle keeps it cheap
 * beside the parse itself.
 */
public final class TextSignature {

  /** Hashes kept per signature. */
  public static final int SIZE = 64;

  /** Shingle length in characters (smallestBelowThreshold spells out the five in its loop). */
  public static final int SHINGLE = 5;

  private TextSignature() {}

  /** {@link Character#isLetter(char)} by table: 1 for a letter, 0 otherwise (added, not branched on). */
  private static final byte[] LETTER = new byte[65536];
  /** The shingle hash's seed times 31^SHINGLE, and 31^(SHINGLE-1): the hash rolls from one shingle to the next. */
  private static final long SEED_TERM;
  private static final long TOP_POWER;

  static {
    for (int c = 0; c < 65536; c++) {
      LETTER[c] = (byte) (Character.isLetter((char) c) ? 1 : 0);
    }
    long seed = 1125899906842597L;
    long top = 1;
    for (int j = 0; j < SHINGLE; j++) {
      seed *= 31;
      if (j > 0) {
        top *= 31;
      }
    }
    SEED_TERM = seed;
    TOP_POWER = top;
  }

  /**
   * The signature of {@code text}.
   *
   * @return up to {@link #SIZE} distinct hashes, ascending; {@code null} when fewer than {@link
   *     #SHINGLE} letters are left after reduction (too short to compare)
   */
  public static long[] of(String text) {
    if (text == null) {
      return null;
    }
    char[] b = text.toCharArray();
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      // every character is written, and kept by moving on: letters and the rest mix too
      // irregularly in a report for a branch to be predicted
      char c = b[i];
      b[n] = c;
      n += LETTER[c];
    }
    if (n < SHINGLE) {
      return null;
    }
    int count = n - SHINGLE + 1;
    long[] quick = smallestBelowThreshold(b, count);
    return quick != null ? quick : smallest(hashes(b, count));
  }

  /**
   * The hash of each of the {@code count} shingles of {@code b}: the 31-polynomial of the
   * shingle's characters, without the seed's term (same bits as hashing each shingle from the seed:
   * arithmetic modulo 2^64), rolled from one shingle to the next and mixed.
   */
  private static long[] hashes(char[] b, int count) {
    long[] hashes = new long[count];
    long poly = firstPolynomial(b);
    for (int i = 0; i < count; i++) {
      poly = i == 0 ? poly : roll(poly, b, i);
      hashes[i] = mix(SEED_TERM + poly);
    }
    return hashes;
  }

  /** The 31-polynomial of the first shingle's characters. */
  private static long firstPolynomial(char[] b) {
    long poly = 0;
    for (int j = 0; j < SHINGLE; j++) {
      poly = 31 * poly + b[j];
    }
    return poly;
  }

  /** The polynomial of shingle {@code i}, from {@code poly}, that of shingle {@code i - 1}. */
  private static long roll(long poly, char[] b, int i) {
    return (poly - b[i - 1] * TOP_POWER) * 31 + b[i + SHINGLE - 1];
  }

  /**
   * The {@link #SIZE} smallest distinct hashes (unsigned) of the {@code count} shingles of {@code
   * b}, when at least that many lie below a threshold that about twice as many random hashes do
   * (fewer than {@link #SIZE} is then five standard deviations off): those are then the smallest
   * of all, found by sorting the few below it. {@code null} otherwise (a short or repetitive
   * text). The hashes are those of {@link #hashes}, tested as they come, so the common case
   * stores none but the few below the threshold.
   */
  private static long[] smallestBelowThreshold(char[] b, int count) {
    int m = count;
    int expect = 2 * SIZE;
    if (m <= 2 * expect) {
      return null;
    }
    // Below 2^63, as m > 2 * expect: the hashes kept are non-negative, signed order is theirs.
    long threshold = Long.divideUnsigned(-1L, m) * expect;
    int limit = Math.min(m, 4 * expect);
    long[] below = new long[limit + 1];
    int cnt = 0;
    for (int i = 0; i < count; i++) {
      // Each shingle's polynomial computed afresh, the value roll() gives (modulo 2^64 both): five
      // multiplications, but none waits on the previous shingle's, where rolling chained them all.
      long poly = ((((long) b[i] * 31 + b[i + 1]) * 31 + b[i + 2]) * 31 + b[i + 3]) * 31 + b[i + 4];
      long h = mix(SEED_TERM + poly);
      // Every hash is written and kept by moving on when below (one in seven: a branch on it is
      // mispredicted often): 0 <= h < threshold, as the sign bit of (h - threshold) & ~h.
      below[cnt] = h;
      cnt += (int) (((h - threshold) & ~h) >>> 63);
      if (cnt > limit) {
        return null; // unusually many: leave it to the general way
      }
    }
    long[] sorted = sortSpread(below, cnt, threshold);
    long[] out = new long[SIZE];
    int size = 0;
    for (int i = 0; i < cnt && size < SIZE; i++) {
      if (size == 0 || sorted[i] != out[size - 1]) {
        out[size++] = sorted[i];
      }
    }
    return size == SIZE ? out : null;
  }

  private static final int BUCKET_BITS = 8;

  /**
   * {@code a[0..n)} sorted, for values spread evenly over [0, {@code bound}): counted into buckets
   * by their top bits, then an insertion sort that only has to order each bucket's few (Arrays.sort
   * of these hundred-odd values cost as much as hashing the whole text).
   */
  private static long[] sortSpread(long[] a, int n, long bound) {
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(bound) - BUCKET_BITS);
    int[] next = new int[(1 << BUCKET_BITS) + 1];
    for (int i = 0; i < n; i++) {
      next[(int) (a[i] >>> shift) + 1]++;
    }
    for (int b = 0; b < 1 << BUCKET_BITS; b++) {
      next[b + 1] += next[b];
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[next[(int) (a[i] >>> shift)]++] = a[i];
    }
    for (int i = 1; i < n; i++) {
      long v = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > v) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = v;
    }
    return out;
  }

  /** The {@link #SIZE} smallest distinct hashes (unsigned), ascending, by one pass. */
  private static long[] smallest(long[] hashes) {
    long[] keep = new long[SIZE];
    int size = 0;
    long max = Long.MAX_VALUE; // the largest kept, once full
    for (long h : hashes) {
      if (size == SIZE && Long.compareUnsigned(h, max) >= 0) {
        continue;
      }
      int pos = unsignedSearch(keep, size, h);
      if (pos >= 0) {
        continue; // already kept
      }
      pos = -pos - 1;
      if (size < SIZE) {
        System.arraycopy(keep, pos, keep, pos + 1, size - pos);
        size++;
      } else {
        System.arraycopy(keep, pos, keep, pos + 1, SIZE - 1 - pos);
      }
      keep[pos] = h;
      if (size == SIZE) {
        max = keep[SIZE - 1];
      }
    }
    return Arrays.copyOf(keep, size);
  }

  /**
   * Estimated Jaccard similarity of the texts behind two signatures.
   *
   * @return 0..1; 0 when either is null or empty
   */
  public static double similarity(long[] a, long[] b) {
    if (a == null || b == null || a.length == 0 || b.length == 0) {
      return 0;
    }
    int k = Math.min(SIZE, Math.max(a.length, b.length));
    int i = 0;
    int j = 0;
    int taken = 0;
    int both = 0;
    while (taken < k && (i < a.length || j < b.length)) {
      int cmp = i >= a.length ? 1 : j >= b.length ? -1 : Long.compareUnsigned(a[i], b[j]);
      if (cmp == 0) {
        both++;
        i++;
        j++;
      } else if (cmp < 0) {
        i++;
      } else {
        j++;
      }
      taken++;
    }
    return (double) both / taken;
  }

  private static int unsignedSearch(long[] a, int size, long key) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Long.compareUnsigned(a[mid], key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  // SplitMix64 finaliser
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
