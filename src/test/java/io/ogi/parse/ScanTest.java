package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Scan}'s stand-ins give exactly what the calls they replace give. */
class ScanTest {

  @Test
  void isWhitespaceAgreesWithTheJdkOnEveryCharacter() {
    int whitespace = 0;
    for (int c = 0; c < 65536; c++) {
      assertThat(Scan.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
      whitespace += Scan.isWhitespace((char) c) ? 1 : 0;
    }
    // \t..\r, U+001C..U+001F, space, U+1680, U+2000..U+2006, U+2008..U+200A, U+2028, U+2029, U+205F, U+3000
    assertThat(whitespace).isEqualTo(25);
  }

  @Property(tries = 500)
  void stripAndIsBlankAgreeWithTheJdk(@ForAll("mixed") String s) {
    assertThat(Scan.strip(s)).isEqualTo(s.strip());
    assertThat(Scan.isBlank(s)).isEqualTo(s.isBlank());
    // and over every range of it
    for (int from = 0; from <= s.length(); from++) {
      for (int to = from; to <= s.length(); to++) {
        assertThat(Scan.strip(s, from, to)).isEqualTo(s.substring(from, to).strip());
        assertThat(Scan.strip(s.toCharArray(), from, to)).isEqualTo(s.substring(from, to).strip());
        assertThat(Scan.isBlank(s, from, to)).isEqualTo(s.substring(from, to).isBlank());
      }
    }
  }

  @Provide
  Arbitrary<String> mixed() {
    // blanks of every kind around Han text, digits (one and two make shared strings) and a supplementary character
    return Arbitraries.strings()
        .withChars(" \t\n\r\u000B\f\u001C\u00A0\u0085\u1680\u2007\u2003\u202F\u3000|年度公开017a２")
        .withCharRange('\uD840', '\uD840')
        .ofMaxLength(12)
        .map(x -> x.replace("\uD840", "\uD840\uDC00"));
  }
}
