package io.ogi.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ogi.model.ParsedReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scores of one evaluation: every comparison, their tallies, and the report {@code evaluate}
 * prints. Immutable; all tallies are derived from the comparison lists so they cannot disagree.
 */
public final class EvaluationResult {

  /** Document statuses always shown in the header, in this order; others follow. */
  private static final List<String> STATUSES =
      List.of(
          ParsedReport.STATUS_PARSED,
          ParsedReport.STATUS_PARTIAL,
          ParsedReport.STATUS_REJECTED,
          ParsedReport.STATUS_DUPLICATE,
          DocumentResult.MISSING,
          DocumentResult.ERROR);

  private final Path goldPath;
  private final List<DocumentResult> documents;
  private final List<Comparison> comparisons;
  private final List<AmbiguityCheck> ambiguity;

  /**
   * @param goldPath the gold file scored
   * @param documents one result per gold line, in gold order
   * @param comparisons every value and field comparison, in gold order
   * @param ambiguity every gold ambiguous prefix checked, in gold order
   */
  public EvaluationResult(
      Path goldPath,
      List<DocumentResult> documents,
      List<Comparison> comparisons,
      List<AmbiguityCheck> ambiguity) {
    this.goldPath = goldPath;
    this.documents = List.copyOf(documents);
    this.comparisons = List.copyOf(comparisons);
    this.ambiguity = List.copyOf(ambiguity);
  }

  /** The gold file scored. */
  public Path goldPath() {
    return goldPath;
  }

  /** One result per gold line, in gold order. */
  public List<DocumentResult> documents() {
    return documents;
  }

  /** Documents per status; always has the keys parsed, partial, rejected, duplicate, missing, error. */
  public Map<String, Integer> statusCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    STATUSES.forEach(s -> out.put(s, 0));
    for (DocumentResult d : documents) {
      out.merge(String.valueOf(d.status()), 1, Integer::sum);
    }
    return out;
  }

  /** Gold documents whose file could not be read (all their gold counts as missing). */
  public List<String> missingDocuments() {
    return documents.stream()
        .filter(d -> DocumentResult.MISSING.equals(d.status()))
        .map(DocumentResult::file)
        .toList();
  }

  /** Every comparison, exact ones included, in gold order. */
  public List<Comparison> comparisons() {
    return comparisons;
  }

  /** The wrong or missing comparisons (values and fields), in gold order. */
  public List<Comparison> mismatches() {
    return comparisons.stream().filter(c -> c.outcome() != Outcome.EXACT).toList();
  }

  /** Tallies over all value keys. */
  public Counts values() {
    return tally(false);
  }

  /** Tallies over all labelled document fields. */
  public Counts fields() {
    return tally(true);
  }

  /**
   * Tallies per family: {@code t2 t3 t4 legacy proactive} (always present), any other family met in
   * the gold (sorted), then {@code meta} for the document fields.
   */
  public Map<String, Counts> byFamily() {
    Map<String, Counts> out = new LinkedHashMap<>();
    Evaluator.VALUE_FAMILIES.forEach(f -> out.put(f, Counts.ZERO));
    TreeSet<String> others = new TreeSet<>();
    for (Comparison c : comparisons) {
      if (!c.field() && !out.containsKey(c.family())) {
        others.add(c.family());
      }
    }
    others.forEach(f -> out.put(f, Counts.ZERO));
    out.put(Evaluator.META, Counts.ZERO);
    for (Comparison c : comparisons) {
      out.merge(c.family(), Counts.ZERO.plus(c.outcome()), Counts::plus);
    }
    return out;
  }

  /** Tallies per document field, in {@link GoldRecord#FIELDS} order (all fields present). */
  public Map<String, Counts> byField() {
    Map<String, Counts> out = new LinkedHashMap<>();
    GoldRecord.FIELDS.forEach(f -> out.put(f, Counts.ZERO));
    for (Comparison c : comparisons) {
      if (c.field()) {
        out.merge(c.key(), Counts.ZERO.plus(c.outcome()), Counts::plus);
      }
    }
    return out;
  }

  /**
   * For one place field: how its labelled comparisons split between right answers, wrong names and
   * "unknown".
   *
   * @param gold labelled comparisons (gold names a place, or gold null = none applies or nothing in
   *     the text decides)
   * @param exact parser agrees (also null = null)
   * @param wrongOther gold names a place, the parser named another: "unknown" would have cost less
   * @param wrongForUnknown gold null, the parser named a place: "unknown" would have been right
   * @param unknown gold names a place, the parser said null (counted as missing, never as wrong)
   */
  public record PlaceSplit(
      String field, int gold, int exact, int wrongOther, int wrongForUnknown, int unknown) {

    /** The line {@code evaluate} prints for the field. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "%-12s gold=%d exact=%d wrong=%d (other place=%d, where unknown was right=%d) unknown=%d",
          field, gold, exact, wrongOther + wrongForUnknown, wrongOther, wrongForUnknown, unknown);
    }
  }

  /** The wrong-versus-unknown split of each place field, in {@link GoldRecord#PLACE_FIELDS} order. */
  public List<PlaceSplit> placeSplits() {
    List<PlaceSplit> out = new ArrayList<>();
    for (String f : GoldRecord.PLACE_FIELDS) {
      int gold = 0;
      int exact = 0;
      int other = 0;
      int forUnknown = 0;
      int unknown = 0;
      for (Comparison c : comparisons) {
        if (!c.field() || !c.key().equals(f)) {
          continue;
        }
        gold++;
        boolean goldNull = "null".equals(c.gold());
        if (c.outcome() == Outcome.EXACT) {
          exact++;
        } else if (c.got() == null) {
          unknown++;
        } else if (goldNull) {
          forUnknown++;
        } else {
          other++;
        }
      }
      out.add(new PlaceSplit(f, gold, exact, other, forUnknown, unknown));
    }
    return out;
  }

  /** Every gold ambiguous prefix with whether it was flagged. */
  public List<AmbiguityCheck> ambiguityChecks() {
    return ambiguity;
  }

  /** Gold ambiguous prefixes the parser did not flag, or flagged but still emitted values for. */
  public List<AmbiguityCheck> unflagged() {
    return ambiguity.stream().filter(a -> !a.flagged()).toList();
  }

  /** Number of gold ambiguous prefixes. */
  public int ambiguousGold() {
    return ambiguity.size();
  }

  /** Number of gold ambiguous prefixes flagged without a value emitted under them. */
  public int ambiguousFlagged() {
    return (int) ambiguity.stream().filter(AmbiguityCheck::flagged).count();
  }

  /** {@code exact / gold} over values, or {@code NaN} when the gold has no values. */
  public double valueExactRatio() {
    return values().exactRatio();
  }

  /**
   * The last line of the report, which other tools parse:
   *
   * <p>{@code evaluate: values gold=<n> exact=<n> wrong=<n> missing=<n> | fields gold=<n> exact=<n>
   * wrong=<n> missing=<n> | ambiguous gold=<n> flagged=<n>}
   */
  public String summaryLine() {
    Counts v = values();
    Counts f = fields();
    return "evaluate: values gold=" + v.gold() + " exact=" + v.exact() + " wrong=" + v.wrong()
        + " missing=" + v.missing() + " | fields gold=" + f.gold() + " exact=" + f.exact()
        + " wrong=" + f.wrong() + " missing=" + f.missing() + " | ambiguous gold="
        + ambiguousGold() + " flagged=" + ambiguousFlagged();
  }

  /** Prints the report without exact matches; see {@link #print(PrintStream, boolean)}. */
  public void print(PrintStream out) {
    print(out, false);
  }

  /**
   * Prints the report: document statuses, the family and field tables, every wrong or missing value
   * and field as {@code file key gold=… got=…}, unflagged ambiguous prefixes, and last {@link
   * #summaryLine()}.
   *
   * @param out where to print
   * @param showOk also list the exact matches (in their own section, so that the mismatch section
   *     stays grep-able)
   */
  public void print(PrintStream out, boolean showOk) {
    out.println("evaluate: gold " + goldPath + " (" + documents.size() + " documents)");
    StringBuilder status = new StringBuilder("documents:");
    statusCounts().forEach((k, n) -> status.append(' ').append(k).append('=').append(n));
    out.println(status);
    // Name the documents that scored nothing, and why: a low score is often one bad file.
    for (DocumentResult d : documents) {
      if (d.unread() || ParsedReport.STATUS_REJECTED.equals(d.status())) {
        out.println("  " + d.status() + ": " + d.file() + " (" + d.reason() + ")");
      }
    }
    out.println();
    printTable(out, "family", byFamily());
    out.println();
    printTable(out, "field", byField());
    out.println();
    out.println("place fields, wrong versus unknown (a null answer to a labelled place is missing, not wrong):");
    placeSplits().forEach(p -> out.println(p.line()));
    printSection(out, "values wrong or missing:", lines(false, false));
    printSection(out, "fields wrong or missing:", lines(true, false));
    printSection(
        out, "ambiguous not flagged:", unflagged().stream().map(AmbiguityCheck::line).toList());
    if (showOk) {
      printSection(out, "values exact:", lines(false, true));
      printSection(out, "fields exact:", lines(true, true));
    }
    out.println(summaryLine());
  }

  /**
   * The result as JSON, for dashboards and diffs between runs: totals, per-family and per-field
   * tallies, documents, mismatches and unflagged ambiguous prefixes.
   */
  public ObjectNode toJson() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("gold", String.valueOf(goldPath));
    root.set("documents_by_status", m.valueToTree(statusCounts()));
    root.set("values", m.valueToTree(values()));
    root.set("fields", m.valueToTree(fields()));
    ObjectNode amb = root.putObject("ambiguous");
    amb.put("gold", ambiguousGold());
    amb.put("flagged", ambiguousFlagged());
    root.set("families", m.valueToTree(byFamily()));
    root.set("by_field", m.valueToTree(byField()));
    root.set("place_splits", m.valueToTree(placeSplits()));
    root.set("documents", m.valueToTree(documents));
    root.set("mismatches", m.valueToTree(mismatches()));
    ArrayNode un = root.putArray("ambiguous_not_flagged");
    unflagged().forEach(a -> un.add(m.valueToTree(a)));
    root.put("summary", summaryLine());
    return root;
  }

  private Counts tally(boolean field) {
    Counts c = Counts.ZERO;
    for (Comparison x : comparisons) {
      if (x.field() == field) {
        c = c.plus(x.outcome());
      }
    }
    return c;
  }

  private List<String> lines(boolean field, boolean exact) {
    List<String> out = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (c.field() == field && (c.outcome() == Outcome.EXACT) == exact) {
        out.add(c.line());
      }
    }
    return out;
  }

  private static void printSection(PrintStream out, String title, List<String> lines) {
    out.println();
    out.println(title + (lines.isEmpty() ? " none" : ""));
    lines.forEach(out::println);
  }

  private static void printTable(PrintStream out, String title, Map<String, Counts> rows) {
    String fmt = "%-12s %7s %7s %7s %7s %7s%n";
    out.printf(Locale.ROOT, fmt, title, "gold", "exact", "wrong", "missing", "exact%");
    for (Map.Entry<String, Counts> e : rows.entrySet()) {
      Counts c = e.getValue();
      double r = c.exactRatio();
      out.printf(
          Locale.ROOT,
          fmt,
          e.getKey(),
          c.gold(),
          c.exact(),
          c.wrong(),
          c.missing(),
          Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * r));
    }
  }
}
