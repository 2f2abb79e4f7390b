package io.ogi.job;

import io.ogi.model.ReportValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's values as one byte array: how the parsed rows carry them between parsing and the
 * value tables ({@code values} in {@link OutputSchemas#PARSED_DOCUMENT}).
 *
 * <p>Why not Spark's nested {@code array<struct>}: a report has some sixty values, so a million
 * documents are sixty million structs; turning each into Spark's row format and writing it as
 * nested Parquet columns cost more than parsing the documents (measured: README, Performance).
 * One binary column per document is copied, not converted, and written as one Parquet value.
 *
 * <p>Layout: the number of values, then per value its key, value, source, table, row, column and
 * confidence. A count is a variable-length int; a string is its UTF-8 length plus one (0 for
 * {@code null}) then its bytes; a double is its 8 IEEE bytes, big-endian. Values keep the
 * parser's order.
 */
public final class ValuesCodec {

  private ValuesCodec() {}

  /** The bytes of {@code values}, in their order. */
  public static byte[] encode(List<ReportValue> values) {
    Writer w = new Writer(32 + values.size() * 48);
    w.count(values.size());
    for (ReportValue v : values) {
      w.string(v.key());
      w.number(v.value());
      w.string(v.source());
      w.string(v.table());
      w.string(v.row());
      w.string(v.column());
      w.number(v.confidence());
    }
    return w.bytes();
  }

  /** The values {@link #encode} wrote, in the same order; an empty list for {@code null}. */
  public static List<ReportValue> decode(byte[] bytes) {
    Cursor c = new Cursor(bytes);
    List<ReportValue> out = new ArrayList<>(c.remaining);
    while (c.next()) {
      out.add(c.value());
    }
    return out;
  }

  /**
   * Reads encoded values one by one, decoding only what is asked for: the value tables and the
   * trend measures look at every value's key but want the rest of few of them, and a label turned
   * into a {@link String} costs more than the whole rest of the reading (measured at a million
   * documents: README, Performance).
   */
  public static final class Cursor {
    private final byte[] buf;
    private int remaining;
    private int pos;
    private int key;
    private int number;
    private int source;
    private int confidence;

    /** A cursor before the first of {@code bytes}' values; {@code null} holds none. */
    public Cursor(byte[] bytes) {
      buf = bytes == null ? new byte[] {0} : bytes;
      remaining = count();
    }

    /** Moves to the next value; {@code false} past the last one. */
    public boolean next() {
      if (remaining == 0) {
        if (pos != buf.length) {
          throw new IllegalArgumentException("corrupt values: " + (buf.length - pos) + " bytes left over");
        }
        return false;
      }
      remaining--;
      key = pos;
      skipString();
      number = pos;
      pos += Double.BYTES;
      source = pos;
      for (int i = 0; i < 4; i++) {
        skipString(); // source, table, row, column
      }
      confidence = pos;
      pos += Double.BYTES;
      if (pos > buf.length) {
        throw new IllegalArgumentException("corrupt values: a value runs past the end");
      }
      return true;
    }

    /** The current value's key. */
    public String key() {
      return stringAt(key);
    }

    /** The current value's number. */
    public double number() {
      return numberAt(number);
    }

    /** The whole current value. */
    public ReportValue value() {
      int at = source;
      String src = stringAt(at);
      at = skipString(at);
      String table = stringAt(at);
      at = skipString(at);
      String row = stringAt(at);
      at = skipString(at);
      String column = stringAt(at);
      return new ReportValue(key(), number(), src, table, row, column, numberAt(confidence));
    }

    private int count() {
      int n = 0;
      for (int shift = 0; ; shift += 7) {
        if (shift > 28 || pos >= buf.length) {
          throw new IllegalArgumentException("corrupt values: bad count at byte " + pos);
        }
        byte b = buf[pos++];
        n |= (b & 0x7F) << shift;
        if (b >= 0) {
          return n;
        }
      }
    }

    private void skipString() {
      int n = count();
      pos += Math.max(0, n - 1);
    }

    /** Where the string after the one at {@code at} starts. */
    private int skipString(int at) {
      int saved = pos;
      pos = at;
      skipString();
      int next = pos;
      pos = saved;
      return next;
    }

    private String stringAt(int at) {
      int saved = pos;
      pos = at;
      int n = count();
      int start = pos;
      pos = saved;
      return n == 0 ? null : new String(buf, start, n - 1, StandardCharsets.UTF_8);
    }

    private double numberAt(int at) {
      long x = 0;
      for (int i = 0; i < 8; i++) {
        x = (x << 8) | (buf[at + i] & 0xFF);
      }
      return Double.longBitsToDouble(x);
    }
  }

  /**
   * The value of {@code key} among {@code values} (the first one, as a document's values have each
   * key once), or {@code null} when there is none.
   */
  public static Double valueOf(List<ReportValue> values, String key) {
    for (ReportValue v : values) {
      if (v.key().equals(key)) {
        return v.value();
      }
    }
    return null;
  }

  private static final class Writer {
    private byte[] buf;
    private int len;

    Writer(int capacity) {
      buf = new byte[capacity];
    }

    private void room(int n) {
      if (len + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
      }
    }

    void count(int n) {
      room(5);
      while ((n & ~0x7F) != 0) {
        buf[len++] = (byte) ((n & 0x7F) | 0x80);
        n >>>= 7;
      }
      buf[len++] = (byte) n;
    }

    /**
     * {@code s} as UTF-8, written straight into the buffer (no byte array per string: a report's
     * labels are most of what a million documents encode). An unpaired surrogate becomes '?', as
     * {@link String#getBytes} makes it.
     */
    void string(String s) {
      if (s == null) {
        count(0);
        return;
      }
      int n = s.length();
      int bytes = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          bytes += 1;
        } else if (c < 0x800) {
          bytes += 2;
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          bytes += 4;
          i++;
        } else if (Character.isSurrogate(c)) {
          bytes += 1;
        } else {
          bytes += 3;
        }
      }
      count(bytes + 1);
      room(bytes);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          buf[len++] = (byte) c;
        } else if (c < 0x800) {
          buf[len++] = (byte) (0xC0 | (c >> 6));
          buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[len++] = (byte) (0xF0 | (cp >> 18));
          buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[len++] = (byte) (0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
          buf[len++] = (byte) '?';
        } else {
          buf[len++] = (byte) (0xE0 | (c >> 12));
          buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
      }
    }

    void number(double d) {
      room(8);
      long x = Double.doubleToRawLongBits(d);
      for (int shift = 56; shift >= 0; shift -= 8) {
        buf[len++] = (byte) (x >>> shift);
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, len);
    }
  }
}
