package io.ogi.job;

import io.ogi.model.ReportValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A document's values as one byte array: how the parsed rows carry them between parsing and the
 * value tables (a column per value table in {@link OutputSchemas#PARSED_DOCUMENT}, {@link
 * OutputSchemas#valuesColumn}).
 *
 * <p>Why not Spark's nested {@code array<struct>}: a report has some ninety values, so a million
 * documents are ninety million structs; turning each into Spark's row format and writing it as
 * nested Parquet columns cost more than parsing the documents (measured: README, Performance).
 * One binary column per document is copied, not converted, and written as one Parquet value.
 *
 * <p>Layout: the number of values; then the labels, each once (their number, then each); then per
 * value its key, value, the source, table, row and column labels as references into the labels (0
 * for {@code null}, else the label's index plus one), and confidence. A count or reference is a
 * variable-length int; a string is its UTF-8 length plus one then its bytes; a double is its 8
 * IEEE bytes, big-endian.
 *
 * <p>Why labels once: a report's values repeat few labels (a table row's label for each of its
 * columns, a column's for each row): at the generated corpus, 357 label references per document
 * but 37 distinct labels. Encoding each once cut the encoding and halved the packed size.
 *
 * <p>Why a column per table: the job keeps each value table's values apart, already in the table's
 * order ({@link ReportRows#jobSections}), so a value table is cut by reading its own values only,
 * without routing, sorting or decoding the other tables'. They were sections of one column, which
 * every table's step then read whole: the four value tables and the trends read it five times.
 */
public final class ValuesCodec {

  private ValuesCodec() {}

  /** The bytes of {@code values}, in their order. */
  public static byte[] encode(List<ReportValue> values) {
    return encode(values, null);
  }

  /**
   * As {@link #encode(List)}, with each value's key already as UTF-8 ({@code keysUtf8[i]}, as
   * {@link String#getBytes} makes it): the job routes every key once per task and keeps its
   * bytes, so a key is copied, not encoded, for each document.
   */
  static byte[] encode(List<ReportValue> values, byte[][] keysUtf8) {
    Writer w = new Writer(32 + values.size() * 48);
    Writer labels = new Writer(256);
    java.util.HashMap<String, Integer> labelIndex = new java.util.HashMap<>(64);
    // Per label field, the last label and its reference: a parser hands the same String to every
    // value of a row or table, so most labels are that one again (no map lookup).
    String[] lastLabel = new String[4];
    int[] lastRef = new int[4];
    for (int i = 0; i < values.size(); i++) {
      ReportValue v = values.get(i);
      if (keysUtf8 == null) {
        w.string(v.key());
      } else {
        w.utf8(keysUtf8[i]);
      }
      w.number(v.value());
      w.count(label(v.source(), 0, lastLabel, lastRef, labelIndex, labels));
      w.count(label(v.table(), 1, lastLabel, lastRef, labelIndex, labels));
      w.count(label(v.row(), 2, lastLabel, lastRef, labelIndex, labels));
      w.count(label(v.column(), 3, lastLabel, lastRef, labelIndex, labels));
      w.number(v.confidence());
    }
    Writer header = new Writer(16);
    header.count(values.size());
    header.count(labelIndex.size());
    byte[] out = Arrays.copyOf(header.buf, header.len + labels.len + w.len);
    System.arraycopy(labels.buf, 0, out, header.len, labels.len);
    System.arraycopy(w.buf, 0, out, header.len + labels.len, w.len);
    return out;
  }

  /**
   * The reference to {@code label}, written to {@code labels} the first time it is seen; the same
   * String as the field's last label is that label's reference without a lookup.
   */
  private static int label(
      String label, int field, String[] lastLabel, int[] lastRef,
      java.util.HashMap<String, Integer> index, Writer labels) {
    if (label == lastLabel[field]) {
      return lastRef[field]; // also null: 0, as set at the start
    }
    int ref;
    if (label == null) {
      ref = 0;
    } else {
      Integer known = index.get(label);
      if (known != null) {
        ref = known;
      } else {
        ref = index.size() + 1;
        index.put(label, ref);
        labels.string(label);
      }
    }
    lastLabel[field] = label;
    lastRef[field] = ref;
    return ref;
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
    /** Where each label's UTF-8 bytes start, and how many. */
    private final int[] labelStart;
    private final int[] labelLength;
    /** The labels met so far, by index: each is made once however often it is referred to. */
    private UTF8String[] labels;
    private int key;
    private int number;
    private final int[] refs = new int[4];
    private int confidence;

    /** A cursor before the first of {@code bytes}' values; {@code null} holds none. */
    public Cursor(byte[] bytes) {
      buf = bytes == null ? new byte[] {0, 0} : bytes;
      remaining = count();
      int labels = count();
      labelStart = new int[labels];
      labelLength = new int[labels];
      for (int i = 0; i < labels; i++) {
        int n = count() - 1;
        if (n < 0 || pos + n > buf.length) {
          throw new IllegalArgumentException("corrupt values: label " + i + " is null or runs past the end");
        }
        labelStart[i] = pos;
        labelLength[i] = n;
        pos += n;
      }
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
      for (int i = 0; i < refs.length; i++) {
        int ref = count(); // source, table, row, column
        if (ref > labelStart.length) {
          throw new IllegalArgumentException("corrupt values: label " + ref + " of " + labelStart.length);
        }
        refs[i] = ref;
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
      UTF8String k = keyUtf8();
      return k == null ? null : k.toString();
    }

    /** The current value's key as UTF-8, a view of the encoded bytes (nothing copied). */
    public UTF8String keyUtf8() {
      int saved = pos;
      pos = key;
      int n = count();
      int start = pos;
      pos = saved;
      return n == 0 ? null : UTF8String.fromBytes(buf, start, n - 1);
    }

    /** The current value's number. */
    public double number() {
      return numberAt(number);
    }

    /** The current value's confidence. */
    public double confidence() {
      return numberAt(confidence);
    }

    /** The whole current value. */
    public ReportValue value() {
      return new ReportValue(
          key(), number(), labelString(refs[0]), labelString(refs[1]), labelString(refs[2]),
          labelString(refs[3]), confidence());
    }

    /**
     * The current value's source, table, row or column label ({@code field} 0 to 3) as UTF-8, a
     * view of the encoded bytes, or {@code null}: the value tables write labels as they were
     * encoded, never through a {@link String}. The same label gives the same object.
     */
    public UTF8String labelUtf8(int field) {
      return label(refs[field]);
    }

    /** Label {@code ref} (1-based; 0 is {@code null}), made once per cursor. */
    private UTF8String label(int ref) {
      if (ref == 0) {
        return null;
      }
      if (labels == null) {
        labels = new UTF8String[labelStart.length];
      }
      UTF8String s = labels[ref - 1];
      if (s == null) {
        s = UTF8String.fromBytes(buf, labelStart[ref - 1], labelLength[ref - 1]);
        labels[ref - 1] = s;
      }
      return s;
    }

    private String labelString(int ref) {
      UTF8String s = label(ref);
      return s == null ? null : s.toString();
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

    /** Bytes already UTF-8, written as {@link #string} writes a string. */
    void utf8(byte[] bytes) {
      count(bytes.length + 1);
      room(bytes.length);
      System.arraycopy(bytes, 0, buf, len, bytes.length);
      len += bytes.length;
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
