package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link TextSignature} gives the signature its definition gives, computed here the plain way: the
 * text's letters, every shingle of five hashed from the seed by the 31-polynomial and SplitMix64's
 * finaliser, the 64 smallest distinct hashes (unsigned) kept in order. Near-duplicate decisions
 * compare signatures made by different versions of the job, so the hashes must not drift.
 */
class TextSignatureTest {

  private static long[] reference(String text) {
    StringBuilder letters = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    if (letters.length() < TextSignature.SHINGLE) {
      return null;
    }
    TreeSet<Long> all = new TreeSet<>(Long::compareUnsigned);
    for (int i = 0; i + TextSignature.SHINGLE <= letters.length(); i++) {
      long h = 1125899906842597L;
      for (int j = 0; j < TextSignature.SHINGLE; j++) {
        h = 31 * h + letters.charAt(i + j);
      }
      h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
      h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
      all.add(h ^ (h >>> 31));
    }
    return all.stream().limit(TextSignature.SIZE).mapToLong(Long::longValue).toArray();
  }

  @Test
  void aReportsSignatureIsItsDefinitions() {
    String report = "大方县人民政府办公室2013年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》的规定，"
        + "由贵州省毕节市大方县人民政府办公室编制。本年度主动公开政府信息共336条。加强政府网站信息公开专栏建设，"
        + "及时更新栏目内容，方便公众查阅。本年度共受理政府信息公开申请0件，均已按规定答复。进一步规范依申请公开办理流程，"
        + "严格按照法定时限答复申请人。存在的主要问题：主动公开的标准化、规范化程度不高，公开平台建设有待加强。"
        + "改进措施：建立信息发布台账，明确责任分工，确保信息及时准确公开。";
    long[] sig = TextSignature.of(report);
    assertThat(sig).hasSize(TextSignature.SIZE).isEqualTo(reference(report));
    // digits, punctuation and blanks are not letters: counters and dates do not change it
    assertThat(TextSignature.of(report.replace("2013", "2014").replace("，", " ,"))).isEqualTo(sig);
    assertThat(TextSignature.similarity(sig, TextSignature.of(report + "访问量：12345"))).isGreaterThan(0.9);
  }

  @Test
  void shortRepetitiveAndLongTexts() {
    assertThat(TextSignature.of(null)).isNull();
    assertThat(TextSignature.of("公开 12 年报")).isNull(); // four letters
    assertThat(TextSignature.of("公开工作年")).hasSize(1).isEqualTo(reference("公开工作年"));
    String repetitive = "公开公开公开".repeat(500);
    assertThat(TextSignature.of(repetitive)).hasSize(2).isEqualTo(reference(repetitive));
    // longer than the thread's arrays hold, and a short one after it in the same thread
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      longText.append((char) (0x4E00 + (i * 7919) % 20000)).append(i % 7 == 0 ? "，" : "");
    }
    assertThat(TextSignature.of(longText.toString())).isEqualTo(reference(longText.toString()));
    assertThat(TextSignature.of("公开工作年度报告")).isEqualTo(reference("公开工作年度报告"));
  }

  @Property(tries = 300)
  void anyTextsSignatureIsItsDefinitions(@ForAll("texts") String text) {
    assertThat(TextSignature.of(text)).isEqualTo(reference(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // few distinct letters make repeated shingles; many make the usual case; lengths past 2 × 128
    // shingles take the threshold's way, shorter ones the general one
    Arbitrary<Character> few = Arbitraries.of('公', '开', '年', '报', 'a', 'B', '1', ' ', '，', '\n');
    Arbitrary<Character> many = Arbitraries.chars().range('\u4E00', '\u9FA5');
    Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uFFFF');
    Arbitrary<Character> mixed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, few), net.jqwik.api.Tuple.of(6, many), net.jqwik.api.Tuple.of(1, any));
    return mixed.list().ofMinSize(0).ofMaxSize(3000).map(cs -> {
      List<Character> l = new ArrayList<>(cs);
      StringBuilder sb = new StringBuilder(l.size());
      l.forEach(sb::append);
      return sb.toString();
    });
  }
}
