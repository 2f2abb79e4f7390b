package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.TextSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The near-duplicate rule without Spark: text similarity, numbers, preference of the kept one. */
class NearDuplicatesTest {

  private static String seed(String name) throws IOException {
    return Files.readString(Paths.get("src/test/resources/seeds/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void aSignatureComesBackFromItsPackedBytes() throws IOException {
    long[] signature = TextSignature.of(seed("000_a78cc7a962d3243c.txt"));

    byte[] packed = NearDuplicates.pack(signature);

    assertThat(packed).hasSize(TextSignature.SIZE * Long.BYTES);
    assertThat(NearDuplicates.unpack(packed)).containsExactly(signature);
    assertThat(NearDuplicates.pack(null)).isNull();
  }

  @Test
  void similarityIsHighForRecrawlsAndLowForOtherReports() throws IOException {
    String a = seed("000_a78cc7a962d3243c.txt");
    String recrawl = "当前位置：首页 > 年报\n" + a.replace("\n", "\r\n  ").replace("361", "9001") + "\n浏览次数：77";
    double same = TextSignature.similarity(TextSignature.of(a), TextSignature.of(recrawl));
    double other = TextSignature.similarity(TextSignature.of(a), TextSignature.of(seed("001_274977fa68b70c55.txt")));
    assertThat(same).isGreaterThanOrEqualTo(0.9);
    assertThat(other).isLessThan(0.3);
    assertThat(TextSignature.of("短")).isNull();
    assertThat(TextSignature.of(a)).hasSize(TextSignature.SIZE).isSorted();
  }

  @Test
  void keepsTheBestReadAndNeverMergesOtherNumbers() throws IOException {
    long[] s = TextSignature.of(seed("000_a78cc7a962d3243c.txt"));
    var partial = new NearDuplicates.Candidate("file:/a/1.txt", "id1", "partial", 40, "d1", s, 0);
    var parsed = new NearDuplicates.Candidate("file:/b/2.txt", "id2", "parsed", 40, "d1", s, 0);
    var corrected = new NearDuplicates.Candidate("file:/c/3.txt", "id3", "parsed", 40, "d2", s, 0);
    List<NearDuplicates.Match> m = NearDuplicates.match(List.of(partial, parsed, corrected));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).path()).isEqualTo("file:/a/1.txt");
    assertThat(m.get(0).keptPath()).isEqualTo("file:/b/2.txt");
    assertThat(m.get(0).keptId()).isEqualTo("id2");
    assertThat(m.get(0).similarity()).isEqualTo(1.0);
  }

  @Test
  void aLargeGroupComparesOnlyReportsWithTheSameNumbers() throws IOException {
    long[] report = TextSignature.of(seed("000_a78cc7a962d3243c.txt"));
    long[] other = TextSignature.of(seed("001_274977fa68b70c55.txt"));
    List<NearDuplicates.Candidate> group = new java.util.ArrayList<>();
    for (int i = 0; i < 30_000; i++) { // one agency-year name read for thirty thousand reports
      group.add(new NearDuplicates.Candidate(
          "file:/g/" + i + ".txt", "id" + i, "parsed", 40, "d" + i, i % 2 == 0 ? report : other, 0));
    }
    // a copy of report 7 (read worse: kept second), another text with report 8's numbers
    group.add(new NearDuplicates.Candidate("file:/x/copy-of-7.txt", "c7", "partial", 40, "d7", other, 0));
    group.add(new NearDuplicates.Candidate("file:/x/other-text-8.txt", "o8", "partial", 40, "d8", other, 0));
    // the same text with numbers no other report has
    group.add(new NearDuplicates.Candidate("file:/x/new-numbers.txt", "nn", "partial", 40, "d-new", report, 0));
    // no values digest at all: two copies, matched with each other only
    group.add(new NearDuplicates.Candidate("file:/n/1.txt", "n1", "parsed", 0, null, report, 0));
    group.add(new NearDuplicates.Candidate("file:/n/2.txt", "n2", "partial", 0, null, report, 1));

    List<NearDuplicates.Match> m = NearDuplicates.match(group);

    assertThat(m).extracting(NearDuplicates.Match::path, NearDuplicates.Match::keptPath, NearDuplicates.Match::keptId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("file:/x/copy-of-7.txt", "file:/g/7.txt", "id7"),
            org.assertj.core.groups.Tuple.tuple("file:/n/2.txt", "file:/n/1.txt", "n1"));
  }
}
