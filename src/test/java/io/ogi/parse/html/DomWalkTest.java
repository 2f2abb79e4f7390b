package io.ogi.parse.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ogi.parse.ReportContent;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DomWalk} must visit what {@code NodeTraversor.filter} visits, in the same order, with the
 * same depths and the same skipping; and the facts {@link PageStats} keeps in document order must
 * stay in step with a later walk.
 */
class DomWalkTest {

  /** Records every call; skips subtrees of class "skip" entirely and the children of class "kids". */
  private static final class Recorder implements NodeFilter {
    final List<String> events = new ArrayList<>();

    @Override
    public FilterResult head(Node node, int depth) {
      events.add("head " + depth + " " + name(node));
      if (node instanceof Element e && e.hasClass("skip")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof Element e && e.hasClass("kids")) {
        return FilterResult.SKIP_CHILDREN;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      events.add("tail " + depth + " " + name(node));
      return FilterResult.CONTINUE;
    }

    private static String name(Node n) {
      return n instanceof TextNode t ? "'" + t.getWholeText() + "'" : n.nodeName();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>one</p>",
        "<div>a<b>b<i>c</i></b>d<!-- note --><br>e</div><p></p><span class=skip>x<b>y</b></span>z",
        "<table><tr><td>1<td class=kids>2<b>3</b><td>4</table><div class=skip></div><ul><li>a<li>b</ul>",
        "<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>"
            + "<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>deep",
        "<script>var a = '<p>';</script><select><option>1<option>2</select><svg><g><path/></g></svg>tail",
      })
  void visitsAsNodeTraversorDoes(String html) {
    Element body = Jsoup.parse(html).body();
    Recorder expected = new Recorder();
    NodeTraversor.filter(expected, body);
    Recorder actual = new Recorder();
    DomWalk.filter(actual, body);
    assertThat(actual.events).isEqualTo(expected.events);
  }

  @Test
  void rootSkippedEntirelyOrItsChildrenOnly() {
    Element root = Jsoup.parse("<div class=kids><p>x</p></div><div class=skip><p>y</p></div>").body();
    Recorder kids = new Recorder();
    DomWalk.filter(kids, root.child(0));
    assertThat(kids.events).containsExactly("head 0 div", "tail 0 div");
    Recorder skip = new Recorder();
    DomWalk.filter(skip, root.child(1));
    assertThat(skip.events).containsExactly("head 0 div");
  }

  @Test
  void factsAreKeptInDocumentOrderWithSubtreeSizes() {
    Document doc = Jsoup.parse("<div id=a><p>x<b>y</b></p><script>s()</script><span>z</span></div><p>w</p>");
    PageStats stats = PageStats.of(doc.body());
    PageStats.Info body = stats.root();
    // body, div, p, b, script (dropped: counted, its content not), span, p
    assertThat(body.size).isEqualTo(7);
    PageStats.Info div = stats.at(1, doc.body().child(0));
    assertThat(div.el.id()).isEqualTo("a");
    assertThat(div.size).isEqualTo(5);
    assertThat(div.text).isEqualTo(3); // x, y, z: the script's text is not counted
    PageStats.Info p = stats.at(2, div.el.child(0));
    PageStats.Info script = stats.at(4, div.el.child(1));
    assertThat(script.chrome).isTrue();
    assertThat(script.size).isEqualTo(1);
    PageStats.Info span = stats.at(5, div.el.child(2));
    assertThat(stats.parent(span)).isSameAs(div);
    assertThat(stats.parent(stats.at(3, p.el.child(0))).el).isSameAs(p.el);
    // the body's best child is the div (3 characters against 1); the div's is its first of equals, the p
    // (2 characters: x and y), not the span (1)
    assertThat(body.best).isSameAs(div);
    assertThat(body.bestContent).isEqualTo(3);
    assertThat(div.best).isSameAs(p);
    PageStats.Info last = stats.at(6, doc.body().child(1));
    assertThat(last.el.text()).isEqualTo("w");
    assertThatThrownBy(() -> stats.at(6, div.el)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPageChangedAfterItsFactsIsRefused() {
    Document doc = Jsoup.parse("<div><p>one</p><p>two</p></div>");
    PageStats stats = PageStats.of(doc.body());
    doc.body().child(0).prependElement("span").text("new");
    assertThatThrownBy(() -> BodyEmitter.emit(stats.root(), stats, new ReportContent()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("span");
  }
}
