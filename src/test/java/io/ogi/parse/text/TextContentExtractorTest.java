package io.ogi.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.Cells;
import io.ogi.parse.ReportContent;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextContentExtractorTest {

  @Test
  void oneCellPerLineRowsAreRebuiltFromTheCellStream() {
    String text = String.join("\n",
        "三、本年度办理结果",
        "四、结转下年度继续办理 |", "|", "1 |", "|", "|", "|", "|", "1",
        "四、政府信息公开行政复议、行政诉讼情况");
    ReportContent c = TextContentExtractor.extract(text);
    List<ReportContent.Table> tables = c.tables();
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows().get(0)).containsExactly("四、结转下年度继续办理", "", "1", "", "", "", "", "1");
    assertThat(c.proseText()).contains("四、政府信息公开行政复议");
  }

  @Test
  void tabRowsKeepTheirBlankCellsAcrossPageBreaks() {
    String text = "规章\t0\t0\t0\n\n行政事业性收费\t16\t-2\t\n";
    ReportContent.Table t = TextContentExtractor.extract(text).tables().get(0);
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1)).containsExactly("行政事业性收费", "16", "-2", "");
  }

  @Test
  void packedPipeRowsLoseTheirTrailingBlanks() {
    String text = "一、本年新收政府信息公开申请数量 | 4 | 4 | |||||||\n二、上年结转政府信息公开申请数量 | |||||||||\n";
    ReportContent.Table t = TextContentExtractor.extract(text).tables().get(0);
    assertThat(t.rows().get(0)).containsExactly("一、本年新收政府信息公开申请数量", "4", "4");
    assertThat(t.rows().get(1)).containsExactly("二、上年结转政府信息公开申请数量");
  }

  @Test
  void aLongParagraphEndingInAPipeIsProseNotATable() {
    String para = "本报告根据".repeat(60) + " |";
    ReportContent c = TextContentExtractor.extract(para + "\n");
    assertThat(c.tables()).isEmpty();
    assertThat(c.proseText()).contains("本报告根据");
  }

  @Property(tries = 2000)
  void sentencePunctuationIsItsCharacterClass(@ForAll("labels") String s) {
    assertThat(TextContentExtractor.hasSentencePunct(s)).isEqualTo(s.matches("(?s).*[，。；：:;,！？!?].*"));
  }

  @Test
  void sentencePunctuationInLabelsAndProse() {
    assertThat(TextContentExtractor.hasSentencePunct("（一）本年新收政府信息公开申请数量")).isFalse();
    assertThat(TextContentExtractor.hasSentencePunct("本年度共收到申请12件，已全部办结。")).isTrue();
    assertThat(TextContentExtractor.hasSentencePunct("Q: why?")).isTrue();
  }

  @Test
  void aCellWithAWordIdeographIsTextWithOrWithoutDigits() {
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      if (TextContentExtractor.isWordChar(c)) {
        for (String cell : List.of(String.valueOf(c), "1." + c, "12" + c, c + "3", "－" + c + "５")) {
          assertThat(Cells.kind(cell)).as(cell).isEqualTo(Cells.Kind.TEXT);
        }
      }
    }
    assertThat(TextContentExtractor.isText("5万元")).isFalse(); // units and 无 are no word characters
    assertThat(TextContentExtractor.isText("无")).isFalse();
    assertThat(TextContentExtractor.isText("1.无")).isTrue(); // told by Cells.kind
  }

  @Property(tries = 3000)
  void isTextIsCellsKindText(@ForAll("cells") String s) {
    assertThat(TextContentExtractor.isText(s)).isEqualTo(Cells.kind(s) == Cells.Kind.TEXT);
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("0123456789１２.．,，-－−+ \u3000%无万元件条个次人篇项部起家属于国密（）/—").ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings().withChars("，。；：:;,！？!?、．.（）公开申请1 ").ofMaxLength(6);
  }
}
