package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code Table3Reader.itemNumber} reads what the regex {@code ^(\d{1,2})[.、)]} it replaced found. */
class ItemNumberTest {

  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,2})[.、)]");

  private static int byRegex(String l) {
    Matcher m = ITEM_NUMBER.matcher(l);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  @Test
  void labelsOfTableThree() {
    assertThat(Table3Reader.itemNumber("3.危及“三安全一稳定”")).isEqualTo(3);
    assertThat(Table3Reader.itemNumber("12、其他")).isEqualTo(12);
    assertThat(Table3Reader.itemNumber("7)重复申请")).isEqualTo(7);
    assertThat(Table3Reader.itemNumber("123.三位数")).isEqualTo(-1);
    assertThat(Table3Reader.itemNumber("（三）不予公开")).isEqualTo(-1);
    assertThat(Table3Reader.itemNumber("３.全角数字")).isEqualTo(-1); // \d is ASCII only
    assertThat(Table3Reader.itemNumber("4")).isEqualTo(-1);
    assertThat(Table3Reader.itemNumber("")).isEqualTo(-1);
  }

  @Test
  void sameAsTheRegexOnRandomLabels() {
    String alphabet = "0123456789.、)）(３ 其他申请";
    Random random = new Random(14);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(6); j > 0; j--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String l = sb.toString();
      assertThat(Table3Reader.itemNumber(l)).as(l).isEqualTo(byRegex(l));
    }
  }
}
