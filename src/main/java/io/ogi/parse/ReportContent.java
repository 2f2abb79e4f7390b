package io.ogi.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A report reduced to what the table and metadata readers need: its text in reading order, as a
 * list of blocks that are either prose lines or tables.
 *
 * <p>Both the HTML extractor and the plain-text extractor produce this form, so that the readers of
 * tables 二, 三, 四 and the legacy statistics table are written once.
 */
public final class ReportContent {

  /** A block of the report: a line of prose, or a table. */
  public sealed interface Block permits Line, Table {}

  /** One line of prose (a paragraph, a heading, a signature line). */
  public record Line(String text) implements Block {}

  /**
   * A table as rows of cell texts.
   *
   * <p>When {@code exactGrid} is true (HTML tables with rowspan and colspan expanded), every row has
   * the same number of cells and a cell's index is its column. When false (tables flattened to
   * text), a row is the cells in reading order and blank cells may have been lost, so a value's
   * column may be uncertain; readers then decide positions with the table's identities.
   *
   * @param rows cell texts, trimmed; a blank cell is the empty string
   * @param exactGrid whether cell indexes are true column positions
   */
  public record Table(List<List<String>> rows, boolean exactGrid) implements Block {}

  private final List<Block> blocks = new ArrayList<>();
  /** The tables among the blocks, in order: kept as they are added, as the parser asks for them thrice. */
  private final List<Table> tables = new ArrayList<>();

  /**
   * The blocks, in reading order. Not to be changed but by {@link #add} (not wrapped read-only: the
   * parser goes over them several times a document, and a wrapper's iterator was a measurable share).
   */
  public List<Block> blocks() {
    return blocks;
  }

  public void add(Block block) {
    blocks.add(block);
    if (block instanceof Table t) {
      tables.add(t);
    }
  }

  /** A copy with every line and cell text passed through {@code f}. */
  public ReportContent map(java.util.function.UnaryOperator<String> f) {
    ReportContent out = new ReportContent();
    for (Block b : blocks) {
      if (b instanceof Line l) {
        out.add(new Line(f.apply(l.text())));
      } else if (b instanceof Table t) {
        List<List<String>> rows = new ArrayList<>(t.rows().size());
        for (List<String> row : t.rows()) {
          List<String> cells = new ArrayList<>(row.size());
          for (String c : row) {
            cells.add(f.apply(c));
          }
          rows.add(cells);
        }
        out.add(new Table(rows, t.exactGrid()));
      }
    }
    return out;
  }

  /** All prose lines joined by newlines (tables left out). */
  public String proseText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Line l) {
        sb.append(l.text()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The tables in reading order. */
  /** The tables, in reading order. Not to be changed (as {@link #blocks}). */
  public List<Table> tables() {
    return tables;
  }
}
