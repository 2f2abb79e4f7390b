package io.ogi.parse.tables;

import io.ogi.parse.Cells;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table row split into its label cells and its value cells.
 *
 * <p>In an exact grid the last {@code width} cells are the values, blanks included, and their
 * positions are certain. In a row read from text the values are the cells after the last label;
 * filler blanks from spanned label columns (leading) and row terminators (trailing) are trimmed
 * while there are more than {@code width}, and when fewer than {@code width} remain the blanks are
 * unreliable and positions are decided later by {@link PositionSolver}.
 *
 * <p>{@code valueKinds} holds {@link Cells#kind} of each value, worked out once when the row is
 * split: the readers ask it again of the same cells.
 */
record TableRow(List<String> labels, List<String> values, Cells.Kind[] valueKinds, boolean positional) {

  /** Splits {@code cells} into labels and up to {@code width} values. */
  static TableRow of(List<String> cells, boolean exactGrid, int width) {
    int n = cells.size();
    Cells.Kind[] kinds = new Cells.Kind[n];
    if (exactGrid && n >= width) {
      int split = n - width;
      boolean allValues = true;
      for (int i = split; i < n; i++) {
        kinds[i] = Cells.kind(cells.get(i));
        if (kinds[i] == Cells.Kind.TEXT) {
          allValues = false;
        }
      }
      if (allValues) {
        List<String> labels = new ArrayList<>(split);
        for (int i = 0; i < split; i++) {
          addLabel(labels, cells.get(i));
        }
        return new TableRow(labels, new ArrayList<>(cells.subList(split, n)), Arrays.copyOfRange(kinds, split, n), true);
      }
    }
    // Each cell classified once: the label cells are the text cells up to the last of them.
    int lastLabel = -1;
    for (int i = 0; i < n; i++) {
      if (kinds[i] == null) {
        kinds[i] = Cells.kind(cells.get(i));
      }
      if (kinds[i] == Cells.Kind.TEXT) {
        lastLabel = i;
      }
    }
    List<String> labels = new ArrayList<>(2);
    for (int i = 0; i <= lastLabel; i++) {
      if (kinds[i] == Cells.Kind.TEXT) {
        addLabel(labels, cells.get(i));
      }
    }
    // The values are cells from..to: blanks trimmed, leading ones first, while more than width.
    int from = lastLabel + 1;
    int to = n;
    while (to - from > width && cells.get(from).isBlank()) {
      from++;
    }
    while (to - from > width && cells.get(to - 1).isBlank()) {
      to--;
    }
    return new TableRow(labels, new ArrayList<>(cells.subList(from, to)), Arrays.copyOfRange(kinds, from, to),
        to - from == width);
  }

  private static void addLabel(List<String> labels, String cell) {
    String c = cell.strip();
    if (c.isEmpty()) {
      return;
    }
    // Spanned cells repeat in an exact grid; keep one copy.
    if (!labels.isEmpty() && labels.get(labels.size() - 1).equals(c)) {
      return;
    }
    labels.add(c);
  }

  /** The labels joined, as the row's label in output: built only for the rows that are emitted. */
  String joinedLabel() {
    return labels.size() == 1 ? labels.get(0) : String.join("", labels);
  }

  /**
   * Numbers among the values, in order (blanks and dashes dropped). A cell's {@link Cells#number}
   * is not null exactly when its kind is {@code NUMBER} (both read the normalised cell).
   */
  List<Double> numbers() {
    List<Double> out = new ArrayList<>(values.size());
    for (int i = 0; i < valueKinds.length; i++) {
      if (valueKinds[i] == Cells.Kind.NUMBER) {
        out.add(Cells.number(values.get(i)));
      }
    }
    return out;
  }

  /** How many values are numbers: {@code numbers().size()} without reading them. */
  int numberCount() {
    int count = 0;
    for (Cells.Kind k : valueKinds) {
      if (k == Cells.Kind.NUMBER) {
        count++;
      }
    }
    return count;
  }

  boolean allBlank() {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
