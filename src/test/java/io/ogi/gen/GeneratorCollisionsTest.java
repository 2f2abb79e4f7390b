package io.ogi.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a large corpus draws by chance is in its truth: an agency reports once a year (before this
 * rule, 100,000 documents held 138 agency-years reported twice, and a job rightly took some of
 * the second reports for near-duplicates the truth did not list), and a file drawn again byte for
 * byte (a notice) is expected as a duplicate of the first.
 */
class GeneratorCollisionsTest {

  @TempDir Path tmp;

  @Test
  void anAgencyReportsOnceAYearAndEveryRepeatedFileIsAnExpectedDuplicate() throws Exception {
    CorpusGenerator.Options o = new CorpusGenerator.Options();
    o.count = 40_000;
    o.seed = 5;
    o.unreadableShare = 0.05; // many notices, so some are drawn twice
    o.fromYear = 2020; // one year: agencies drawn twice for it are frequent
    o.toYear = 2020;
    Path corpus = tmp.resolve("c");
    new CorpusGenerator(o, corpus).run();

    Map<String, String> expected = new HashMap<>();
    List<String> rows = Files.readAllLines(corpus.resolve("_truth/documents.csv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      expected.put(f[0], f[3]);
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> agencyYears = new HashMap<>();
    int reports = 0;
    for (String line : Files.readAllLines(corpus.resolve("_gold.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode d = json.readTree(line);
      String status = expected.get(d.get("file").asText());
      if (!"parsed".equals(status) && !"partial".equals(status)) {
        continue;
      }
      reports++;
      // one agency: its name in its place (城区人民政府办公室 exists in several prefectures)
      String key = d.get("agency").asText() + "|" + d.get("year").asInt() + "|" + d.get("scope").asText()
          + "|" + d.get("province").asText() + "|" + d.get("prefecture").asText() + "|" + d.get("county").asText();
      String before = agencyYears.putIfAbsent(key, d.get("file").asText());
      assertThat(before).as("%s reported again in %s", key, d.get("file").asText()).isNull();
    }
    assertThat(reports).isGreaterThan(30_000);

    // byte-identical files: every one after the first (smallest path) is expected as a duplicate
    Map<String, String> firstByHash = new HashMap<>();
    int repeated = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !corpus.relativize(p).toString().startsWith("_"))
          .sorted()
          .toList();
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      if (p.toString().endsWith(".gz")) {
        bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
      }
      String h = HexFormat.of().formatHex(sha.digest(bytes));
      String rel = corpus.relativize(p).toString().replace('\\', '/');
      if (firstByHash.putIfAbsent(h, rel) != null) {
        repeated++;
        assertThat(expected.get(rel)).as("%s repeats %s", rel, firstByHash.get(h)).isEqualTo("duplicate");
      } else {
        assertThat(expected.get(rel)).as("%s is the first of its bytes", rel).isNotEqualTo("duplicate");
      }
    }
    assertThat(repeated).as("duplicates made on purpose, and notices drawn twice").isGreaterThan(100);
  }
}
