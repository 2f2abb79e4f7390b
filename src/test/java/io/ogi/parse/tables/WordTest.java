package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Word#in} is {@code contains}: its bits only rule out words that are not there. */
class WordTest {

  @Test
  void inIsContainsOnLabelsMadeOfTheWordsPieces() {
    String[] words = {"新收", "申请", "上年结转", "不予公开", "(七)总计", "收到申请数", "不是《条例》所指", "1.属于国家秘密"};
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder label = new StringBuilder();
      for (int p = random.nextInt(4); p >= 0; p--) {
        String w = words[random.nextInt(words.length)];
        int from = random.nextInt(w.length());
        label.append(w, from, from + 1 + random.nextInt(w.length() - from));
      }
      String l = label.toString();
      for (String w : words) {
        Word word = new Word(w);
        assertThat(word.in(l, Word.bits(l))).as("%s in %s", w, l).isEqualTo(l.contains(w));
        // the bits of a longer text that holds l serve as well
        assertThat(word.in(l, Word.bits("(三)" + l + "情况"))).isEqualTo(l.contains(w));
      }
    }
  }
}
