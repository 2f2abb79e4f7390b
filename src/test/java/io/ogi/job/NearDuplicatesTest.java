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
}
