package io.ogi.parse.html;

import io.ogi.parse.ReportContent;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks the article body once, in document order, and emits prose lines and table grids.
 *
 * <p>Block elements and {@code <br>} end a line; inline elements are joined. Data tables become
 * {@link ReportContent.Table} grids and are not descended into; layout tables are walked like
 * divs, so the report inside them comes out as lines and its own tables as grids.
 */
final class BodyEmitter implements NodeFilter {

  private final PageStats stats;
  private final ReportContent out;
  private final StringBuilder buf = new StringBuilder();
  /** Document-order position of the next element the walk meets, to read its facts in step. */
  private int next;

  private BodyEmitter(PageStats stats, ReportContent out, int first) {
    this.stats = stats;
    this.out = out;
    this.next = first;
  }

  /** Appends the blocks of {@code body}'s element to {@code out}. */
  static void emit(PageStats.Info body, PageStats stats, ReportContent out) {
    BodyEmitter em = new BodyEmitter(stats, out, body.index);
    DomWalk.filter(em, body.el);
    em.flush();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      buf.append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    PageStats.Info info = stats.at(next, e);
    if (tag.equals("br")) {
      next += info.size;
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (info.chrome) {
      next += info.size;
      if (ChromeRules.isBlockTag(tag)) {
        flush();
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("table") && !info.layout) {
      next += info.size;
      flush();
      emitTable(e);
      return FilterResult.SKIP_ENTIRELY;
    }
    next++;
    if (ChromeRules.isBlockTag(tag)) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && ChromeRules.isBlockTag(e.normalName())) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  private void emitTable(Element table) {
    for (Element child : TextNorm.childElements(table)) {
      if (child.normalName().equals("caption")) {
        addLine(TextNorm.line(child.text()));
      }
    }
    List<List<String>> rows = TableGrid.build(table);
    if (!rows.isEmpty()) {
      out.add(new ReportContent.Table(rows, true));
    }
  }

  private void flush() {
    if (buf.length() == 0) {
      return;
    }
    String s = TextNorm.line(buf);
    buf.setLength(0);
    addLine(s);
  }

  private void addLine(String s) {
    if (!s.isEmpty() && !ChromeRules.isChromeLine(s)) {
      out.add(new ReportContent.Line(s));
    }
  }
}
