package io.ogi.parse.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ReportMetaReader#agencyAtEnd} gives what the organ-name regex gives. */
class AgencyAtEndTest {

  private static String regex(String s) {
    Matcher m = ReportMetaReader.AGENCY.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void organNames() {
    assertThat(ReportMetaReader.agencyAtEnd("北戴河区人民政府办公室")).isEqualTo("北戴河区人民政府办公室");
    assertThat(ReportMetaReader.agencyAtEnd("向社会公布 温州市教育局")).isEqualTo("温州市教育局");
    assertThat(ReportMetaReader.agencyAtEnd("〓人民政府办公室\n")).isEqualTo("〓人民政府办公室");
    // a suffix needs two characters of the class before it: 人民 before 政府 will do
    assertThat(ReportMetaReader.agencyAtEnd("政府")).isNull();
    assertThat(ReportMetaReader.agencyAtEnd("人民政府")).isEqualTo("人民政府");
    assertThat(ReportMetaReader.agencyAtEnd("温州市教育局。")).isNull();
    // at most 40 before the suffix: the name starts 40 before it
    String longRun = "浙".repeat(50) + "局";
    assertThat(ReportMetaReader.agencyAtEnd(longRun)).isEqualTo("浙".repeat(40) + "局");
    // a pair of surrogates is one Han code point
    assertThat(ReportMetaReader.agencyAtEnd("\uD840\uDC00\uD840\uDC00局")).isEqualTo("\uD840\uDC00\uD840\uDC00局");
    for (String s : List.of("", "局", "a局", "温州市局\r\n", "温州市局\n\n", "温州市局\r", "温州市局\u2028", "温州市局 ",
        "（温州市）教育局", "温州市政府办公厅", "管理委员会", "开发区管理委员会", "x" + "浙".repeat(39) + "局")) {
      assertThat(ReportMetaReader.agencyAtEnd(s)).as(s).isEqualTo(regex(s));
    }
  }

  @Property(tries = 3000)
  void sameAsTheRegex(@ForAll("texts") String s) {
    assertThat(ReportMetaReader.agencyAtEnd(s)).isEqualTo(regex(s));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(
        "人民政府办公厅", "人民政府办公室", "人民政府", "政府", "办公室", "委员会", "管理委员会", "街道办事处", "办事处", "局",
        "分局", "中心", "银行", "部", "温州市", "鹿城区", "浙", "〓", "(", ")", "（", "）", " ", "，", "：", "a", "1",
        "\n", "\r", "\r\n", "\u2028", "\u0085", "\uD840\uDC00", "\uD840", "\uDC00");
    Arbitrary<String> runs = Arbitraries.strings().withCharRange('\u4E00', '\u4E10').ofMinLength(0).ofMaxLength(45);
    return Arbitraries.oneOf(pieces, pieces, runs).list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
