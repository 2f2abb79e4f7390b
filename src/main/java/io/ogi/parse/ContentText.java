package io.ogi.parse;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A report's content as one text: its prose lines and table rows (a row's non-blank cells joined
 * by spaces, a cell equal to the one before it written once: merged cells), in reading order,
 * joined by newlines; and those lines one by one.
 *
 * <p>The text is written once, into one array, and a line is cut from it only when read: the
 * readers of lines (title, signature, the notice test) look at the first and last few, where a
 * string per table row, then their join, copied every character twice.
 */
final class ContentText {

  /** The lines joined by {@code '\n'}. */
  final String text;

  /** The lines, cut from {@link #text} when read (a line may itself hold a newline). */
  final List<String> lines;

  private ContentText(String text, List<String> lines) {
    this.text = text;
    this.lines = lines;
  }

  static ContentText of(ReportContent content) {
    List<ReportContent.Block> blocks = content.blocks();
    int count = 0;
    int room = 0;
    for (int b = 0, nb = blocks.size(); b < nb; b++) {
      if (blocks.get(b) instanceof ReportContent.Line l) {
        count++;
        room += l.text().length() + 1;
      } else if (blocks.get(b) instanceof ReportContent.Table t) {
        count += t.rows().size();
        room += 32 * t.rows().size();
      }
    }
    char[] cs = new char[Math.max(16, room)];
    int[] bounds = new int[2 * count]; // start and end of each line in cs
    int n = 0;
    int at = 0;
    for (int b = 0, nb = blocks.size(); b < nb; b++) {
      ReportContent.Block block = blocks.get(b);
      if (block instanceof ReportContent.Line l) {
        String s = l.text();
        if (at + s.length() + 1 > cs.length) {
          cs = Arrays.copyOf(cs, Math.max(2 * cs.length, at + s.length() + 1));
        }
        if (n > 0) {
          cs[at++] = '\n';
        }
        bounds[2 * n] = at;
        s.getChars(0, s.length(), cs, at);
        at += s.length();
        bounds[2 * n + 1] = at;
        n++;
      } else if (block instanceof ReportContent.Table t) {
        List<List<String>> rows = t.rows();
        for (int r = 0, nr = rows.size(); r < nr; r++) {
          List<String> row = rows.get(r);
          // Written after a newline; taken back when none of its cells holds anything.
          int mark = at;
          if (n > 0) {
            if (at == cs.length) {
              cs = Arrays.copyOf(cs, 2 * cs.length);
            }
            cs[at++] = '\n';
          }
          int start = at;
          String prev = null;
          for (int k = 0, size = row.size(); k < size; k++) {
            String c = row.get(k);
            if (!c.isEmpty() && !c.equals(prev)) {
              if (at + c.length() + 1 > cs.length) {
                cs = Arrays.copyOf(cs, Math.max(2 * cs.length, at + c.length() + 1));
              }
              if (at > start) {
                cs[at++] = ' ';
              }
              c.getChars(0, c.length(), cs, at);
              at += c.length();
            }
            prev = c;
          }
          if (at > start) {
            bounds[2 * n] = start;
            bounds[2 * n + 1] = at;
            n++;
          } else {
            at = mark;
          }
        }
      }
    }
    String text = new String(cs, 0, at);
    return new ContentText(text, new Lines(text, bounds, n));
  }

  /** The lines of a text, each cut from it when read. */
  private static final class Lines extends AbstractList<String> implements RandomAccess {
    private final String text;
    private final int[] bounds;
    private final int size;

    Lines(String text, int[] bounds, int size) {
      this.text = text;
      this.bounds = bounds;
      this.size = size;
    }

    @Override
    public String get(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("line " + i + " of " + size);
      }
      return text.substring(bounds[2 * i], bounds[2 * i + 1]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
