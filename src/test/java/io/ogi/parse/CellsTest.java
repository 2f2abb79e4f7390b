package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Cells} on cells as they are written in reports, and its character scans (one flag table)
 * against their definitions, written out here as regular expressions and replacements.
 */
class CellsTest {

  @Test
  void readsCellsAsReportsWriteThem() {
    assertThat(Cells.number("5.637万元")).isEqualTo(5.637);
    assertThat(Cells.number("10,022")).isEqualTo(10022.0);
    assertThat(Cells.number("10 022")).isEqualTo(10022.0);
    assertThat(Cells.number("１２")).isEqualTo(12.0);
    assertThat(Cells.number("－2")).isEqualTo(-2.0);
    assertThat(Cells.number("20件")).isEqualTo(20.0);
    assertThat(Cells.number("1,2")).isNull();
    assertThat(Cells.number("18 0")).isNull(); // two numbers run together
    assertThat(Cells.number("1.属于国家秘密")).isNull();
    assertThat(Cells.kind("1.属于国家秘密")).isEqualTo(Cells.Kind.TEXT);
    assertThat(Cells.kind("—")).isEqualTo(Cells.Kind.DASH);
    assertThat(Cells.kind("无")).isEqualTo(Cells.Kind.DASH);
    assertThat(Cells.kind("\u3000")).isEqualTo(Cells.Kind.BLANK);
    assertThat(Cells.kind("行政复议")).isEqualTo(Cells.Kind.TEXT);
    assertThat(Cells.label("（一） 本年新收 政府信息公开申请数量")).isEqualTo("(一)本年新收政府信息公开申请数量");
    assertThat(Cells.label("２．部分公开")).isEqualTo("2.部分公开");
  }

  @Property(tries = 1000)
  void labelRemovesBlanksAndMakesBracketsDotsAndDigitsAscii(@ForAll("cells") String s) {
    String expected = s.replaceAll("[ \\t\\u00a0\\u3000\\n\\r]", "").replace('（', '(').replace('）', ')').replace('．', '.');
    for (char d = '０'; d <= '９'; d++) {
      expected = expected.replace(d, (char) ('0' + (d - '０')));
    }
    assertThat(Cells.label(s)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void normalizeMakesDigitsSignsAndSpacesAsciiThenTrims(@ForAll("cells") String s) {
    String expected = s.replace('．', '.').replace('，', ',').replace('－', '-').replace('−', '-')
        .replace('\u00a0', ' ').replace('\u3000', ' ');
    for (char d = '０'; d <= '９'; d++) {
      expected = expected.replace(d, (char) ('0' + (d - '０')));
    }
    assertThat(Cells.normalize(s)).isEqualTo(expected.trim());
  }

  @Property(tries = 1000)
  void kindAgreesWithNumberAndTheDashes(@ForAll("cells") String s) {
    String n = Cells.normalize(s);
    Cells.Kind expected = n.isEmpty() ? Cells.Kind.BLANK
        : Cells.isDash(n) ? Cells.Kind.DASH
        : Cells.number(n) != null ? Cells.Kind.NUMBER : Cells.Kind.TEXT;
    assertThat(Cells.kind(s)).isEqualTo(expected);
    // a cell is read as a number exactly when it is of kind NUMBER (TableRow counts numbers by kind)
    assertThat(Cells.number(s) != null).isEqualTo(Cells.kind(s) == Cells.Kind.NUMBER);
    // a number needs a digit, in either width
    if (Cells.number(s) != null) {
      assertThat(s).matches("(?s).*[0-9０-９].*");
    }
  }

  @Property(tries = 2000)
  void isDecimalIsTheNumberRegex(@ForAll("decimals") String s) {
    assertThat(Cells.isDecimal(s)).isEqualTo(s.matches("[-+]?\\d+(\\.\\d+)?"));
  }

  @Test
  void isDecimalOnNumbersAsPrinted() {
    assertThat(Cells.isDecimal("12")).isTrue();
    assertThat(Cells.isDecimal("-3.25")).isTrue();
    assertThat(Cells.isDecimal("+0")).isTrue();
    assertThat(Cells.isDecimal("1.")).isFalse();
    assertThat(Cells.isDecimal(".5")).isFalse();
    assertThat(Cells.isDecimal("-")).isFalse();
    assertThat(Cells.isDecimal("1.2.3")).isFalse();
    assertThat(Cells.isDecimal("１２")).isFalse(); // full-width digits are made ASCII before, by normalize
  }

  @Provide
  Arbitrary<String> decimals() {
    return Arbitraries.strings().withChars("0123456789+-.１a ").ofMaxLength(7);
  }

  @Provide
  Arbitrary<String> cells() {
    // digits of both widths, signs, separators, units, dashes, blanks of each kind, brackets, text
    return Arbitraries.strings()
        .withChars("0123456789０１２９+-－−.．,，万元件条个次人篇项%％—–/无 \t\u00a0\u3000\n\r（）、公开申请")
        .ofMaxLength(8);
  }
}
