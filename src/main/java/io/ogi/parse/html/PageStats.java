package io.ogi.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Per-element facts gathered in one iterative pass over the DOM: visible text length, link text
 * length, descendant tables, whether the element is chrome, whether a table is a layout table.
 *
 * <p>Everything later (body location, title choice, emission) reads these facts instead of calling
 * {@code text()} on large subtrees, which would make the work quadratic in nesting depth.
 *
 * <p>The facts are kept in document order (pre-order), each with its subtree's size, not in a map
 * keyed by element: hashing every element of a page by identity was a quarter of this pass's cost.
 * A later walk over the same subtree reads the facts in step with the elements ({@link #at}); the
 * body search needs only each element's best child, which the pass records as children end.
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
    /** The element these facts are about. */
    final Element el;
    /** Position in document order among the elements with facts. */
    final int index;
    /** The parent's index; -1 for the root. */
    final int parent;
    /** Elements with facts in this subtree, this one included (a dropped tag's subtree counts 1). */
    int size = 1;
    /** The first non-chrome child holding the most non-link text, or null; and that amount. */
    Info best;
    int bestContent = -1;
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
    boolean layout;
    /** Lower-cased class and id ({@link ChromeRules#classAndId}); "" for most elements. */
    String attrs = "";

    int content() {
      return text - link;
    }

    /**
     * Whether class or id suggest the article body. Asked only of chrome-named elements and of the
     * few the body search steps into, so it is not computed for every element of the page.
     */
    boolean hint() {
      return ChromeRules.isBodyHint(attrs);
    }

    Info(Element el, int index, int parent) {
      this.el = el;
      this.index = index;
      this.parent = parent;
    }
  }

  private Info[] infos;
  private int count;
  private final List<Info> titleCandidates = new ArrayList<>();

  private PageStats(int expectedElements) {
    infos = new Info[Math.max(64, expectedElements)];
  }

  /** Gathers the facts for {@code root} and its descendants. */
  static PageStats of(Element root) {
    return of(root, 256);
  }

  /**
   * Gathers the facts for {@code root} and its descendants.
   *
   * @param expectedElements a size hint (e.g. the number of '<' in the page); the store grows past it
   */
  static PageStats of(Element root, int expectedElements) {
    PageStats s = new PageStats(expectedElements);
    DomWalk.filter(s.new Collector(), root);
    return s;
  }

  /** The facts of the root the pass started from. */
  Info root() {
    return infos[0];
  }

  /** The facts of {@code e}, the element at document-order position {@code index}; checks that they match. */
  Info at(int index, Element e) {
    Info i = index < count ? infos[index] : null;
    if (i == null || i.el != e) {
      throw new IllegalStateException("page changed after its statistics were gathered: " + e.normalName());
    }
    return i;
  }

  /** The parent of {@code i}, or null for the root. */
  Info parent(Info i) {
    return i.parent < 0 ? null : infos[i.parent];
  }

  /** h1-h3 and title-classed elements in document order, at most 64. */
  List<Info> titleCandidates() {
    return titleCandidates;
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
      Info top = stack.peek();
      Info info = new Info(e, count, top == null ? -1 : top.index);
      if (count == infos.length) {
        infos = Arrays.copyOf(infos, count * 2);
      }
      infos[count++] = info;
      if (ChromeRules.isDroppedTag(tag)) {
        info.chrome = true; // its subtree gets no facts: size 1, and nothing added to the parent
        return FilterResult.SKIP_ENTIRELY;
      }
      String attrs = ChromeRules.classAndId(e);
      info.attrs = attrs;
      info.attrChrome = ChromeRules.isChromeTag(tag) || ChromeRules.isChromeByAttr(attrs);
      info.hidden = !tag.equals("body") && ChromeRules.isHidden(e);
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
        titleCandidates.add(info);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      Info f = stack.pop();
      f.size = count - f.index;
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
      f.chrome = ((f.attrChrome && !f.hint()) || linkList) && content < CHROME_OVERRIDE_TEXT
          // Hidden blocks are duplicates or injected spam, unless they hold the page itself (sites
          // that hide the body until a script has run).
          || f.hidden && content < HIDDEN_OVERRIDE_TEXT;
      Info parent = stack.peek();
      if (parent != null && !f.chrome) {
        if (content > parent.bestContent) { // children end in document order: the first of equals wins
          parent.bestContent = content;
          parent.best = f;
        }
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
