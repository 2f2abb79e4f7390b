package io.ogi.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Depth-first walk of a subtree calling a {@link NodeFilter}, as {@code NodeTraversor.filter} does
 * for the results this package uses ({@code CONTINUE}, {@code SKIP_CHILDREN}, {@code SKIP_ENTIRELY}),
 * but reading each element's children by index.
 *
 * <p>Why not {@code NodeTraversor}: it steps with {@code nextSibling()}, which reads the sibling
 * index, which a freshly parsed Jsoup document computes lazily for every parent (a write to every
 * node of the page). Walking by index skips that and the per-step parent checks. The tree must not
 * be changed during the walk ({@code REMOVE} and {@code STOP} are refused).
 */
final class DomWalk {

  private DomWalk() {}

  /** Calls {@code f.head} on {@code root} and its descendants in document order, {@code f.tail} after each node's children. */
  static void filter(NodeFilter f, Element root) {
    FilterResult first = f.head(root, 0);
    if (first == FilterResult.SKIP_ENTIRELY) {
      return;
    }
    if (!enter(first)) {
      f.tail(root, 0);
      return;
    }
    Element[] path = new Element[32];
    int[] next = new int[32];
    int depth = 0;
    path[0] = root;
    while (depth >= 0) {
      Element cur = path[depth];
      int i = next[depth];
      if (i < cur.childNodeSize()) {
        next[depth] = i + 1;
        Node child = cur.childNode(i);
        FilterResult r = f.head(child, depth + 1);
        if (r == FilterResult.SKIP_ENTIRELY) {
          continue;
        }
        if (enter(r) && child instanceof Element e && e.childNodeSize() > 0) {
          if (++depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
            next = java.util.Arrays.copyOf(next, depth * 2);
          }
          path[depth] = e;
          next[depth] = 0;
        } else {
          f.tail(child, depth + 1);
        }
      } else {
        f.tail(cur, depth);
        depth--;
      }
    }
  }

  /** Whether to visit the children; SKIP_ENTIRELY is handled by the caller (no tail). */
  private static boolean enter(FilterResult r) {
    return switch (r) {
      case CONTINUE -> true;
      case SKIP_CHILDREN, SKIP_ENTIRELY -> false;
      default -> throw new IllegalStateException("DomWalk does not support " + r);
    };
  }
}
