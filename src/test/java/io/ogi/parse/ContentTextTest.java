package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentText} gives the lines its definition gives (prose lines as they are; a table row's
 * non-blank cells joined by a space, a cell equal to the one before it once, a row without any left
 * out) and their join by newlines, computed here the plain way.
 */
class ContentTextTest {

  private static List<String> plainLines(ReportContent content) {
    List<String> out = new ArrayList<>();
    for (ReportContent.Block b : content.blocks()) {
      if (b instanceof ReportContent.Line l) {
        out.add(l.text());
      } else if (b instanceof ReportContent.Table t) {
        for (List<String> row : t.rows()) {
          List<String> kept = new ArrayList<>();
          String prev = null;
          for (String c : row) {
            if (!c.isEmpty() && !c.equals(prev)) {
              kept.add(c);
            }
            prev = c;
          }
          if (!kept.isEmpty()) {
            out.add(String.join(" ", kept));
          }
        }
      }
    }
    return out;
  }

  private static void assertPlain(ReportContent content) {
    ContentText ct = ContentText.of(content);
    List<String> lines = plainLines(content);
    assertThat(ct.lines).isEqualTo(lines);
    assertThat(ct.text).isEqualTo(String.join("\n", lines));
  }

  @Test
  void linesAndRows() {
    ReportContent c = new ReportContent();
    c.add(new ReportContent.Line("")); // an empty first line stays a line
    c.add(new ReportContent.Line("大方县人民政府办公室2013年政府信息公开工作年度报告"));
    c.add(new ReportContent.Table(List.of(
        List.of("", ""), // no cell: no line
        List.of("申请人情况", "申请人情况", "自然人", "", "总计"), // merged cells written once
        List.of("一、本年新收政府信息公开申请数量", "3", "3", "0")), false));
    c.add(new ReportContent.Line("两行\n之一")); // a line holding a newline is one line
    assertPlain(c);
    ContentText ct = ContentText.of(c);
    assertThat(ct.lines).hasSize(5);
    assertThat(ct.lines.get(2)).isEqualTo("申请人情况 自然人 总计");
    assertThat(ct.lines.get(3)).isEqualTo("一、本年新收政府信息公开申请数量 3 0");
    assertThat(ct.lines.get(4)).isEqualTo("两行\n之一");
    assertPlain(new ReportContent());
  }

  @Property(tries = 300)
  void anyContent(@ForAll("contents") ReportContent content) {
    assertPlain(content);
  }

  @Provide
  Arbitrary<ReportContent> contents() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.of("", "", "0", "3", "总计", "自然人", "\n"),
        Arbitraries.strings().withCharRange('\u4E00', '\u4E05').ofMaxLength(60));
    Arbitrary<List<String>> row = cell.list().ofMaxSize(9);
    Arbitrary<ReportContent.Block> table =
        row.list().ofMaxSize(40).map(rows -> (ReportContent.Block) new ReportContent.Table(rows, false));
    Arbitrary<ReportContent.Block> line = cell.map(ReportContent.Line::new);
    return Arbitraries.oneOf(line, table).list().ofMaxSize(12).map(blocks -> {
      ReportContent c = new ReportContent();
      blocks.forEach(c::add);
      return c;
    });
  }
}
