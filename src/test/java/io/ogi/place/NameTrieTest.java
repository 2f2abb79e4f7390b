package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameTrie}'s lookups against the names compared one by one, on texts made of the names,
 * their pieces and other characters: the filter of pairs must never turn down a name.
 */
class NameTrieTest {

  private static final String CHARS = "温州市鹿城区北京朝阳县和新成城郊矿省自治旗盟乡镇的了〓 ";

  private static List<String> names(Random rnd, boolean oneChar) {
    List<String> out = new ArrayList<>(List.of("温州市", "鹿城区", "北京市", "朝阳区", "朝阳县", "朝阳市", "和县", "新县",
        "城区", "内蒙古自治区"));
    if (oneChar) {
      out.add("县");
      out.add("镇");
    }
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 2 + rnd.nextInt(6); k > 0; k--) {
        sb.append(CHARS.charAt(rnd.nextInt(CHARS.length() - 2))); // neither 〓 nor the blank
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String text(Random rnd, List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int p = rnd.nextInt(30); p > 0; p--) {
      String n = names.get(rnd.nextInt(names.size()));
      switch (rnd.nextInt(4)) {
        case 0 -> sb.append(n);
        case 1 -> sb.append(n, 0, n.length() - 1);
        case 2 -> sb.append(n, 1, n.length());
        default -> sb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void longestMatchAndLengthsEndingAtFindEveryName() {
    Random rnd = new Random(16);
    for (boolean oneChar : new boolean[] {false, true}) {
      for (int round = 0; round < 20; round++) {
        List<String> names = names(rnd, oneChar);
        NameTrie forward = NameTrie.of(names);
        NameTrie backward = NameTrie.reversed(names);
        for (int t = 0; t < 200; t++) {
          String text = text(rnd, names);
          char[] cs = text.toCharArray();
          for (int i = 0; i < cs.length; i++) {
            int longest = 0;
            int endingHere = 0;
            for (String n : names) {
              if (text.startsWith(n, i)) {
                longest = Math.max(longest, n.length());
              }
              if (i + 1 >= n.length() && text.startsWith(n, i + 1 - n.length())) {
                endingHere |= 1 << n.length();
              }
            }
            assertThat(forward.longestMatch(cs, i)).as("longest at %d of %s", i, text).isEqualTo(longest);
            assertThat(forward.longestMatch(text, i)).as("longest at %d of %s", i, text).isEqualTo(longest);
            assertThat(backward.lengthsEndingAt(cs, i)).as("ending at %d of %s", i, text).isEqualTo(endingHere);
            char c = cs[i];
            assertThat(backward.mayEnd(c)).isEqualTo(names.stream().anyMatch(n -> n.charAt(n.length() - 1) == c));
          }
        }
      }
    }
  }
}
