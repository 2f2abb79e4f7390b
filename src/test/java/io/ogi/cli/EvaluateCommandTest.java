package io.ogi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

  @TempDir Path dir;
  private Path gold;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Emits t3.new.total = 20 for every document: 1 of the 2 gold values is exact. */
  private final BiFunction<String, byte[], ParsedReport> halfRight =
      (path, bytes) -> {
        ParsedReport r = new ParsedReport();
        r.addValue(new ReportValue("t3.new.total", 20, ReportValue.SOURCE_CELL, "三", "", "", 1));
        return r;
      };

  @BeforeEach
  void writeGold() throws IOException {
    gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"file\":\"a.txt\",\"values\":{\"t3.new.total\":20,\"t3.granted.total\":6}}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "a", StandardCharsets.UTF_8);
  }

  private int run(BiFunction<String, byte[], ParsedReport> parser, String... args) {
    CommandLine cl = new CommandLine(new EvaluateCommand(parser));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Test
  void printsTheReportAndExitsZero() {
    int code = run(halfRight, "--gold", gold.toString());

    assertThat(code).as("a low score is not an error").isZero();
    assertThat(outLines().get(outLines().size() - 1))
        .as("the last line")
        .isEqualTo(
            "evaluate: values gold=2 exact=1 wrong=0 missing=1 | fields gold=0 exact=0 wrong=0"
                + " missing=0 | ambiguous gold=0 flagged=0");
    assertThat(outLines()).as("mismatch listed").contains("a.txt t3.granted.total gold=6 got=-");
    assertThat(err.toString()).as("nothing on stderr").isEmpty();
  }

  @Test
  void minExactRatioGatesTheExitCode() {
    assertThat(run(halfRight, "--gold", gold.toString(), "--min-exact-ratio", "0.5"))
        .as("0.5 exact meets 0.5")
        .isZero();
    assertThat(run(halfRight, "--gold", gold.toString(), "--min-exact-ratio", "0.9"))
        .as("0.5 exact is below 0.9")
        .isEqualTo(1);
    assertThat(err.toString()).as("the gate says why").contains("below --min-exact-ratio");
    assertThat(run(halfRight, "--gold", gold.toString(), "--min-exact-ratio", "1.5"))
        .as("a ratio above 1 is a usage error")
        .isEqualTo(2);
  }

  @Test
  void unreadableGoldExitsNonZeroWithAMessage() throws IOException {
    assertThat(run(halfRight, "--gold", dir.resolve("nope.jsonl").toString()))
        .as("no such gold file")
        .isEqualTo(2);
    assertThat(err.toString()).as("stderr names the file").contains("nope.jsonl");

    Files.writeString(gold, "{\"file\":\"a.txt\"}\n{oops\n", StandardCharsets.UTF_8);
    assertThat(run(halfRight, "--gold", gold.toString())).as("malformed gold").isEqualTo(2);
    assertThat(err.toString()).as("stderr names the line").contains("line 2");
    assertThat(out.toString()).as("no report for a bad gold file").isEmpty();
  }

  @Test
  void writesJson() throws IOException {
    Path json = dir.resolve("result.json");
    assertThat(run(halfRight, "--gold", gold.toString(), "--json", json.toString(), "--show-ok"))
        .as("exit")
        .isZero();
    assertThat(Files.readString(json)).as("json written").contains("\"summary\"");
    assertThat(outLines()).as("--show-ok").contains("a.txt t3.new.total gold=20 got=20");
  }

  @Test
  void productionParserRunsOverTheSeeds() throws Exception {
    Path seeds = Path.of(getClass().getResource("/seeds/gold.jsonl").toURI());
    CommandLine cl = new CommandLine(new EvaluateCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));

    assertThat(cl.execute("--gold", seeds.toString())).as("whatever the parser's state").isZero();
    assertThat(outLines().get(outLines().size() - 1))
        .as("the summary line shape")
        .matches(
            "evaluate: values gold=\\d+ exact=\\d+ wrong=\\d+ missing=\\d+ \\| fields gold=40"
                + " exact=\\d+ wrong=\\d+ missing=\\d+ \\| ambiguous gold=1 flagged=\\d+");
  }
}
