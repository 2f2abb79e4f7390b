package io.ogi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.model.ParsedReport;
import io.ogi.parse.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ogi evaluate}: scores the parser against a gold file and prints the report whose last line
 * other tools parse.
 */
@Command(
    name = "evaluate",
    header = "Scores the parser on a gold file.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores the parser against a gold file (JSON Lines, see docs/gold-format.md).",
      "Each document is read from the gold file's folder and parsed exactly as `run` would "
          + "parse it. Prints document statuses, gold/exact/wrong/missing per key family "
          + "(t2 t3 t4 legacy proactive, meta = document fields) and per field (department_type "
          + "where the gold labels it), for the place fields wrong answers split from unknown, every wrong or "
          + "missing value as `file key gold=... got=...`, the ambiguous prefixes not flagged, "
          + "and as its last line:",
      "evaluate: values gold=N exact=N wrong=N missing=N | fields gold=N exact=N wrong=N "
          + "missing=N | ambiguous gold=N flagged=N"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report printed (however low the score)",
      "1:values exact ratio below --min-exact-ratio",
      "2:gold file unreadable or malformed, --json not writable, or bad options"
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description =
          "Gold file (JSON Lines, UTF-8). Document paths in it are relative to its folder; "
              + "documents may be .txt, .md, .html, .pdf, optionally .gz.")
  Path gold;

  @Option(
      names = "--show-ok",
      description = "Also list the exact values and fields (after the mismatches).")
  boolean showOk;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description =
          "Also write the full result (tallies, documents, mismatches) as JSON to FILE.")
  Path json;

  @Option(
      names = "--min-exact-ratio",
      paramLabel = "R",
      description =
          "CI gate: exit 1 when exact/gold over values is below R (0..1, e.g. 0.9). "
              + "A gold file without values fails the gate. Default: no gate.")
  Double minExactRatio;

  @Option(
      names = "--by",
      paramLabel = "FIELD",
      description =
          "Also print the scores grouped by a field of the gold lines (e.g. template, year, level, "
              + "or a labeller's own field such as layout or era), before the last line.")
  String by;

  private final BiFunction<String, byte[], ParsedReport> parser;

  /** The production command: scores {@link ReportParser}. */
  public EvaluateCommand() {
    this(new ReportParser()::parse);
  }

  /** A command that scores another parser (tests, experiments). */
  EvaluateCommand(BiFunction<String, byte[], ParsedReport> parser) {
    this.parser = parser;
  }

  /**
   * Runs the evaluation and prints the report to the command's standard output.
   *
   * @return 0, 1 when the {@code --min-exact-ratio} gate fails, 2 when the gold file is unreadable
   */
  @Override
  public Integer call() {
    if (minExactRatio != null && !(minExactRatio >= 0 && minExactRatio <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--min-exact-ratio must be between 0 and 1, got " + minExactRatio);
    }
    PrintWriter err = spec.commandLine().getErr();
    EvaluationResult result;
    try {
      result = new Evaluator(parser).evaluate(gold);
    } catch (IOException | UncheckedIOException e) {
      err.println("evaluate: cannot read gold file " + gold + ": " + describe(e));
      err.flush();
      return 2;
    }
    // The result prints to a PrintStream; render it in memory and hand it to picocli's writer so
    // that callers (and tests) can redirect the output with CommandLine.setOut.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      result.print(ps, showOk);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    if (by != null) {
      // The breakdown goes before the summary line, which stays last.
      ByteArrayOutputStream byBuffer = new ByteArrayOutputStream();
      try (PrintStream ps = new PrintStream(byBuffer, true, StandardCharsets.UTF_8)) {
        io.ogi.eval.Breakdown.of(gold, result, by).print(ps);
      } catch (IOException | RuntimeException e) {
        err.println("evaluate: cannot group by " + by + ": " + describe(e));
        err.flush();
        return 2;
      }
      String body = printed.stripTrailing();
      int cut = body.lastIndexOf('\n');
      printed = body.substring(0, cut + 1) + byBuffer.toString(StandardCharsets.UTF_8) + body.substring(cut + 1)
          + System.lineSeparator();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(printed);
    out.flush();
    if (json != null) {
      try {
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValue(json.toFile(), result.toJson());
      } catch (IOException e) {
        err.println("evaluate: cannot write " + json + ": " + describe(e));
        err.flush();
        return 2;
      }
    }
    if (minExactRatio != null) {
      double ratio = result.valueExactRatio();
      if (Double.isNaN(ratio) || ratio < minExactRatio) {
        err.println(
            String.format(
                Locale.ROOT,
                "evaluate: values exact ratio %s is below --min-exact-ratio %s",
                Double.isNaN(ratio)
                    ? "undefined (no gold values)"
                    : String.format(Locale.ROOT, "%.4f", ratio),
                minExactRatio));
        err.flush();
        return 1;
      }
    }
    return 0;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
