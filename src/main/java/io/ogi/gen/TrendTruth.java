package io.ogi.gen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The trend tables a correct job must write for the generated corpus, computed from each readable
 * document's gold values by the rules of {@code docs/data-dictionary.md} ("How sums and rates are
 * computed", "Legacy mapping"), written again here from the documentation, not taken from the job.
 *
 * <p>Counted: documents whose expected status is {@code parsed} or {@code partial}. A document that
 * contradicts itself counts with the numbers it prints (the parser keeps them and flags the
 * document), and in {@code reports_flagged}. Unreadable documents and duplicates count nowhere.
 */
final class TrendTruth {

  /** Summed measures in table order, each with its 2019-template key and legacy key (null: none). */
  static final String[][] SUMS = {
    {"new_applications", "t3.new.total", "legacy.received"},
    {"carried_over", "t3.carried.total", null},
    {"results", "t3.results.total", null},
    {"granted", "t3.granted.total", "legacy.granted"},
    {"partial", "t3.partial.total", "legacy.partial"},
    {"denied", "t3.denied.total", "legacy.denied"},
    {"unable", "t3.unable.total", null},
    {"not_processed", "t3.not_processed.total", null},
    {"other", "t3.other.total", null},
    {"carried_forward", "t3.carried_forward.total", null},
    {"review_total", "t4.review.total", "legacy.review"},
    {"review_corrected", "t4.review.corrected", "legacy.review.corrected"},
    {"review_pending", "t4.review.pending", null},
    {"lit_direct_total", "t4.lit_direct.total", null},
    {"lit_direct_corrected", "t4.lit_direct.corrected", null},
    {"lit_direct_pending", "t4.lit_direct.pending", null},
    {"lit_after_review_total", "t4.lit_after_review.total", null},
    {"lit_after_review_corrected", "t4.lit_after_review.corrected", null},
    {"lit_after_review_pending", "t4.lit_after_review.pending", null},
    {"lit_total", null, "legacy.litigation"},
    {"lit_corrected", null, "legacy.litigation.corrected"},
  };

  /** Rates: name, numerator measures, denominator measure, measure subtracted from it. */
  record Rate(String name, String[] num, String den, String minus) {}

  static final Rate[] RATES = {
    new Rate("disclosure_rate", new String[] {"granted", "partial"}, "results", null),
    new Rate("full_disclosure_rate", new String[] {"granted"}, "results", null),
    new Rate("denial_rate", new String[] {"denied"}, "results", null),
    new Rate("unable_rate", new String[] {"unable"}, "results", null),
    new Rate("not_processed_rate", new String[] {"not_processed"}, "results", null),
    new Rate("review_correction_rate", new String[] {"review_corrected"}, "review_total", "review_pending"),
    new Rate("lit_direct_correction_rate", new String[] {"lit_direct_corrected"}, "lit_direct_total", "lit_direct_pending"),
    new Rate("lit_after_review_correction_rate", new String[] {"lit_after_review_corrected"}, "lit_after_review_total",
        "lit_after_review_pending"),
  };

  /** Column order of the trend tables (after the grouping columns), as in the data dictionary. */
  static final List<String> MEASURE_COLUMNS = List.of(
      "reports", "agencies", "reports_partial", "reports_flagged", "reports_prose_derived",
      "new_applications", "carried_over", "results", "granted", "partial", "denied", "unable", "not_processed",
      "other", "carried_forward", "disclosure_rate", "full_disclosure_rate", "denial_rate", "unable_rate",
      "not_processed_rate", "review_total", "review_corrected", "review_pending", "review_correction_rate",
      "lit_direct_total", "lit_direct_corrected", "lit_direct_pending", "lit_direct_correction_rate",
      "lit_after_review_total", "lit_after_review_corrected", "lit_after_review_pending",
      "lit_after_review_correction_rate", "lit_total", "lit_corrected");

  private static final class Acc {
    long reports;
    long partial;
    long flagged;
    long prose;
    final Set<Long> agencies = new HashSet<>();
    final Map<String, Long> sums = new LinkedHashMap<>();
    final Map<String, long[]> rates = new LinkedHashMap<>(); // num, den, reports
  }

  /**
   * Carried counts of one counted report, for the job's cross-year warning: an agency's 上年结转 of
   * year Y that differs from its 结转下年度 of Y−1 (same name and division code) flags the year-Y
   * report, which then counts in {@code reports_flagged}.
   */
  private record Carried(Long carried, Long carriedForward, boolean flagged, List<Object> pk, List<Object> nk) {}

  private final Map<String, List<Carried>> carriedByAgencyYear = new java.util.HashMap<>();

  private final Map<List<Object>, Acc> province = new TreeMap<>(TrendTruth::compareKeys);
  private final Map<List<Object>, Acc> national = new TreeMap<>(TrendTruth::compareKeys);

  /** Adds a document (only parsed or partial ones count). */
  void add(Doc d) {
    String status = d.expectedStatus();
    if (!status.equals("parsed") && !status.equals("partial")) {
      return;
    }
    Map<String, Long> m = measures(d);
    List<Object> pk = new ArrayList<>(List.of(d.year, nz(d.organ.province()), d.scope, d.template()));
    List<Object> nk = new ArrayList<>(List.of(d.year, d.scope, d.template()));
    if (m.get("carried_over") != null || m.get("carried_forward") != null) {
      carriedByAgencyYear
          .computeIfAbsent(d.organ.name() + "|" + d.organ.divisionCode() + "|" + d.year, k -> new ArrayList<>())
          .add(new Carried(m.get("carried_over"), m.get("carried_forward"), d.expectFlagged(), pk, nk));
    }
    for (Acc a : List.of(province.computeIfAbsent(pk, k -> new Acc()), national.computeIfAbsent(nk, k -> new Acc()))) {
      a.reports++;
      a.partial += status.equals("partial") ? 1 : 0;
      a.flagged += d.expectFlagged() ? 1 : 0;
      a.prose += d.tablesMissing() ? 1 : 0;
      a.agencies.add(hash(d.organ.name() + "|" + d.organ.divisionCode()));
      m.forEach((k, v) -> {
        if (v != null) {
          a.sums.merge(k, v, Long::sum);
        }
      });
      for (Rate r : RATES) {
        Long den = m.get(r.den());
        Long minus = r.minus() == null ? Long.valueOf(0) : m.get(r.minus());
        Long num = 0L;
        for (String n : r.num()) {
          Long v = m.get(n);
          num = num == null || v == null ? null : num + v;
        }
        if (den != null && minus != null && num != null) {
          long[] acc = a.rates.computeIfAbsent(r.name(), k -> new long[3]);
          acc[0] += num;
          acc[1] += den - minus;
          acc[2]++;
        }
      }
    }
  }

  /** One document's measures from its printed values; a measure it does not have is null. */
  static Map<String, Long> measures(Doc d) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String[] s : SUMS) {
      String key = d.legacy ? s[2] : s[1];
      m.put(s[0], key == null ? null : count(d.values.containsKey(key) ? d.values.get(key) : d.blankValues.get(key)));
    }
    if (!d.legacy) {
      m.put("lit_total", plus(m.get("lit_direct_total"), m.get("lit_after_review_total")));
      m.put("lit_corrected", plus(m.get("lit_direct_corrected"), m.get("lit_after_review_corrected")));
    }
    return m;
  }

  private static Long count(Object v) {
    return v instanceof Long l ? l : null;
  }

  private static Long plus(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }

  /** Adds to {@code reports_flagged} the reports only the cross-year warning flags (once, before writing). */
  private void flagCrossYearMismatches() {
    for (Map.Entry<String, List<Carried>> e : carriedByAgencyYear.entrySet()) {
      String key = e.getKey();
      int cut = key.lastIndexOf('|');
      int year = Integer.parseInt(key.substring(cut + 1));
      List<Carried> previous = carriedByAgencyYear.get(key.substring(0, cut + 1) + (year - 1));
      if (previous == null) {
        continue;
      }
      for (Carried c : e.getValue()) {
        boolean mismatch = false;
        for (Carried p : previous) {
          mismatch |= c.carried() != null && p.carriedForward() != null && !c.carried().equals(p.carriedForward());
        }
        if (mismatch && !c.flagged()) {
          province.get(c.pk()).flagged++;
          national.get(c.nk()).flagged++;
        }
      }
    }
    carriedByAgencyYear.clear();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    flagCrossYearMismatches();
    write(dir.resolve("trends_province_year.csv"), List.of("year", "province", "scope", "template"), province);
    write(dir.resolve("trends_national_year.csv"), List.of("year", "scope", "template"), national);
  }

  private static void write(Path file, List<String> groups, Map<List<Object>, Acc> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> head = new ArrayList<>(groups);
      head.addAll(MEASURE_COLUMNS);
      w.write(String.join(",", head));
      w.write('\n');
      for (Map.Entry<List<Object>, Acc> e : rows.entrySet()) {
        List<String> f = new ArrayList<>();
        for (Object o : e.getKey()) {
          f.add(String.valueOf(o));
        }
        Acc a = e.getValue();
        for (String c : MEASURE_COLUMNS) {
          f.add(cell(a, c));
        }
        w.write(String.join(",", f));
        w.write('\n');
      }
    }
  }

  private static String cell(Acc a, String c) {
    switch (c) {
      case "reports":
        return Long.toString(a.reports);
      case "agencies":
        return Long.toString(a.agencies.size());
      case "reports_partial":
        return Long.toString(a.partial);
      case "reports_flagged":
        return Long.toString(a.flagged);
      case "reports_prose_derived":
        return Long.toString(a.prose);
      default:
        break;
    }
    for (Rate r : RATES) {
      if (r.name().equals(c)) {
        long[] acc = a.rates.get(c);
        return acc == null || acc[1] <= 0 ? "" : Double.toString((double) acc[0] / (double) acc[1]);
      }
    }
    Long v = a.sums.get(c);
    return v == null ? "" : Long.toString(v);
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
