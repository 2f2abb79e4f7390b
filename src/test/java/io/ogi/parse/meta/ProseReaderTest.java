package io.ogi.parse.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ReportValue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ProseReader} gives what {@link ProseReaderReference} (each rule searching the whole text)
 * gives: the same values, keys, sentences and order from all four readers.
 */
class ProseReaderTest {

  /** All four readers' values, as one list per reader. */
  private static List<List<ReportValue>> read(String text) {
    return List.of(
        ProseReader.applicationCounts(text), ProseReader.legacyCounts(text),
        ProseReader.proactiveItems(text), ProseReader.disclosureCounts(text));
  }

  private static List<List<ReportValue>> reference(String text) {
    return List.of(
        ProseReaderReference.applicationCounts(text), ProseReaderReference.legacyCounts(text),
        ProseReaderReference.proactiveItems(text), ProseReaderReference.disclosureCounts(text));
  }

  @Test
  void seedReportCounts() {
    String text = "本年度共收到政府信息公开申请5,756件，其中予以公开的2603件，部分公开的12件，不予公开1件。"
        + "本年度主动公开政府信息共1,204条。发布规章2部，制发行政规范性文件15件。";
    List<List<ReportValue>> values = read(text);
    assertThat(values.get(0)).extracting(ReportValue::key, ReportValue::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("t3.new.total", 5756.0),
        org.assertj.core.groups.Tuple.tuple("t3.granted.total", 2603.0),
        org.assertj.core.groups.Tuple.tuple("t3.partial.total", 12.0),
        org.assertj.core.groups.Tuple.tuple("t3.denied.total", 1.0));
    assertThat(values.get(2)).extracting(ReportValue::value).containsExactly(1204.0);
    assertThat(values.get(3)).extracting(ReportValue::key).containsExactly("t2.normative_docs.issued", "t2.regulations.issued");
    assertThat(values).isEqualTo(reference(text));
  }

  @Test
  void noNumberBeforeAUnitReadsNothing() {
    for (String text : List.of("", "件", "0", "收到申请件", "收到申请 5 件", "收到申请5,件", "主动公开政府信息12件")) {
      assertThat(read(text)).as(text).isEqualTo(reference(text));
      assertThat(read(text).get(0)).as(text).isEmpty();
    }
  }

  @Test
  void sameAsTheReferenceOnTheFixtures() throws IOException, URISyntaxException {
    Path root = Path.of(ProseReaderTest.class.getResource("/seeds/gold.jsonl").toURI()).getParent().getParent();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|md|html|jsonl)")).toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    int read = 0;
    for (Path p : files) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      // a jsonl line is a report's text or its gold values; the whole file is a long text too
      List<String> texts = new ArrayList<>(List.of(text));
      if (p.toString().endsWith(".jsonl")) {
        texts.addAll(text.lines().toList());
      }
      for (String t : texts) {
        List<List<ReportValue>> values = read(t);
        assertThat(values).as(p.toString()).isEqualTo(reference(t));
        read += values.stream().mapToInt(List::size).sum();
      }
    }
    assertThat(read).as("values read from the fixtures").isGreaterThan(20);
  }

  /** The rules' words, and what stands between and around them in reports. */
  private static final String[] WORDS = {
    "共", "累计", "全年", "新", "收到", "本年", "度", "新收", "申请", "政府信息公开", "予以公开", "的", "部分公开", "不予公开",
    "无法公开", "无法提供", "不予处理", "上年", "结转", "结转下", "一", "年度", "继续办理", "受理", "同意公开", "答复",
    "同意部分公开", "不同意公开", "不", "分", "部", "行政复议", "案件", "行政诉讼", "主动", "公开", "发布", "政府信息",
    "总数", "达", "为", "政府信息公开总数", "制发", "出台", "行政", "规范性文件", "规章", "其中", "办理", "依申请"
  };

  /** The rules' phrases whole, most often followed by a number and its unit. */
  private static final String[] PHRASES = {
    "共收到政府信息公开申请", "累计新收到申请", "全年收到", "本年度新收政府信息公开申请", "本年新收申请", "予以公开的", "不予公开",
    "部分公开的", "无法提供的", "无法公开", "不予处理的", "上年度结转的政府信息公开申请", "上年结转", "结转下一年度继续办理的",
    "结转下年度", "共受理政府信息公开申请", "收到申请", "同意公开答复的", "同意部分公开", "不同意公开答复", "行政复议案件",
    "行政诉讼", "主动公开政府信息共", "主动发布政府信息总数达", "政府信息公开总数为", "政府信息公开总数", "发布规章",
    "制发行政规范性文件", "出台了规范性文件", "制发规范性文件和规章"
  };

  private static final String[] UNITS = {"件", "条", "部", "件", "件"};

  private static final String[] PUNCTUATION = {
    "。", "；", ";", "，", ",", "、", "：", "\n", " ", "（", "）", "\uD840\uDC00", "\uD840", "\uDC00", "a", "x"
  };

  private static String number(Random rnd) {
    switch (rnd.nextInt(6)) {
      case 0:
        return String.valueOf(rnd.nextInt(10));
      case 1:
        return String.valueOf(rnd.nextInt(100000));
      case 2: // thousands with commas, and commas in the wrong places
        return String.format("%,d", rnd.nextInt(10_000_000));
      case 3:
        return rnd.nextInt(1000) + "," + rnd.nextInt(10000);
      case 4:
        return "," + rnd.nextInt(1000);
      default:
        return rnd.nextInt(1000) + ",";
    }
  }

  /** A text of the rules' words, numbers, units, punctuation and fillers, long gaps among them. */
  private static String generated(Random rnd) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + rnd.nextInt(24);
    for (int i = 0; i < pieces; i++) {
      int kind = rnd.nextInt(12);
      if (kind < 3) {
        b.append(WORDS[rnd.nextInt(WORDS.length)]);
      } else if (kind < 5) {
        b.append(PHRASES[rnd.nextInt(PHRASES.length)]);
        if (rnd.nextInt(4) > 0) {
          b.append(number(rnd)).append(UNITS[rnd.nextInt(UNITS.length)]);
        }
      } else if (kind < 7) {
        b.append(number(rnd));
        if (rnd.nextInt(3) > 0) {
          b.append(UNITS[rnd.nextInt(UNITS.length)]);
        }
      } else if (kind < 10) {
        b.append(PUNCTUATION[rnd.nextInt(PUNCTUATION.length)]);
      } else if (kind < 11) {
        b.append(UNITS[rnd.nextInt(UNITS.length)]);
      } else {
        // a filler run, up to past the longest gap a rule allows (some of supplementary characters)
        String filler = rnd.nextBoolean() ? "报" : "\uD840\uDC00";
        b.append(filler.repeat(rnd.nextInt(24)));
      }
    }
    return b.toString();
  }

  @Test
  void sameAsTheReferenceOnGeneratedTexts() {
    Random rnd = new Random(15);
    java.util.Map<String, Integer> read = new java.util.TreeMap<>();
    for (int n = 0; n < 400_000; n++) {
      String text = generated(rnd);
      List<List<ReportValue>> values = read(text);
      assertThat(values).as(text).isEqualTo(reference(text));
      values.forEach(list -> list.forEach(v -> read.merge(v.key(), 1, Integer::sum)));
    }
    // every key was read often enough for the comparison to mean something
    assertThat(read).as("values read by key").hasSize(17);
    assertThat(read.values()).as("values read by key: " + read).allSatisfy(count -> assertThat(count).isGreaterThan(1000));
  }
}
