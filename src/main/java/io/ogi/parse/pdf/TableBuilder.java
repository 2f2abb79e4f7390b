package io.ogi.parse.pdf;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the lines of one table region into an exact grid of cells, from word positions alone.
 *
 * <p>Value columns are the x-ranges of the numbers (numbers in adjacent columns never overlap);
 * a column left blank in every row gets its x-range from a header word standing over it, so a
 * blank cell stays blank instead of shifting the numbers left. The header block (lines without
 * numbers before the data rows) starts a segment with its own columns: table 二 is several small
 * tables one after another. A header block repeated after a page break is dropped.
 *
 * <p>Row labels: a row's label is its own label words plus the label-only lines of the same cell
 * (labels wrapped over several lines, with the numbers on the first, middle or last line; a new
 * cell starts at an enumeration such as 1. or （三）). Labels standing left of the row labels and
 * spanning several rows (（三）不予公开, or 三/、/本/年/度 set one character per line) are joined
 * top to bottom and put in front of the first row of the group they span.
 */
final class TableBuilder {

  private static final Pattern ENUM = Pattern.compile(
      "^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}\\s*[.、．:：]|第[一二三四五六七八九十\\d]+)");
  private static final Pattern FIRST_ITEM = Pattern.compile("^(?:[（(]?1[）)]|1\\s*[.、．])");
  private static final List<String> UNITS = List.of("件", "条", "个", "万元", "元", "次", "人次", "人", "项", "篇", "%", "％", "单位");

  /** Inside a header line, a gap this wide (in ems) separates two columns' headers. */
  static final double HEADER_GAP_EM = 0.55;

  private TableBuilder() {}

  /** A word with its line. */
  private record Placed(Word w, TextLine line, double yc) {}

  /** A label cell under construction: its text lines and the data row it labels. */
  private static final class Cell {
    final StringBuilder text = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    Row row;

    void add(Word w) {
      text.append(w.text().replace(" ", ""));
      x0 = Math.min(x0, w.x0());
    }
  }

  /** A data row: its line's value words, and its label cells. */
  private static final class Row {
    final TextLine line;
    final double yc;
    final List<Word> values = new ArrayList<>();
    final List<Word> labels = new ArrayList<>();
    Word main;
    Cell cell;
    final List<String> spans = new ArrayList<>();

    Row(TextLine line, double yc) {
      this.line = line;
      this.yc = yc;
    }

    double labelX0() {
      return cell != null && cell.text.length() > 0 ? cell.x0 : main != null ? main.x0() : Double.MAX_VALUE;
    }

    String label() {
      return cell == null ? "" : cell.text.toString();
    }
  }

  /** Builds the table of a region's lines. */
  static ReportContent.Table build(List<TextLine> lines) {
    double[] yc = continuousY(lines);
    // Value words: numbers (or dashes) with no text to their right on their line.
    // Identity maps: lines are records, and deep equality over a long table would be quadratic.
    Map<TextLine, List<Word>> valueWords = new java.util.IdentityHashMap<>();
    for (TextLine l : lines) {
      List<Word> vals = new ArrayList<>();
      for (int i = l.words().size() - 1; i >= 0; i--) {
        Word w = l.words().get(i);
        Cells.Kind k = Cells.kind(w.text());
        if (k == Cells.Kind.NUMBER || k == Cells.Kind.DASH) {
          vals.add(0, w);
        } else if (!isUnit(w.text())) {
          break;
        }
      }
      valueWords.put(l, vals);
    }
    double valueStart = Double.MAX_VALUE;
    for (List<Word> vs : valueWords.values()) {
      for (Word w : vs) {
        valueStart = Math.min(valueStart, w.x0());
      }
    }
    // Segments: a header block (lines without values, at least one with text over the value
    // columns) followed by the lines up to the next header block.
    List<List<Integer>> headerBlocks = new ArrayList<>();
    List<Integer> segStarts = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!valueWords.get(lines.get(i)).isEmpty()) {
        i++;
        continue;
      }
      int j = i;
      int firstHeaderish = -1;
      int lastHeaderish = -1;
      while (j < lines.size() && valueWords.get(lines.get(j)).isEmpty()) {
        for (Word w : lines.get(j).words()) {
          if (w.center() > valueStart && Cells.kind(w.text()) == Cells.Kind.TEXT) {
            firstHeaderish = firstHeaderish < 0 ? j : firstHeaderish;
            lastHeaderish = j;
          }
        }
        j++;
      }
      int runEnd = j;
      if (lastHeaderish >= 0) {
        // Label lines after the header belong to the first row (a label wrapped above its numbers).
        j = lastHeaderish + 1;
      }
      boolean headerish = firstHeaderish >= 0;
      if (headerish && i > 0) {
        // Label lines before the header belong to the rows above it (the tail of a label
        // stacked one character per line before a page break).
        i = firstHeaderish;
      }
      if (headerish || segStarts.isEmpty() && i == 0) {
        List<Integer> block = new ArrayList<>();
        for (int k = i; k < j; k++) {
          block.add(k);
        }
        headerBlocks.add(block);
        segStarts.add(i);
      }
      i = runEnd;
    }
    if (segStarts.isEmpty() || segStarts.get(0) != 0) {
      segStarts.add(0, 0);
      headerBlocks.add(0, List.of());
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> seenHeaders = new ArrayList<>();
    for (int s = 0; s < segStarts.size(); s++) {
      int from = segStarts.get(s);
      int to = s + 1 < segStarts.size() ? segStarts.get(s + 1) : lines.size();
      List<Integer> header = headerBlocks.get(s);
      List<String> headerKey = headerKey(lines, header);
      boolean repeated = false;
      for (List<String> seen : seenHeaders) {
        repeated |= !headerKey.isEmpty() && seen.containsAll(headerKey.subList(0, (int) Math.ceil(headerKey.size() * 0.7)))
            && seen.size() == headerKey.size() || !headerKey.isEmpty() && seen.equals(headerKey);
      }
      if (!header.isEmpty()) {
        seenHeaders.add(headerKey);
      }
      buildSegment(lines, yc, valueWords, from, to, header, repeated, rows);
    }
    return new ReportContent.Table(rows, true);
  }

  /** The header's words in order: a header repeated after a page break has the same words. */
  private static List<String> headerKey(List<TextLine> lines, List<Integer> header) {
    List<String> out = new ArrayList<>();
    for (int k : header) {
      for (Word w : headerWords(lines.get(k))) {
        out.add(w.text().replace(" ", ""));
      }
    }
    return out;
  }

  private static void buildSegment(
      List<TextLine> lines, double[] yc, Map<TextLine, List<Word>> valueWords, int from, int to,
      List<Integer> header, boolean repeatedHeader, List<List<String>> out) {
    // Columns from the numbers of this segment's data rows.
    List<Word> nums = new ArrayList<>();
    for (int k = from; k < to; k++) {
      nums.addAll(valueWords.get(lines.get(k)));
    }
    double valueStart = Double.MAX_VALUE;
    for (Word w : nums) {
      valueStart = Math.min(valueStart, w.x0());
    }
    List<double[]> cols = clusters(nums);
    // Header words over the value zone: leaves (not spanning several columns) over no numbers
    // are the columns left blank in every row.
    List<Word> headerWords = new ArrayList<>();
    for (int k : header) {
      for (Word whole : lines.get(k).words()) {
        // Headers of adjacent narrow columns can touch (商业企 科研机): cut at smaller gaps.
        for (Word w : whole.splitAt(HEADER_GAP_EM * whole.em())) {
          if (nums.isEmpty() || w.center() > valueStart - w.em()) {
            headerWords.add(w);
          }
        }
      }
    }
    // Leaves: header words with no header word beneath them — the bottom of each column's
    // header. A parent (法人或其他组织, 复议后起诉) and the upper part of a wrapped header (商业企
    // over 业) have one.
    List<Word> leaves = new ArrayList<>();
    for (Word w : headerWords) {
      boolean covered = false;
      for (Word o : headerWords) {
        if (o != w && o.y() > w.y() + 0.3 * w.em()
            && w.overlap(o.x0(), o.x1()) > 0.15 * Math.min(w.width(), o.width())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        leaves.add(w);
      }
    }
    // A leaf over no numbers, and at least half a column pitch from every column of numbers,
    // marks a column blank in every row. (The bottom of a stacked header can sit beside its
    // numbers: 业 under 商业企.)
    double pitch = Double.MAX_VALUE;
    for (int k = 1; k < cols.size(); k++) {
      pitch = Math.min(pitch, (cols.get(k)[0] + cols.get(k)[1]) / 2 - (cols.get(k - 1)[0] + cols.get(k - 1)[1]) / 2);
    }
    List<double[]> extra = new ArrayList<>();
    for (double[] g : clusters(leaves)) {
      boolean near = false;
      double gc = (g[0] + g[1]) / 2;
      for (double[] c : cols) {
        near |= Math.min(g[1], c[1]) > Math.max(g[0], c[0]);
        near |= pitch < Double.MAX_VALUE && Math.abs(gc - (c[0] + c[1]) / 2) < 0.5 * pitch;
      }
      if (!near) {
        extra.add(g);
      }
    }
    if (!nums.isEmpty() || !extra.isEmpty()) {
      cols.addAll(extra);
      cols.sort(Comparator.comparingDouble(c -> c[0]));
    }
    if (valueStart == Double.MAX_VALUE && !cols.isEmpty()) {
      valueStart = cols.get(0)[0];
    }
    int n = cols.size();

    // Header rows: one per header line, the label-zone text then the text over each column
    // (a column's words stacked over several header lines are joined into its first row).
    if (!repeatedHeader) {
      String[][] cells = new String[header.size()][n];
      String[] labelText = new String[header.size()];
      // A column's words stacked over several header lines are joined into the row of the header
      // line with the most words (the 信息内容 row of table 二).
      int[] target = new int[n];
      java.util.Arrays.fill(target, -1);
      for (int h = 0; h < header.size(); h++) {
        List<Word> ws = headerWords(lines.get(header.get(h)));
        for (Word w : ws) {
          int c = n == 0 || w.x1() < valueStart + 0.2 * w.em() ? -1 : column(cols, w);
          if (c >= 0 && spans(cols, w) <= 1
              && (target[c] < 0 || headerWords(lines.get(header.get(target[c]))).size() < ws.size())) {
            target[c] = h;
          }
        }
      }
      for (int h = 0; h < header.size(); h++) {
        StringBuilder lab = new StringBuilder();
        for (Word w : headerWords(lines.get(header.get(h)))) {
          int c = n == 0 || w.x1() < valueStart + 0.2 * w.em() ? -1 : column(cols, w);
          if (c < 0) {
            lab.append(w.text().replace(" ", ""));
            continue;
          }
          int t = spans(cols, w) > 1 || target[c] < 0 ? h : target[c];
          cells[t][c] = cells[t][c] == null ? w.text() : cells[t][c] + w.text();
        }
        labelText[h] = lab.toString();
      }
      for (int h = 0; h < header.size(); h++) {
        List<String> row = new ArrayList<>();
        row.add(labelText[h]);
        for (int c = 0; c < n; c++) {
          row.add(cells[h][c] == null ? "" : cells[h][c]);
        }
        out.add(row);
      }
    }

    // Body: data rows, label-only lines, and spanned labels.
    List<Row> dataRows = new ArrayList<>();
    List<Object> body = new ArrayList<>(); // Row or TextLine (label-only), in order
    for (int k = from; k < to; k++) {
      if (header.contains(k)) {
        continue;
      }
      TextLine l = lines.get(k);
      List<Word> vals = valueWords.get(l);
      if (!vals.isEmpty()) {
        Row r = new Row(l, yc[k]);
        r.values.addAll(vals);
        for (Word w : l.words()) {
          if (!vals.contains(w)) {
            r.labels.add(w);
          }
        }
        dataRows.add(r);
        body.add(r);
      } else {
        body.add(l);
      }
    }
    // The main label of a line is its rightmost label word that is not a unit; words further left
    // with a clear gap are candidates for spanned labels.
    List<Placed> outer = new ArrayList<>();
    Map<Object, Word> mains = new java.util.IdentityHashMap<>();
    Map<TextLine, Integer> index = new java.util.IdentityHashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      index.put(lines.get(k), k);
    }
    for (int b = 0; b < body.size(); b++) {
      Object o = body.get(b);
      List<Word> labels = o instanceof Row r ? r.labels : ((TextLine) o).words();
      TextLine line = o instanceof Row r ? r.line : (TextLine) o;
      double y = yc[index.get(line)];
      Word main = null;
      for (int k = labels.size() - 1; k >= 0; k--) {
        if (!isUnit(labels.get(k).text()) || k == 0) {
          main = labels.get(k);
          break;
        }
      }
      for (Word w : labels) {
        if (main != null && w != main && w.x1() < main.x0() - 0.5 * w.em() && !isUnit(w.text())) {
          outer.add(new Placed(w, line, y));
        }
      }
      if (main != null) {
        mains.put(o, main);
      }
    }
    // A data line whose only label stands left of a wrapped label cell just above or below it
    // (、 between "1.本机关不掌握相关政府信" and "息") carries a spanned label, not its own.
    for (int b = 0; b < body.size(); b++) {
      Object o = body.get(b);
      if (!(o instanceof Row r) || !mains.containsKey(o)) {
        continue;
      }
      Word w = mains.get(o);
      for (int d = -1; d <= 1; d += 2) {
        int k = b + d;
        if (k >= 0 && k < body.size() && body.get(k) instanceof TextLine l && Math.abs(l.y() - r.line.y()) < 1.2 * w.em()
            && l.page() == r.line.page()) {
          boolean right = false;
          for (Word v : l.words()) {
            right |= v.x0() >= w.x1() + 0.3 * w.em();
          }
          if (right && mains.containsKey(o)) {
            outer.add(new Placed(w, r.line, r.yc));
            mains.remove(o);
          }
        }
      }
    }
    // A single label-only word standing left of the row labels above and below is spanned too.
    for (int b = 0; b < body.size(); b++) {
      Object o = body.get(b);
      if (!(o instanceof TextLine l) || !mains.containsKey(o)) {
        continue;
      }
      Word w = mains.get(o);
      Double above = neighbourLabelX0(body, mains, b, -1);
      Double below = neighbourLabelX0(body, mains, b, 1);
      double limit = Math.min(above == null ? Double.MAX_VALUE : above, below == null ? Double.MAX_VALUE : below);
      if ((above != null || below != null) && w.x1() <= limit + 0.3 * w.em()) {
        outer.add(new Placed(w, l, yc[index.get(l)]));
        mains.remove(o);
      }
    }
    for (Object o : body) {
      if (o instanceof Row r) {
        r.main = mains.get(r);
      }
    }
    // Label cells, in reading order.
    List<Cell> cells = new ArrayList<>();
    Cell open = null;
    for (int b = 0; b < body.size(); b++) {
      Object o = body.get(b);
      Word m = mains.get(o);
      boolean enumStart = m != null && ENUM.matcher(m.text().strip()).find();
      if (o instanceof Row r) {
        if (m != null && (open == null || open.row != null || enumStart)) {
          open = new Cell();
          cells.add(open);
        } else if (open == null || open.row != null) {
          open = new Cell();
          cells.add(open);
        }
        if (m != null) {
          open.add(m);
        }
        open.row = r;
        r.cell = open;
      } else if (m != null) {
        boolean startNew = open == null || enumStart;
        if (!startNew && open.row != null) {
          // Closer to a following data row that has no label of its own: that row's first line.
          Row next = nextRow(body, b);
          TextLine l = (TextLine) o;
          double y = yc[index.get(l)];
          if (next != null && next.main == null && next.yc - y < y - open.row.yc) {
            startNew = true;
          }
        }
        if (startNew) {
          open = new Cell();
          cells.add(open);
        }
        open.add(m);
      }
    }
    // Spanned labels: stack the outer words top to bottom, then label the first row of the group.
    outer.sort(Comparator.comparingDouble(Placed::yc));
    List<List<Placed>> stacks = new ArrayList<>();
    for (Placed p : outer) {
      List<Placed> into = null;
      for (List<Placed> s : stacks) {
        Placed last = s.get(s.size() - 1);
        double dc = Math.abs(p.w().center() - last.w().center());
        if (dc <= Math.max(0.35 * Math.max(p.w().width(), last.w().width()), 0.6 * p.w().em())
            && p.yc() - last.yc() <= 2.6 * Math.max(p.w().em(), last.w().em())) {
          into = s;
        }
      }
      if (into == null) {
        into = new ArrayList<>();
        stacks.add(into);
      }
      into.add(p);
    }
    for (List<Placed> s : stacks) {
      StringBuilder text = new StringBuilder();
      double x1 = 0;
      double x0 = Double.MAX_VALUE;
      for (Placed p : s) {
        text.append(p.w().text().replace(" ", ""));
        x1 = Math.max(x1, p.w().x1());
        x0 = Math.min(x0, p.w().x0());
      }
      double center = (s.get(0).yc() + s.get(s.size() - 1).yc()) / 2;
      Row best = null;
      for (Row r : dataRows) {
        if (r.labelX0() >= x1 - 0.3 * s.get(0).w().em()
            && (best == null || Math.abs(r.yc - center) < Math.abs(best.yc - center))) {
          best = r;
        }
      }
      if (best == null) {
        continue;
      }
      int idx = dataRows.indexOf(best);
      while (idx > 0 && !FIRST_ITEM.matcher(dataRows.get(idx).label()).find()
          && dataRows.get(idx - 1).labelX0() >= x1 - 0.3 * s.get(0).w().em()) {
        idx--;
      }
      dataRows.get(idx).spans.add(String.format("%012.2f", x0) + text);
    }
    // Emit: cells without a data row are label rows with blank values.
    for (Cell c : cells) {
      List<String> row = new ArrayList<>();
      if (c.row != null) {
        c.row.spans.sort(null);
        for (String sp : c.row.spans) {
          row.add(sp.substring(12));
        }
      }
      row.add(c.text.toString());
      String[] vals = new String[n];
      java.util.Arrays.fill(vals, "");
      if (c.row != null) {
        for (Word w : c.row.values) {
          int col = column(cols, w);
          if (col >= 0) {
            vals[col] = vals[col].isEmpty() ? w.text() : vals[col] + " " + w.text();
          }
        }
      }
      for (String v : vals) {
        row.add(v);
      }
      out.add(row);
    }
  }

  private static List<Word> headerWords(TextLine l) {
    List<Word> out = new ArrayList<>();
    for (Word w : l.words()) {
      out.addAll(w.splitAt(HEADER_GAP_EM * w.em()));
    }
    return out;
  }

  private static Row nextRow(List<Object> body, int from) {
    for (int b = from + 1; b < body.size(); b++) {
      if (body.get(b) instanceof Row r) {
        return r;
      }
    }
    return null;
  }

  /** x0 of the nearest data row's own label in direction {@code dir}, or null. */
  private static Double neighbourLabelX0(List<Object> body, Map<Object, Word> mains, int from, int dir) {
    for (int b = from + dir; b >= 0 && b < body.size(); b += dir) {
      Object o = body.get(b);
      if (o instanceof Row && mains.containsKey(o)) {
        return mains.get(o).x0();
      }
    }
    return null;
  }

  /** Column index of a word: the column it overlaps most, else the nearest. */
  private static int column(List<double[]> cols, Word w) {
    int best = -1;
    double bestScore = -Double.MAX_VALUE;
    for (int c = 0; c < cols.size(); c++) {
      double[] col = cols.get(c);
      double ov = w.overlap(col[0], col[1]);
      double score = ov > 0 ? ov : -Math.abs(w.center() - (col[0] + col[1]) / 2);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static int spans(List<double[]> cols, Word w) {
    int n = 0;
    for (double[] c : cols) {
      if (w.overlap(c[0], c[1]) > 0.1 * Math.min(w.width(), c[1] - c[0])) {
        n++;
      }
    }
    return n;
  }

  /** x-ranges of words merged where they overlap: the columns they stand in. */
  private static List<double[]> clusters(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::x0));
    List<double[]> out = new ArrayList<>();
    for (Word w : sorted) {
      double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && w.x0() < last[1] - 0.05 * w.em()) {
        last[1] = Math.max(last[1], w.x1());
      } else {
        out.add(new double[] {w.x0(), w.x1()});
      }
    }
    return out;
  }

  /**
   * y on one axis across the pages of a region: a page break adds one line pitch, so that a label
   * stacked across the break stays adjacent.
   */
  private static double[] continuousY(List<TextLine> lines) {
    double[] out = new double[lines.size()];
    double offset = 0;
    for (int k = 0; k < lines.size(); k++) {
      TextLine l = lines.get(k);
      if (k > 0 && l.page() != lines.get(k - 1).page()) {
        offset = out[k - 1] + 1.5 * l.em() - l.y();
      }
      out[k] = l.y() + offset;
    }
    return out;
  }

  static boolean isUnit(String s) {
    String t = s.strip();
    return UNITS.contains(t) || t.equals("(件)") || t.equals("（件）");
  }
}
