package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link ReportParser}: it never throws past its boundary, every number it emits
 * from a table cell is printed in the text, and a table 三 identity that fails is flagged with the
 * printed value kept, never repaired.
 */
class ParserPropertiesTest {

  private static final ReportParser PARSER = new ReportParser();
  private static final Set<String> STATUSES =
      Set.of(ParsedReport.STATUS_PARSED, ParsedReport.STATUS_PARTIAL, ParsedReport.STATUS_REJECTED);
  private static final List<String> SEEDS = List.of(
      "000_a78cc7a962d3243c.txt", "001_274977fa68b70c55.txt", "002_0d16514126ac40ad.txt",
      "003_9dd17c9c0fc5bf6f.txt", "004_36e6be138d2a2c92.txt");
  private static final List<String> SEED_TEXTS = SEEDS.stream().map(ParserPropertiesTest::seed).toList();
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private static String seed(String name) {
    try (InputStream in = ParserPropertiesTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 200)
  void randomBytesNeverThrow(@ForAll byte[] bytes, @ForAll("names") String name) {
    ParsedReport r = PARSER.parse(name, bytes);
    assertThat(r).isNotNull();
    assertThat(r.getStatus()).isIn(STATUSES);
  }

  @Property(tries = 200)
  void randomTextNeverThrows(@ForAll("reportishText") String text, @ForAll("names") String name) {
    ParsedReport r = PARSER.parse(name, text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.getStatus()).isIn(STATUSES);
    assertThat(r.getReason() == null || !r.getReason().startsWith("parser error"))
        .as("reason %s", r.getReason()).isTrue();
  }

  @Property(tries = 200)
  void mutatedSeedsNeverThrowAndEmitOnlyPrintedNumbers(@ForAll("mutatedSeeds") String text) {
    ParsedReport r = PARSER.parse("mutated.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.getStatus()).isIn(STATUSES);
    assertThat(r.getReason() == null || !r.getReason().startsWith("parser error"))
        .as("reason %s", r.getReason()).isTrue();
    Set<Double> printed = numbersIn(text);
    for (ReportValue v : r.getValues()) {
      if (ReportValue.SOURCE_CELL.equals(v.source())) {
        assertThat(printed).as("cell value %s of %s occurs in the text", v.value(), v.key())
            .contains(Math.abs(v.value()));
      }
    }
  }

  @Property(tries = 200)
  void wrongTable3TotalIsFlaggedAndKept(
      @ForAll @IntRange(min = 0, max = 500) int a,
      @ForAll @IntRange(min = 0, max = 500) int b,
      @ForAll @IntRange(min = 0, max = 500) int c,
      @ForAll @IntRange(min = 1, max = 50) int delta) {
    int wrongTotal = a + b + c + delta;
    String text = Table3Text.of(new String[][] {
      {"一、本年新收政府信息公开申请数量", s(a), s(b), s(c), "0", "0", "0", s(wrongTotal)},
      {"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"},
    });
    ParsedReport r = PARSER.parse("t3.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.getFlags()).contains("t3.row_total:new");
    assertThat(r.value("t3.new.total")).isNotNull();
    assertThat(r.value("t3.new.total").value()).as("printed total kept").isEqualTo(wrongTotal);
    assertThat(r.value("t3.new.natural_person").value()).isEqualTo(a);
  }

  private static String s(int n) {
    return Integer.toString(n);
  }

  /** Every number printed in the text, thousands separators removed, full-width digits folded. */
  private static Set<Double> numbersIn(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      folded.append(ch >= '０' && ch <= '９' ? (char) ('0' + (ch - '０')) : ch == '．' ? '.' : ch);
    }
    String t = folded.toString().replaceAll("(?<=\\d),(?=\\d{3})", "");
    Set<Double> out = new HashSet<>();
    Matcher m = NUMBER.matcher(t);
    while (m.find()) {
      if (m.group().length() <= 18) {
        out.add(Double.parseDouble(m.group()));
      }
    }
    return out;
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("r.txt", "r.html", "r.htm", "r.txt.gz", "r", "报告 \"x\".html", "r.pdf");
  }

  @Provide
  Arbitrary<String> reportishText() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("年度报告", "政府信息公开", "2020年", "本年新收", "申请", "|", "\t", "\n", "<table>", "<tr><td>",
            "</td>", "予以公开", "件", "总计", "_", "澳门", "人民政府", "-", "一、", "(七)", "万元", "１２"),
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.integers().between(-1000, 100000).map(String::valueOf));
    return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedSeeds() {
    Arbitrary<String> seedText = Arbitraries.of(SEED_TEXTS);
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<String> junk = Arbitraries.of("", "|", "\t", "\n", "9", "-3", "1,234", "一、本年新收", "总计", "〓", "x".repeat(300));
    return Combinators.combine(seedText, cuts, junk.list().ofMaxSize(6)).as((text, at, inserts) -> {
      StringBuilder sb = new StringBuilder(text);
      for (int i = 0; i < at.size(); i++) {
        int pos = at.get(i) % (sb.length() + 1);
        if (i % 2 == 0) {
          int end = Math.min(sb.length(), pos + at.get(i) % 40);
          sb.delete(pos, end);
        } else {
          sb.insert(pos, i / 2 < inserts.size() ? inserts.get(i / 2) : "");
        }
      }
      return sb.toString();
    });
  }
}
