package io.ogi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores grouped by a field of the gold lines ({@code evaluate --by template}, {@code --by layout},
 * {@code --by year}): any top-level scalar of a gold line, including fields the gold format does not
 * define (a labeller's {@code layout} or {@code era}). Lines without the field fall in group "-".
 */
public final class Breakdown {

  /** Tallies of one group. */
  public static final class Group {
    int documents;
    int gold;
    int exact;
    int wrong;
    int missing;
    int fieldsGold;
    int fieldsExact;
    int ambiguousGold;
    int ambiguousFlagged;

    public int gold() {
      return gold;
    }

    public int exact() {
      return exact;
    }

    public int wrong() {
      return wrong;
    }

    public int missing() {
      return missing;
    }

    public int ambiguousGold() {
      return ambiguousGold;
    }

    public int ambiguousFlagged() {
      return ambiguousFlagged;
    }
  }

  private final String field;
  private final Map<String, Group> groups;

  private Breakdown(String field, Map<String, Group> groups) {
    this.field = field;
    this.groups = groups;
  }

  /** Groups the scores of {@code result} by {@code field} of the lines of {@code goldPath}. */
  public static Breakdown of(Path goldPath, EvaluationResult result, String field) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> groupOf = new HashMap<>();
    List<String> lines = Files.readAllLines(goldPath, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      JsonNode v = node.get(field);
      String g = v == null || v.isNull() || v.isContainerNode() ? "-" : v.asText();
      groupOf.put(node.get("file").asText(), g);
    }
    Map<String, Group> groups = new TreeMap<>();
    for (String file : groupOf.keySet()) {
      groups.computeIfAbsent(groupOf.get(file), k -> new Group()).documents++;
    }
    for (Comparison c : result.comparisons()) {
      Group g = groups.computeIfAbsent(groupOf.getOrDefault(c.file(), "-"), k -> new Group());
      if (c.field()) {
        g.fieldsGold++;
        g.fieldsExact += c.outcome() == Outcome.EXACT ? 1 : 0;
        continue;
      }
      g.gold++;
      switch (c.outcome()) {
        case EXACT -> g.exact++;
        case WRONG -> g.wrong++;
        default -> g.missing++;
      }
    }
    for (AmbiguityCheck a : result.ambiguityChecks()) {
      Group g = groups.computeIfAbsent(groupOf.getOrDefault(a.file(), "-"), k -> new Group());
      g.ambiguousGold++;
      g.ambiguousFlagged += a.flagged() ? 1 : 0;
    }
    return new Breakdown(field, groups);
  }

  /** The groups by name, sorted. */
  public Map<String, Group> groups() {
    return groups;
  }

  /** Prints one line per group: documents, values gold/exact/wrong/missing, exact %, fields, ambiguous. */
  public void print(PrintStream out) {
    out.println();
    out.println("by " + field + ":");
    out.println(String.format(Locale.ROOT, "%-22s %5s %7s %7s %6s %7s %7s %11s %11s",
        field, "docs", "gold", "exact", "wrong", "missing", "exact%", "fields", "ambiguous"));
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      out.println(String.format(Locale.ROOT, "%-22s %5d %7d %7d %6d %7d %7s %11s %11s",
          e.getKey(), g.documents, g.gold, g.exact, g.wrong, g.missing,
          g.gold == 0 ? "-" : String.format(Locale.ROOT, "%.2f", 100.0 * g.exact / g.gold),
          g.fieldsExact + "/" + g.fieldsGold, g.ambiguousFlagged + "/" + g.ambiguousGold));
    }
  }
}
