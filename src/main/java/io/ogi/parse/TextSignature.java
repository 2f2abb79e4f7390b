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

  /** Shingle length in characters (polynomials spells out the five in its loop). */
  public static final int SHINGLE = 5;

  private TextSignature() {}

  /** {@link Character#isLetter(char)} by table: 1 for a letter, 0 otherwise (added, not branched on). */
  private static final byte[] LETTER = new byte[65536];
  /** The shingle hash's seed times 31^SHINGLE: the seed's term of every shingle's polynomial. */
  private static final long SEED_TERM;

  static {
    for (int c = 0; c < 65536; c++) {
      LETTER[c] = (byte) (Character.isLetter((char) c) ? 1 : 0);
    }
    long seed = 1125899906842597L;
    for (int j = 0; j < SHINGLE; j++) {
      seed *= 31;
    }
    SEED_TERM = seed;
  }

  /** Texts up to this many characters are hashed in the thread's arrays (longer ones in their own). */
  private static final int SCRATCH_CHARS = 1 << 16;

  /**
   * Per thread: the letters, the same shifted by one to four (column {@code j} of a shingle), the
   * hashes, and those below the threshold. Reused: at a thousand letters a report, fresh arrays
   * cost as much to clear as the hashing itself.
   */
  private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> arrays(4096));

  private static long[][] arrays(int length) {
    long[][] a = new long[SHINGLE + 2][];
    for (int k = 0; k < a.length; k++) {
      a[k] = new long[length];
    }
    return a;
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
    int room = b.length + 1;
    long[][] a = room > SCRATCH_CHARS ? arrays(room) : SCRATCH.get();
    if (a[0].length < room) {
      a = arrays(Math.max(room, 2 * a[0].length));
      SCRATCH.set(a);
    }
    long[] letters = a[0];
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      // every character is written, and kept by moving on: letters and the rest mix too
      // irregularly in a report for a branch to be predicted
      char c = b[i];
      letters[n] = c;
      n += LETTER[c];
    }
    if (n < SHINGLE) {
      return null;
    }
    int count = n - SHINGLE + 1;
    long[] hashes = a[SHINGLE];
    hashes(a, count, hashes);
    long[] quick = smallestBelowThreshold(hashes, count, a[SHINGLE + 1]);
    return quick != null ? quick : smallest(hashes, count);
  }

  /**
   * The hash of each of the {@code count} shingles of {@code a[0]}'s letters into {@code out}: the
   * 31-polynomial of the shingle's characters from the seed (modulo 2^64), mixed.
   *
   * <p>In loops a JIT turns into vector instructions (measured on this project's machines: about a
   * third of the time of one loop over the shingles): every array is read at the loop's own index,
   * as {@code a[j]} holds the letters from the j-th on, and the polynomial and the mixing are two
   * loops, since one loop doing both stays scalar.
   */
  private static void hashes(long[][] a, int count, long[] out) {
    long[] c0 = a[0];
    for (int j = 1; j < SHINGLE; j++) {
      System.arraycopy(c0, j, a[j], 0, count);
    }
    polynomials(c0, a[1], a[2], a[3], a[4], out, count);
    for (int i = 0; i < count; i++) {
      out[i] = mix(SEED_TERM + out[i]);
    }
  }

  /** {@code out[i]}: the 31-polynomial of the five characters {@code c0[i] … c4[i]} (SHINGLE is five). */
  private static void polynomials(long[] c0, long[] c1, long[] c2, long[] c3, long[] c4, long[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = (((c0[i] * 31 + c1[i]) * 31 + c2[i]) * 31 + c3[i]) * 31 + c4[i];
    }
  }

  /**
   * The {@link #SIZE} smallest distinct hashes (unsigned) of {@code hashes[0, count)}, when at
   * least that many lie below a threshold that about twice as many random hashes do (fewer than
   * {@link #SIZE} is then five standard deviations off): those are then the smallest of all, found
   * by sorting the few below it. {@code null} otherwise (a short or repetitive text).
   *
   * @param below room for {@code count + 1} hashes
   */
  private static long[] smallestBelowThreshold(long[] hashes, int count, long[] below) {
    int m = count;
    int expect = 2 * SIZE;
    if (m <= 2 * expect) {
      return null;
    }
    // Below 2^63, as m > 2 * expect: the hashes kept are non-negative, signed order is theirs.
    long threshold = Long.divideUnsigned(-1L, m) * expect;
    int cnt = 0;
    for (int i = 0; i < count; i++) {
      // Every hash is written and kept by moving on when below (one in seven: a branch on it is
      // mispredicted often): 0 <= h < threshold, as the sign bit of (h - threshold) & ~h.
      long h = hashes[i];
      below[cnt] = h;
      cnt += (int) (((h - threshold) & ~h) >>> 63);
    }
    if (cnt > Math.min(m, 4 * expect)) {
      return null; // unusually many: leave it to the general way
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

  /** The {@link #SIZE} smallest distinct hashes (unsigned) of {@code hashes[0, count)}, ascending, by one pass. */
  private static long[] smallest(long[] hashes, int count) {
    long[] keep = new long[SIZE];
    int size = 0;
    long max = Long.MAX_VALUE; // the largest kept, once full
    for (int i = 0; i < count; i++) {
      long h = hashes[i];
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
