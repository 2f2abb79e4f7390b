package io.ogi.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Per-element facts gathered in one iterative pass over the DOM: visible text length, link text
 * length, descendant tables, whether the element is chrome, whether a table is a layout table.
 *
 * <p>Everything later (body location, title choice, emission) reads these facts instead of calling
 * {@code text()} on large subtrees, which would make the work quadratic in nesting depth.
 */
final class PageStats {

  /** A cell longer than this is prose, so its table is a layout table, not a data grid. */
  static final int LONG_CELL = 200;

  /** A hidden element holding at least this much non-link text is the page, hidden until scripts run. */
  static final int HIDDEN_OVERRIDE_TEXT = 2000;

  /**
   * Data tables with at least this many cells can be report tables (table 三 has ~200 cells, table
   * 四 34, table 二 ~30); smaller ones are metadata boxes (索引号, 发布机构 …) that must not anchor the
   * body.
   */
  static final int BIG_TABLE_CELLS = 30;

  /** A cell this long holds an article, whatever else its table holds. */
  static final int ARTICLE_CELL = 1000;

  /** A chrome-named element holding at least this much non-link text is really content. */
  static final int CHROME_OVERRIDE_TEXT = 500;

  /** Facts about one element; counts exclude chrome descendants. */
  static final class Info {
    int text;
    int link;
    int links;
    int tables;
    int bigTables;
    int maxCell;
    int cells;
    int longCells;
    int rowCells;
    int maxCellsInRow;
    boolean chrome;
    boolean attrChrome;
    boolean hidden;
    boolean hint;
    boolean layout;

    int content() {
      return text - link;
    }
  }

  private final Map<Element, Info> infos;
  private final List<Element> titleCandidates = new ArrayList<>();

  private PageStats(int expectedElements) {
    // Sized up front: rehashing an identity map of every element was a visible share of the cost.
    infos = new IdentityHashMap<>(Math.max(64, expectedElements));
  }

  /** Gathers the facts for {@code root} and its descendants. */
  static PageStats of(Element root) {
    return of(root, 256);
  }

  /**
   * Gathers the facts for {@code root} and its descendants.
   *
   * @param expectedElements a size hint for the element map (e.g. the number of '<' in the page)
   */
  static PageStats of(Element root, int expectedElements) {
    PageStats s = new PageStats(expectedElements);
    NodeTraversor.filter(s.new Collector(), root);
    return s;
  }

  /** Facts for an element; a fresh all-zero chrome Info for elements the pass skipped. */
  Info get(Element e) {
    Info i = infos.get(e);
    if (i == null) {
      i = new Info();
      i.chrome = true;
    }
    return i;
  }

  /** h1-h3 and title-classed elements in document order, at most 64. */
  List<Element> titleCandidates() {
    return titleCandidates;
  }

  /** Whether e or one of its ancestors is chrome. */
  boolean inChrome(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      Info i = infos.get(p);
      if (i == null || i.chrome) {
        return true;
      }
    }
    return false;
  }

  private final class Collector implements NodeFilter {
    private final ArrayDeque<Info> stack = new ArrayDeque<>();
    private final ArrayDeque<Info> tables = new ArrayDeque<>();
    private int linkDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Info top = stack.peek();
        if (top != null) {
          int n = TextNorm.visibleLength(t.getWholeText());
          top.text += n;
          if (linkDepth > 0) {
            top.link += n;
          }
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
      }
      String tag = e.normalName();
      if (ChromeRules.isDroppedTag(tag)) {
        return FilterResult.SKIP_ENTIRELY; // absent from the map: get() reports chrome
      }
      Info info = new Info();
      String attrs = ChromeRules.classAndId(e);
      info.hint = ChromeRules.isBodyHint(attrs);
      info.attrChrome = ChromeRules.isChromeTag(tag) || ChromeRules.isChromeByAttr(attrs);
      info.hidden = !tag.equals("body") && ChromeRules.isHidden(e);
      infos.put(e, info);
      stack.push(info);
      if (tag.equals("a")) {
        linkDepth++;
        info.links = 1;
      } else if (tag.equals("table")) {
        tables.push(info);
      } else if (tag.equals("tr") && !tables.isEmpty()) {
        tables.peek().rowCells = 0;
      }
      if (titleCandidates.size() < 64
          && (tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || ChromeRules.isTitleHint(attrs))) {
        titleCandidates.add(e);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      Info f = stack.pop();
      String tag = e.normalName();
      switch (tag) {
        case "a" -> linkDepth--;
        case "td", "th" -> {
          Info t = tables.peek();
          if (t != null) {
            t.cells++;
            t.rowCells++;
            t.maxCell = Math.max(t.maxCell, f.text);
            if (f.text >= LONG_CELL) {
              t.longCells++;
            }
          }
        }
        case "tr" -> {
          Info t = tables.peek();
          if (t != null) {
            t.maxCellsInRow = Math.max(t.maxCellsInRow, t.rowCells);
          }
        }
        case "table" -> {
          tables.pop();
          // A table holding other tables, a single column, or mostly prose-sized cells lays out the
          // page. One long note row in a 200-cell statistics table does not make it a layout table.
          f.layout = f.tables > 0 || f.maxCellsInRow <= 1 || f.longCells * 4 >= f.cells
              || f.maxCell >= ARTICLE_CELL;
          f.tables++;
          if (!f.layout && f.cells >= BIG_TABLE_CELLS) {
            f.bigTables++;
          }
        }
        default -> {}
      }
      int content = f.content();
      boolean linkList = f.links >= 3 && f.text > 0 && f.link * 10 >= f.text * 8 && f.tables == 0;
      f.chrome = ((f.attrChrome && !f.hint) || linkList) && content < CHROME_OVERRIDE_TEXT
          // Hidden blocks are duplicates or injected spam, unless they hold the page itself (sites
          // that hide the body until a script has run).
          || f.hidden && content < HIDDEN_OVERRIDE_TEXT;
      Info parent = stack.peek();
      if (parent != null && !f.chrome) {
        parent.text += f.text;
        parent.link += f.link;
        parent.links += f.links;
        parent.tables += f.tables;
        parent.bigTables += f.bigTables;
      }
      return FilterResult.CONTINUE;
    }
  }
}
