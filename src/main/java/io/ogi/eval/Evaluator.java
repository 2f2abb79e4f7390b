package io.ogi.eval;

import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores a parser against a gold file ({@code docs/gold-format.md}).
 *
 * <p>Each document is read from the gold file's folder and handed to the parser exactly as {@code
 * run} would hand it (path and raw bytes, still gzip-compressed if it is a {@code .gz}), so the
 * score says how the job does on that document.
 */
public final class Evaluator {

  /** The family name under which document fields are tallied. */
  public static final String META = "meta";

  /** Value families, in report order; other families found in a gold file are listed after. */
  public static final List<String> VALUE_FAMILIES =
      List.of("t2", "t3", "t4", "legacy", "proactive");

  /**
   * Two amounts are equal when they agree to 4 decimals: gold amounts are written with at most 4
   * (万元 to the yuan), and doubles parsed from text differ in the last bits.
   */
  static final double TOLERANCE = 0.00005;

  private final BiFunction<String, byte[], ParsedReport> parser;

  /**
   * @param parser the parser under test: path and raw bytes to report; production passes {@code
   *     new ReportParser()::parse}
   */
  public Evaluator(BiFunction<String, byte[], ParsedReport> parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /**
   * Reads a gold file and scores the parser on every document in it.
   *
   * @param goldPath the gold {@code .jsonl} file
   * @return the scores
   * @throws IOException when the gold file itself cannot be read or is malformed (a missing
   *     document is not an error: it is scored as missing and reported)
   */
  public EvaluationResult evaluate(Path goldPath) throws IOException {
    return evaluate(GoldFile.read(goldPath));
  }

  /**
   * Scores the parser on every document of an already-read gold file.
   *
   * @param gold the gold file
   * @return the scores
   */
  public EvaluationResult evaluate(GoldFile gold) {
    List<DocumentResult> documents = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    List<AmbiguityCheck> ambiguity = new ArrayList<>();
    for (GoldRecord record : gold.records()) {
      Path doc = gold.resolve(record);
      ParsedReport report = null;
      DocumentResult status;
      byte[] bytes = read(doc);
      if (bytes == null) {
        status = new DocumentResult(record.file(), DocumentResult.MISSING, "cannot read " + doc);
      } else {
        try {
          report = parser.apply(doc.toString(), bytes);
          status =
              report == null
                  ? new DocumentResult(record.file(), DocumentResult.ERROR, "parser returned null")
                  : new DocumentResult(record.file(), report.getStatus(), report.getReason());
        } catch (RuntimeException e) {
          // One bad document must not abort the scoring of the others; it scores as missing.
          report = null;
          status = new DocumentResult(record.file(), DocumentResult.ERROR, e.toString());
        }
      }
      documents.add(status);
      compareValues(record, report, comparisons);
      compareFields(record, report, comparisons);
      checkAmbiguous(record, report, ambiguity);
    }
    return new EvaluationResult(gold.path(), documents, comparisons, ambiguity);
  }

  private static byte[] read(Path doc) {
    try {
      return Files.readAllBytes(doc);
    } catch (IOException e) {
      return null;
    }
  }

  private static void compareValues(GoldRecord gold, ParsedReport report, List<Comparison> out) {
    for (Map.Entry<String, Double> e : gold.values().entrySet()) {
      double expected = e.getValue();
      ReportValue got = report == null ? null : report.value(e.getKey());
      int times = report == null ? 0 : timesRead(report, e.getKey());
      Outcome outcome;
      if (got == null) {
        outcome = Outcome.MISSING;
      } else if (times > 1) {
        outcome = Outcome.WRONG; // a value table would hold the number twice: sums would count it twice
      } else {
        outcome = Math.abs(got.value() - expected) < TOLERANCE ? Outcome.EXACT : Outcome.WRONG;
      }
      out.add(
          new Comparison(
              gold.file(),
              e.getKey(),
              false,
              outcome,
              formatNumber(expected),
              got == null ? null : formatNumber(got.value()) + (times > 1 ? " (read " + times + " times)" : "")));
    }
  }

  private static void compareFields(GoldRecord gold, ParsedReport report, List<Comparison> out) {
    for (Map.Entry<String, String> e : gold.labelledFields().entrySet()) {
      String expected = e.getValue();
      Outcome outcome;
      String got = null;
      if (report == null) {
        // An unread document: even a gold null is not confirmed by anything, so it is missing.
        outcome = Outcome.MISSING;
      } else {
        got = fieldOf(report, e.getKey());
        if (Objects.equals(expected, got)) {
          outcome = Outcome.EXACT; // includes gold null = parser null
        } else if (got == null) {
          outcome = Outcome.MISSING;
        } else {
          outcome = Outcome.WRONG; // includes gold null but parser gave a name
        }
      }
      out.add(
          new Comparison(
              gold.file(),
              e.getKey(),
              true,
              outcome,
              expected == null ? "null" : expected,
              got));
    }
  }

  /** The parser's value of a scored field, as text comparable with {@link GoldRecord#field}. */
  static String fieldOf(ParsedReport report, String name) {
    Place place = report.getPlace() == null ? Place.UNKNOWN : report.getPlace();
    return switch (name) {
      case "year" -> report.getYear() == null ? null : report.getYear().toString();
      case "province" -> place.province();
      case "prefecture" -> place.prefecture();
      case "county" -> place.county();
      case "level" -> place.level();
      case "issuer" -> report.getIssuer();
      case "department_type" -> report.getDepartmentType();
      case "scope" -> report.getScope();
      case "template" -> report.getTemplate();
      default -> throw new IllegalArgumentException("not a scored field: " + name);
    };
  }

  private static void checkAmbiguous(
      GoldRecord gold, ParsedReport report, List<AmbiguityCheck> out) {
    for (String prefix : gold.ambiguous()) {
      if (report == null) {
        out.add(new AmbiguityCheck(gold.file(), prefix, false, "document not parsed"));
        continue;
      }
      String emitted = emittedUnder(report, prefix);
      if (!flags(report.getAmbiguous(), prefix)) {
        out.add(new AmbiguityCheck(gold.file(), prefix, false, "not flagged"));
      } else if (emitted != null) {
        // Flagging and guessing anyway is still a guess: the value would reach the tables.
        out.add(
            new AmbiguityCheck(gold.file(), prefix, false, "flagged but emitted " + emitted));
      } else {
        out.add(new AmbiguityCheck(gold.file(), prefix, true, null));
      }
    }
  }

  /**
   * Whether the parser's ambiguous set covers a gold prefix: the same prefix, a narrower one
   * ({@code t4.review} for gold {@code t4}), or a wider one ({@code t4} for gold {@code t4.review}).
   */
  static boolean flags(Set<String> parserAmbiguous, String prefix) {
    for (String e : parserAmbiguous) {
      if (e.equals(prefix) || e.startsWith(prefix + ".") || prefix.startsWith(e + ".")) {
        return true;
      }
    }
    return false;
  }

  /** How many of the report's values have {@code key}: one for a value read right. */
  private static int timesRead(ParsedReport report, String key) {
    int n = 0;
    for (ReportValue v : report.getValues()) {
      if (v.key().equals(key)) {
        n++;
      }
    }
    return n;
  }

  /** The first emitted key equal to or under {@code prefix}, or {@code null}. */
  private static String emittedUnder(ParsedReport report, String prefix) {
    for (ReportValue v : report.getValues()) {
      if (v.key().equals(prefix) || v.key().startsWith(prefix + ".")) {
        return v.key();
      }
    }
    return null;
  }

  /** A number as a person writes it: {@code 20} not {@code 20.0}, {@code 49533.4728}. */
  static String formatNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
