package io.ogi.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

  private static final String EXPECTED_LAST_LINE =
      "evaluate: values gold=9 exact=4 wrong=2 missing=3"
          + " | fields gold=11 exact=6 wrong=2 missing=3"
          + " | ambiguous gold=4 flagged=1";

  @TempDir Path dir;
  private Path gold;

  /** What the fake parser returns, by document file name. */
  private final Map<String, Supplier<ParsedReport>> reports = new HashMap<>();

  /** Paths the fake parser was called with, to check what the evaluator hands over. */
  private final Map<String, byte[]> calls = new HashMap<>();

  private final BiFunction<String, byte[], ParsedReport> fakeParser =
      (path, bytes) -> {
        String name = Path.of(path).getFileName().toString();
        calls.put(name, bytes);
        return reports.get(name).get();
      };

  @BeforeEach
  void writeGold() throws IOException {
    gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        String.join(
            "\n",
            // a: exact, wrong, missing, amount within and beyond 4 decimals; county null = null.
            "{\"file\":\"docs/a.txt\",\"year\":2019,\"province\":\"浙江省\",\"prefecture\":\"温州市\","
                + "\"county\":null,\"level\":\"prefecture\",\"issuer\":\"government\","
                + "\"scope\":\"agency\",\"values\":{\"t3.new.total\":20,\"t3.granted.total\":6,"
                + "\"t4.review.total\":2,\"t2.procurement.amount_10k_yuan\":49533.4728,"
                + "\"t2.fees.amount_10k_yuan\":5.637}}",
            // b: county null but the parser names one; three ambiguous prefixes.
            "{\"file\":\"b.txt.gz\",\"year\":2017,\"county\":null,\"notes\":\"x\",\"labeller\":\"y\","
                + "\"ambiguous\":[\"t4\",\"t3.denied\",\"t2\"],"
                + "\"values\":{\"legacy.received\":5,\"proactive.items\":100}}",
            "",
            // c: the document file does not exist.
            "{\"file\":\"c.txt\",\"year\":2020,\"county\":null,\"ambiguous\":[\"t4\"],"
                + "\"values\":{\"t3.new.total\":1,\"t3.results.total\":1}}",
            ""),
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/a.txt"), "report a", StandardCharsets.UTF_8);
    Files.write(dir.resolve("b.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2});

    reports.put(
        "a.txt",
        () -> {
          ParsedReport r = report(2019, "浙江省", "温州市", null, "prefecture");
          r.setIssuer(null); // gold says government: missing
          r.setScope(ParsedReport.SCOPE_JURISDICTION); // gold says agency: wrong
          r.addValue(value("t3.new.total", 20));
          r.addValue(value("t3.granted.total", 7));
          r.addValue(value("t2.procurement.amount_10k_yuan", 49533.47284)); // within 0.00005
          r.addValue(value("t2.fees.amount_10k_yuan", 5.6371)); // off by 0.0001
          r.addValue(value("t3.carried.total", 3)); // not in gold: ignored
          return r;
        });
    reports.put(
        "b.txt.gz",
        () -> {
          ParsedReport r = report(2017, "浙江省", "温州市", "鹿城区", "county");
          r.setStatus(ParsedReport.STATUS_PARTIAL);
          r.addAmbiguous("t4.review"); // narrower than gold t4: flagged
          r.addAmbiguous("t3"); // wider than gold t3.denied: flagged ...
          r.addValue(value("t3.denied.state_secret.total", 1)); // ... but a value was emitted
          r.addAmbiguous("t2x"); // not a prefix of t2 on a dot boundary
          r.addValue(value("legacy.received", 5));
          r.addValue(value("proactive.items", 100));
          return r;
        });
  }

  private static ParsedReport report(
      Integer year, String province, String prefecture, String county, String level) {
    ParsedReport r = new ParsedReport();
    r.setYear(year);
    r.setPlace(new Place(null, province, prefecture, county, level, 1.0, List.of()));
    return r;
  }

  private static ReportValue value(String key, double v) {
    return new ReportValue(key, v, ReportValue.SOURCE_CELL, "三", "row", "col", 1.0);
  }

  private EvaluationResult evaluate() throws IOException {
    return new Evaluator(fakeParser).evaluate(gold);
  }

  private static Comparison find(EvaluationResult result, String file, String key) {
    return result.comparisons().stream()
        .filter(c -> c.file().equals(file) && c.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no comparison for " + file + " " + key));
  }

  @Test
  void countsExactWrongAndMissingValues() throws IOException {
    EvaluationResult result = evaluate();

    assertThat(result.values())
        .as("a: 2 exact, 2 wrong, 1 missing; b: 2 exact; c: 2 missing (no file)")
        .isEqualTo(new Counts(9, 4, 2, 3));
    assertThat(find(result, "docs/a.txt", "t3.granted.total"))
        .as("emitted with another value")
        .extracting(Comparison::outcome, Comparison::gold, Comparison::got)
        .containsExactly(Outcome.WRONG, "6", "7");
    assertThat(find(result, "docs/a.txt", "t4.review.total").outcome())
        .as("not emitted")
        .isEqualTo(Outcome.MISSING);
    assertThat(result.byFamily().get("t3")).as("t3 family").isEqualTo(new Counts(4, 1, 1, 2));
    assertThat(result.byFamily().get("legacy")).as("legacy family").isEqualTo(new Counts(1, 1, 0, 0));
    assertThat(result.byFamily().keySet())
        .as("value families first, meta last")
        .containsExactly("t2", "t3", "t4", "legacy", "proactive", "meta");
    assertThat(calls.keySet())
        .as("the parser sees each readable document, .gz included, and never the missing one")
        .containsExactlyInAnyOrder("a.txt", "b.txt.gz");
    assertThat(calls.get("b.txt.gz"))
        .as("bytes are passed raw, still compressed")
        .containsExactly(0x1f, 0x8b, 1, 2);
  }

  @Test
  void aKeyReadMoreThanOnceIsWrongThoughItsNumberIsRight() throws IOException {
    // b's proactive.items read three times (a merged cell repeated by the grid): a table would sum it thrice
    reports.put(
        "b.txt.gz",
        () -> {
          ParsedReport r = report(2017, "浙江省", "温州市", "鹿城区", "county");
          r.addValue(value("legacy.received", 5));
          for (int i = 0; i < 3; i++) {
            r.addValue(value("proactive.items", 100));
          }
          return r;
        });

    EvaluationResult result = evaluate();

    assertThat(find(result, "b.txt.gz", "proactive.items"))
        .extracting(Comparison::outcome, Comparison::gold, Comparison::got)
        .containsExactly(Outcome.WRONG, "100", "100 (read 3 times)");
    assertThat(find(result, "b.txt.gz", "legacy.received").outcome()).isEqualTo(Outcome.EXACT);
    assertThat(result.values()).as("one exact value of b now wrong").isEqualTo(new Counts(9, 3, 3, 3));
  }

  @Test
  void comparesAmountsToFourDecimals() throws IOException {
    EvaluationResult result = evaluate();

    assertThat(find(result, "docs/a.txt", "t2.procurement.amount_10k_yuan").outcome())
        .as("49533.47284 vs 49533.4728 differ by less than 0.00005")
        .isEqualTo(Outcome.EXACT);
    assertThat(find(result, "docs/a.txt", "t2.fees.amount_10k_yuan"))
        .as("5.6371 vs 5.637 differ by 0.0001")
        .extracting(Comparison::outcome, Comparison::gold, Comparison::got)
        .containsExactly(Outcome.WRONG, "5.637", "5.6371");
  }

  @Test
  void fieldsFollowTheNullRule() throws IOException {
    EvaluationResult result = evaluate();

    assertThat(find(result, "docs/a.txt", "county").outcome())
        .as("gold null and parser null match")
        .isEqualTo(Outcome.EXACT);
    assertThat(find(result, "b.txt.gz", "county"))
        .as("gold null but the parser named a county")
        .extracting(Comparison::outcome, Comparison::got)
        .containsExactly(Outcome.WRONG, "鹿城区");
    assertThat(find(result, "docs/a.txt", "issuer").outcome())
        .as("parser null where gold has a value")
        .isEqualTo(Outcome.MISSING);
    assertThat(find(result, "docs/a.txt", "scope").outcome())
        .as("different value")
        .isEqualTo(Outcome.WRONG);
    assertThat(result.comparisons())
        .as("unlabelled fields are not scored (no template, no province for b)")
        .noneMatch(c -> c.key().equals("template"))
        .noneMatch(c -> c.file().equals("b.txt.gz") && c.key().equals("province"));
    assertThat(result.fields()).as("all fields").isEqualTo(new Counts(11, 6, 2, 3));
    assertThat(result.byFamily().get("meta")).as("meta = fields").isEqualTo(result.fields());
    assertThat(result.byField().get("county"))
        .as("county: a exact, b wrong, c missing")
        .isEqualTo(new Counts(3, 1, 1, 1));
    assertThat(result.byField().get("year")).as("year").isEqualTo(new Counts(3, 2, 0, 1));
  }

  @Test
  void ambiguousCountsOnlyWhenFlaggedAndNotEmitted() throws IOException {
    EvaluationResult result = evaluate();

    assertThat(result.ambiguityChecks())
        .as("t4 flagged via t4.review; t3.denied flagged via t3 but emitted; t2 not flagged; "
            + "c unread")
        .extracting(AmbiguityCheck::file, AmbiguityCheck::prefix, AmbiguityCheck::flagged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b.txt.gz", "t4", true),
            org.assertj.core.groups.Tuple.tuple("b.txt.gz", "t3.denied", false),
            org.assertj.core.groups.Tuple.tuple("b.txt.gz", "t2", false),
            org.assertj.core.groups.Tuple.tuple("c.txt", "t4", false));
    assertThat(result.unflagged().get(0).reason())
        .as("the emitted key is named")
        .isEqualTo("flagged but emitted t3.denied.state_secret.total");
    assertThat(result.ambiguousGold()).as("gold prefixes").isEqualTo(4);
    assertThat(result.ambiguousFlagged()).as("flagged without a value").isEqualTo(1);
  }

  @Test
  void flagMatchingIsOnDotBoundaries() {
    assertThat(Evaluator.flags(Set.of("t4"), "t4")).as("same").isTrue();
    assertThat(Evaluator.flags(Set.of("t4.review.total"), "t4")).as("narrower").isTrue();
    assertThat(Evaluator.flags(Set.of("t4"), "t4.review")).as("wider").isTrue();
    assertThat(Evaluator.flags(Set.of("t40", "t"), "t4")).as("not on a dot boundary").isFalse();
    assertThat(Evaluator.flags(Set.of(), "t4")).as("nothing flagged").isFalse();
  }

  @Test
  void missingDocumentCountsEverythingMissingAndIsReported() throws IOException {
    EvaluationResult result = evaluate();

    assertThat(result.missingDocuments()).as("c.txt does not exist").containsExactly("c.txt");
    assertThat(result.comparisons())
        .as("all of c's values and fields, even county null, are missing")
        .filteredOn(c -> c.file().equals("c.txt"))
        .hasSize(4)
        .allMatch(c -> c.outcome() == Outcome.MISSING);
    assertThat(result.statusCounts())
        .as("document statuses")
        .containsEntry("parsed", 1)
        .containsEntry("partial", 1)
        .containsEntry("rejected", 0)
        .containsEntry("missing", 1);
    assertThat(print(result)).as("header reports it").contains("missing: c.txt (cannot read ");
  }

  @Test
  void aThrowingParserScoresAsMissingWithoutStoppingTheRun() throws IOException {
    reports.put(
        "a.txt",
        () -> {
          throw new IllegalStateException("boom");
        });
    EvaluationResult result = evaluate();

    assertThat(result.documents().get(0).status()).as("a errored").isEqualTo("error");
    assertThat(result.documents().get(1).status()).as("b still scored").isEqualTo("partial");
    assertThat(result.values().missing()).as("a's 5 and c's 2 values missing").isEqualTo(7);
  }

  @Test
  void printsMismatchesAndTheExactLastLine() throws IOException {
    EvaluationResult result = evaluate();
    String text = print(result);
    List<String> lines = text.lines().toList();

    assertThat(result.summaryLine()).as("summary").isEqualTo(EXPECTED_LAST_LINE);
    assertThat(lines.get(lines.size() - 1)).as("the last line is the interface").isEqualTo(EXPECTED_LAST_LINE);
    assertThat(lines)
        .as("wrong and missing values, integers without .0, got=- when missing")
        .contains(
            "docs/a.txt t3.granted.total gold=6 got=7",
            "docs/a.txt t4.review.total gold=2 got=-",
            "docs/a.txt t2.fees.amount_10k_yuan gold=5.637 got=5.6371",
            "c.txt t3.new.total gold=1 got=-",
            "b.txt.gz county gold=null got=鹿城区",
            "b.txt.gz t2 (not flagged)")
        .noneMatch(l -> l.startsWith("docs/a.txt t3.new.total"));
    assertThat(text)
        .as("tables before the mismatch list")
        .containsSubsequence("family", "meta", "field", "county", "values wrong or missing:");
    assertThat(print(result, true))
        .as("--show-ok lists the exact ones too")
        .contains("docs/a.txt t3.new.total gold=20 got=20");
  }

  @Test
  void resultIsAvailableAsJson() throws IOException {
    var json = evaluate().toJson();

    assertThat(json.get("values").get("exact").asInt()).as("json values.exact").isEqualTo(4);
    assertThat(json.get("mismatches").size()).as("5 value + 5 field mismatches").isEqualTo(10);
    assertThat(json.get("summary").asText()).as("json summary").isEqualTo(EXPECTED_LAST_LINE);
  }

  @Test
  void unreadableGoldFails() {
    assertThatThrownBy(() -> new Evaluator(fakeParser).evaluate(dir.resolve("nope.jsonl")))
        .as("no gold file")
        .isInstanceOf(IOException.class);
  }

  private static String print(EvaluationResult result) {
    return print(result, false);
  }

  private static String print(EvaluationResult result, boolean showOk) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    result.print(new PrintStream(buf, true, StandardCharsets.UTF_8), showOk);
    return buf.toString(StandardCharsets.UTF_8);
  }
}
