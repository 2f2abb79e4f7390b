package io.ogi.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's own promises, checked on what it wrote (no parser involved): the identities of
 * every correct report hold in its gold values, each aggregate is the sum of its parts, contradictions
 * break exactly one identity by the recorded amount, every province and level occurs, and a seed gives
 * the same corpus.
 */
class GeneratorInvariantsTest {

  @TempDir static Path tmp;
  static Path corpus;
  static List<JsonNode> gold = new ArrayList<>();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void generate() throws IOException {
    corpus = tmp.resolve("a");
    new CorpusGenerator(options(), corpus).run();
    for (String line : Files.readAllLines(corpus.resolve("_gold.jsonl"), StandardCharsets.UTF_8)) {
      gold.add(JSON.readTree(line));
    }
  }

  static CorpusGenerator.Options options() {
    CorpusGenerator.Options o = new CorpusGenerator.Options();
    o.count = 3000;
    o.seed = 42;
    o.shardSize = 500;
    return o;
  }

  private static long v(JsonNode d, String key) {
    JsonNode n = d.get("values").get(key);
    return n == null ? 0 : n.asLong(); // absent: a blank (zero) row
  }

  private static boolean has(JsonNode d, String key) {
    return d.get("values").has(key);
  }

  @Test
  void eachPagesChromeCarriesItsOwnNumber() throws IOException {
    // 网站标识码 is 1000000000 + the page's number (its file name), so no two pages share one, but for
    // an exact copy of an earlier page (a crawled duplicate), which has that page's bytes
    java.util.regex.Pattern code = java.util.regex.Pattern.compile("网站标识码：(\\d{10})");
    Map<Long, Path> files = new TreeMap<>();
    Map<Long, Long> ids = new TreeMap<>();
    try (var walk = Files.walk(corpus)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.getFileName().toString().endsWith(".html"))::iterator) {
        java.util.regex.Matcher m = code.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        if (m.find()) {
          long number = Long.parseLong(p.getFileName().toString().substring(0, 9));
          files.put(number, p);
          ids.put(number, Long.parseLong(m.group(1)));
        }
      }
    }
    int copies = 0;
    for (Map.Entry<Long, Long> e : ids.entrySet()) {
      long own = 1_000_000_000L + e.getKey();
      if (e.getValue() != own) {
        Path original = files.get(e.getValue() - 1_000_000_000L);
        assertThat(original).as("page %d carries %d", e.getKey(), e.getValue()).isNotNull();
        assertThat(Files.readAllBytes(files.get(e.getKey()))).isEqualTo(Files.readAllBytes(original));
        copies++;
      }
    }
    assertThat(ids).hasSizeGreaterThan(500);
    assertThat(copies).isLessThan(ids.size() / 20);
  }

  @Test
  void tableIdentitiesHoldInEveryCorrectReport() {
    int checked = 0;
    for (JsonNode d : gold) {
      boolean contradicts = d.get("notes").asText().contains("contradicts");
      if (!has(d, "t3.new.total") || !has(d, "t3.granted.natural_person") || contradicts) {
        continue;
      }
      for (String col : Figures.COLUMNS) {
        long results = v(d, "t3.results." + col);
        long parts = v(d, "t3.granted." + col) + v(d, "t3.partial." + col);
        for (String[] sec : new String[][] {
            {"denied", String.join(",", Figures.DENIED_ITEMS)},
            {"unable", String.join(",", Figures.UNABLE_ITEMS)},
            {"not_processed", String.join(",", Figures.NOTPROC_ITEMS)}}) {
          long items = 0;
          for (String it : sec[1].split(",")) {
            items += v(d, "t3." + sec[0] + "." + it + "." + col);
          }
          if (has(d, "t3." + sec[0] + "." + col)) {
            assertThat(v(d, "t3." + sec[0] + "." + col)).as(d.get("file") + " section " + sec[0]).isEqualTo(items);
          }
          parts += items;
        }
        long other = has(d, "t3.other." + col) ? v(d, "t3.other." + col) : 0;
        if (!has(d, "t3.other." + col) || has(d, "t3.other.other." + col)) {
          other = 0;
          for (String it : Figures.OTHER_ITEMS) {
            other += v(d, "t3.other." + it + "." + col);
          }
        }
        parts += other;
        assertThat(results).as(d.get("file") + " results " + col).isEqualTo(parts);
        assertThat(v(d, "t3.new." + col) + v(d, "t3.carried." + col))
            .as(d.get("file") + " balance " + col)
            .isEqualTo(results + v(d, "t3.carried_forward." + col));
      }
      for (String row : new String[] {"new", "granted", "results", "carried_forward"}) {
        long sum = 0;
        for (int c = 0; c < 6; c++) {
          sum += v(d, "t3." + row + "." + Figures.COLUMNS[c]);
        }
        assertThat(v(d, "t3." + row + ".total")).as(d.get("file") + " total column " + row).isEqualTo(sum);
      }
      for (String b : new String[] {"review", "lit_direct", "lit_after_review"}) {
        assertThat(v(d, "t4." + b + ".total")).isEqualTo(v(d, "t4." + b + ".upheld") + v(d, "t4." + b + ".corrected")
            + v(d, "t4." + b + ".other") + v(d, "t4." + b + ".pending"));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(700);
  }

  @Test
  void contradictionsBreakTheirTotalByTheRecordedAmount() {
    int seen = 0;
    for (JsonNode d : gold) {
      String notes = d.get("notes").asText();
      if (!notes.contains("contradicts")) {
        continue;
      }
      long off = Long.parseLong(notes.replaceAll(".*off by (\\d+).*", "$1"));
      if (has(d, "legacy.litigation")) {
        assertThat(v(d, "legacy.litigation") - v(d, "legacy.litigation.upheld") - v(d, "legacy.litigation.corrected")
            - v(d, "legacy.litigation.other")).isEqualTo(off);
      } else {
        assertThat(v(d, "t3.results.total") + v(d, "t3.carried_forward.total") - v(d, "t3.new.total")
            - v(d, "t3.carried.total")).as(d.get("file").asText()).isEqualTo(off);
      }
      seen++;
    }
    assertThat(seen).isBetween(50, 60); // 2% of 3000, by quota over the documents that can contradict
  }

  @Test
  void everyAggregateIsTheSumOfItsParts() {
    int aggregates = 0;
    int compared = 0;
    int parts = 0;
    Map<String, Long> sum = new TreeMap<>();
    Map<String, Integer> printedBy = new TreeMap<>();
    for (JsonNode d : gold) {
      boolean part = d.get("notes").asText().contains("part of an aggregate");
      if (part) {
        parts++;
        for (Iterator<Map.Entry<String, JsonNode>> it = d.get("values").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isIntegralNumber()) {
            sum.merge(e.getKey(), e.getValue().asLong(), Long::sum);
            printedBy.merge(e.getKey(), 1, Integer::sum);
          }
        }
      } else if ("jurisdiction".equals(d.get("scope").asText()) && parts > 0) {
        // Keys every part prints (subtotal rows and the prose sentence are printed by some only).
        for (Iterator<Map.Entry<String, JsonNode>> it = d.get("values").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isIntegralNumber() && printedBy.getOrDefault(e.getKey(), 0) == parts) {
            assertThat(e.getValue().asLong()).as(d.get("file") + " " + e.getKey()).isEqualTo(sum.get(e.getKey()));
            compared++;
          }
        }
        assertThat(d.get("values").has("t3.new.total") || d.get("values").has("legacy.received")).isTrue();
        aggregates++;
        sum.clear();
        printedBy.clear();
        parts = 0;
      }
    }
    assertThat(aggregates).isGreaterThan(50);
    assertThat(compared).isGreaterThan(aggregates * 20);
  }

  @Test
  void everyProvinceLevelEraAndRevisionOccurs() {
    Set<String> provinces = new HashSet<>();
    Set<String> levels = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (JsonNode d : gold) {
      provinces.add(d.get("province").asText());
      levels.add(d.get("level").asText());
      kinds.add(d.get("template").asText() + "/" + d.get("issuer").asText());
      kinds.add(d.get("notes").asText().replaceAll(".*(revision \\d{4}|legacy statistics table|legacy prose only).*", "$1"));
    }
    assertThat(provinces).hasSize(31).contains("新疆维吾尔自治区", "北京市", "海南省");
    assertThat(levels).containsExactlyInAnyOrder("province", "prefecture", "county", "township");
    assertThat(kinds).contains("2019/government", "2019/government_office", "2019/department", "legacy/department",
        "revision 2019", "revision 2021", "legacy statistics table", "legacy prose only");
  }

  @Test
  void theSameSeedWritesTheSameCorpus() throws Exception {
    Path again = tmp.resolve("b");
    new CorpusGenerator(options(), again).run();
    for (String f : new String[] {"_gold.jsonl", "_truth/documents.csv", "_truth/trends_province_year.csv",
        "00003/000001700.html", "00003/000001700.txt", "00005/000002999.txt"}) {
      Path a = corpus.resolve(f);
      if (Files.exists(a)) {
        assertThat(sha(again.resolve(f))).as(f).isEqualTo(sha(a));
      }
    }
  }

  private static String sha(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
