package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.gen.CorpusGenerator;
import io.ogi.model.ParsedReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's HTML pages at real weight: site chrome around every page, and pages in the
 * markup of a Word or WPS document pasted into the site's editor (a {@code MsoNormal} paragraph
 * and styled spans in every cell, {@code &nbsp;} in empty ones). The same seed with every page lean
 * and with every page office-exported gives the same documents and truth, and the parser reads
 * the same values from both, all equal to the gold.
 */
class GeneratedPageWeightTest {

  @TempDir static Path tmp;
  static Path lean;
  static Path office;

  @BeforeAll
  static void generate() throws IOException {
    lean = generate("lean", 0.0);
    office = generate("office", 1.0);
  }

  private static Path generate(String name, double officeShare) throws IOException {
    CorpusGenerator.Options o = new CorpusGenerator.Options();
    o.count = 400;
    o.seed = 11;
    o.layouts = List.of("html", "html_gbk");
    o.officeShare = officeShare;
    Path dir = tmp.resolve(name);
    new CorpusGenerator(o, dir).run();
    return dir;
  }

  private static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void pageWeightChangesNoDocumentNorTheTruth() throws IOException {
    assertThat(Files.readString(office.resolve("_gold.jsonl"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(lean.resolve("_gold.jsonl"), StandardCharsets.UTF_8));
    for (String t : List.of("documents.csv", "trends_province_year.csv", "trends_national_year.csv")) {
      assertThat(Files.readAllLines(office.resolve("_truth").resolve(t)))
          .as(t)
          .isEqualTo(Files.readAllLines(lean.resolve("_truth").resolve(t)));
    }
    List<Path> leanPages = pages(lean);
    List<Path> officePages = pages(office);
    assertThat(officePages.stream().map(p -> office.relativize(p).toString()).toList())
        .isEqualTo(leanPages.stream().map(p -> lean.relativize(p).toString()).toList());
    long leanBytes = 0;
    long officeBytes = 0;
    int officeMarked = 0;
    for (int i = 0; i < leanPages.size(); i++) {
      byte[] l = Files.readAllBytes(leanPages.get(i));
      byte[] o = Files.readAllBytes(officePages.get(i));
      leanBytes += l.length;
      officeBytes += o.length;
      if (new String(o, StandardCharsets.ISO_8859_1).contains("class=\"MsoNormal\"")) {
        officeMarked++;
      }
      assertThat(new String(l, StandardCharsets.ISO_8859_1)).doesNotContain("MsoNormal");
    }
    int reports = (int) leanPages.stream().filter(p -> sizeOf(p) > 0).count();
    // every report page (not the empty downloads) is office-exported at share 1
    assertThat(officeMarked).isEqualTo(reports).isGreaterThan(300);
    // chrome alone: lean pages average 15-30 KB; the office markup more than doubles a page
    assertThat(leanBytes / reports).isBetween(15_000L, 30_000L);
    assertThat(officeBytes).isGreaterThan(2 * leanBytes);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theParserReadsTheSameValuesFromLeanAndOfficePages() throws IOException {
    ReportParser parser = new ReportParser();
    List<Path> leanPages = pages(lean);
    List<Path> officePages = pages(office);
    int compared = 0;
    for (int i = 0; i < leanPages.size(); i++) {
      ParsedReport l = parser.parse(leanPages.get(i).toString(), Files.readAllBytes(leanPages.get(i)));
      ParsedReport o = parser.parse(officePages.get(i).toString(), Files.readAllBytes(officePages.get(i)));
      String name = leanPages.get(i).getFileName().toString();
      assertThat(o.getStatus()).as(name).isEqualTo(l.getStatus());
      assertThat(o.getValues()).as(name).isEqualTo(l.getValues());
      assertThat(o.getAgency()).as(name).isEqualTo(l.getAgency());
      assertThat(o.getPlace()).as(name).isEqualTo(l.getPlace());
      assertThat(o.getScope()).as(name).isEqualTo(l.getScope());
      assertThat(o.getYear()).as(name).isEqualTo(l.getYear());
      assertThat(o.getFlags()).as(name).isEqualTo(l.getFlags());
      compared += l.getValues().isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void officePagesScoreExactlyAgainstTheirGold() throws IOException {
    EvaluationResult result = new Evaluator(new ReportParser()::parse).evaluate(office.resolve("_gold.jsonl"));
    assertThat(result.values().gold()).isGreaterThan(20_000);
    assertThat(result.mismatches()).as("wrong or missing").isEmpty();
    assertThat(result.values().exact()).isEqualTo(result.values().gold());
    assertThat(result.fields().exact()).isEqualTo(result.fields().gold());
  }
}
