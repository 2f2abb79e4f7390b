package io.ogi.parse.tables;

import io.ogi.parse.Cells;
import java.util.ArrayList;
import java.util.List;

/**
 * One table row split into its label cells and its value cells.
 *
 * <p>In an exact grid the last {@code width} cells are the values, blanks included, and their
 * positions are certain. In a row read from text the values are the cells after the last label;
 * filler blanks from spanned label columns (leading) and row terminators (trailing) are trimmed
 * while there are more than {@code width}, and when fewer than {@code width} remain the blanks are
 * unreliable and positions are decided later by {@link PositionSolver}.
 */
record TableRow(List<String> labels, List<String> values, boolean positional) {

  /** Splits {@code cells} into labels and up to {@code width} values. */
  static TableRow of(List<String> cells, boolean exactGrid, int width) {
    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    if (exactGrid && cells.size() >= width) {
      int split = cells.size() - width;
      for (int i = 0; i < split; i++) {
        addLabel(labels, cells.get(i));
      }
      boolean allValues = true;
      for (int i = split; i < cells.size(); i++) {
        String c = cells.get(i);
        if (Cells.kind(c) == Cells.Kind.TEXT) {
          allValues = false;
        }
        values.add(c);
      }
      if (allValues) {
        return new TableRow(labels, values, true);
      }
      labels.clear();
      values.clear();
    }
    // Each cell classified once: the label cells are the text cells up to the last of them.
    boolean[] text = new boolean[cells.size()];
    int lastLabel = -1;
    for (int i = 0; i < cells.size(); i++) {
      text[i] = Cells.kind(cells.get(i)) == Cells.Kind.TEXT;
      if (text[i]) {
        lastLabel = i;
      }
    }
    for (int i = 0; i <= lastLabel; i++) {
      if (text[i]) {
        addLabel(labels, cells.get(i));
      }
    }
    for (int i = lastLabel + 1; i < cells.size(); i++) {
      values.add(cells.get(i));
    }
    while (values.size() > width && values.get(0).isBlank()) {
      values.remove(0);
    }
    while (values.size() > width && values.get(values.size() - 1).isBlank()) {
      values.remove(values.size() - 1);
    }
    boolean positional = values.size() == width;
    return new TableRow(labels, values, positional);
  }

  /** The labels joined, as the row's label in output: built only for the rows that are emitted. */
  String joinedLabel() {
    return labels.size() == 1 ? labels.get(0) : String.join("", labels);
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

  /** Numbers among the values, in order (blanks and dashes dropped). */
  List<Double> numbers() {
    List<Double> out = new ArrayList<>();
    for (String v : values) {
      Double d = Cells.number(v);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  boolean hasNumber() {
    for (String v : values) {
      if (Cells.kind(v) == Cells.Kind.NUMBER) {
        return true;
      }
    }
    return false;
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
