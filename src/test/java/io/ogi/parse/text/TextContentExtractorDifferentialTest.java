package io.ogi.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.ReportContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The current {@link TextContentExtractor} (lines read in place, for speed) gives the blocks its
 * earlier version {@link TextContentExtractorReference} gave: on every text fixture of the project,
 * and on texts put together from the pieces of every flattening (cells ending in a pipe, rows of
 * pipes or tabs, spaced PDF rows, page numbers, Markdown rules, cut labels, blanks of every kind,
 * byte order marks and carriage returns).
 */
class TextContentExtractorDifferentialTest {

  private static String blocks(ReportContent c) {
    StringBuilder sb = new StringBuilder();
    for (ReportContent.Block b : c.blocks()) {
      sb.append(b).append('\n');
    }
    return sb.toString();
  }

  private static void same(String text) {
    assertThat(blocks(TextContentExtractor.extract(text)))
        .as("%s", text)
        .isEqualTo(blocks(TextContentExtractorReference.extract(text)));
  }

  @Test
  void sameBlocksOnEveryTextFixture() throws IOException {
    int texts = 0;
    try (Stream<Path> files = Files.walk(Paths.get("src/test/resources"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList()) {
        same(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        texts++;
      }
    }
    assertThat(texts).isGreaterThan(20); // the seeds and the dev set's text documents
  }

  @Property(tries = 3000)
  void sameBlocksOnTextsMadeOfTablePieces(@ForAll("texts") String text) {
    same(text);
  }

  private static final List<String> PIECES = List.of(
      "一、总体情况", "2025年，本机关严格落实信息发布保密审查制度。", "三、收到和处理政府信息公开申请情况",
      "四、结转下年度继续办理 |", "（一）予以公开 |", "|", "||", "|||", "0 |", "1 |", "12 |", "1536",
      "自然人 | 法人或其他组织 | 总计", "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 3 |", " | 2 | | 4 |",
      "|申请人情况|自然人|商业企业|", "|---|:--:|---|", "---", "行政复议\t\t维持\t纠正",
      "（七）总计\t60\t5\t0\t\t4\t0\t69", "\t\t\t", "2.没有现成信", "息需要另行制作 2 0 1 0 0 0 3",
      "（七）总计 60 5 0 0 4 0 69", "0 1 0 2 3 0 1", "行政许可 1536", "行政复议 行政诉讼",
      "3.危及“三安全一稳定”", "（六）其他处理", "结", "果", "维 持", "- 3 -", "— 12 —", "第 2 页 共 5 页", "3/12",
      "5.637万元", "本年度共受理政府信息公开申请6件，均已按规定答复。", "合计 | 7", "其中：主动公开规范性文件数 | 条 | 1 |",
      "　　", "  ", "\u00a0", "\ufeff政府信息公开工作年度报告", "𠀀年度 | 1 |", "a|b", "x".repeat(160) + " | 1 |",
      "其他 " + "长".repeat(70) + " 3", "长".repeat(140) + " | 2 |", "长".repeat(151) + "\t3",
      // separators on either side of the characters a line's head is read one by one (16), and more
      // of them than the bounds first hold
      "行".repeat(15) + "|", "行".repeat(16) + "|", "行".repeat(15) + "|3|", "行".repeat(14) + " | 3 |", "\ufeff行政许可 | 1536 | 0 |",
      "|".repeat(17), "|".repeat(40), "\t".repeat(33) + "1", "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 |",
      // one cell then its pipe, and a row's "||", in every neighbour of the fast paths: padded, a
      // rule, units, 无 and full-width digits (told by Cells.kind), a leading pipe, a tab
      " 0 | ", "0\u3000|", "|0 |", "0 |\t", "\t0 |", "--- |", "—— |", "- |", "无 |", "万元 |", "人次 |", "5万元 |",
      "１２ |", "-2 |", "87749.14 |", "1.无 |", "1.属于国家秘密 |", "〇 |", "信息内容 |", " || ", "||\t", "| |", "|\u3000|",
      "\ufeff0 |", "\ufeff||", "长".repeat(149) + "|", "长".repeat(150) + "|", "长".repeat(151) + " |");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n", "\r\n", "\n\n", "\r");
    return Arbitraries.integers().between(1, 40).flatMap(n ->
        piece.list().ofSize(n).flatMap(ps -> end.list().ofSize(n).map(es -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ps.size(); i++) {
            sb.append(ps.get(i)).append(es.get(i));
          }
          return sb.toString();
        })));
  }
}
