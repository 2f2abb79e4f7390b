package io.ogi.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generator's own list of administrative divisions, read as data from the gazetteer resource
 * files ({@code gazetteer/divisions.tsv}, {@code gazetteer/townships.tsv}); it shares no code with
 * the parser's place resolution.
 *
 * <p>Only divisions valid for the whole of a year are offered for that year (created before it,
 * abolished after it), so a report never names a division in the year it was renamed. Taiwan, Hong
 * Kong and Macao publish no such reports and are left out; county-level divisions administered
 * directly by a province (仙桃市) are left out too, so every county has a prefecture or belongs to
 * a municipality.
 */
final class Divisions {

  /** One division: {@code last} is 9999 while it still exists. */
  record Div(String code, String name, String level, String parent, String province, int first, int last) {
    boolean validIn(int year) {
      return first < year && year < last;
    }
  }

  static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");
  private static final Set<String> LEFT_OUT = Set.of("710000", "810000", "820000");

  final List<Div> provinces = new ArrayList<>();
  /** Every record of a code (a renamed division keeps its code: 襄樊市 → 襄阳市). */
  final Map<String, List<Div>> byCode = new HashMap<>();
  /** Prefectures by province code; counties by prefecture code (or municipality code). */
  final Map<String, List<Div>> children = new HashMap<>();
  /** Township names by county code (2023 lists: used for 2019 onward only). */
  final Map<String, List<String>> townships = new HashMap<>();

  private static Divisions instance;

  static synchronized Divisions load() {
    if (instance == null) {
      instance = new Divisions();
    }
    return instance;
  }

  private Divisions() {
    for (String[] f : rows("/gazetteer/divisions.tsv")) {
      if (f.length < 7 || LEFT_OUT.contains(f[4])) {
        continue;
      }
      int first = f[5].isEmpty() ? 0 : Integer.parseInt(f[5]);
      int last = f[6].isEmpty() ? 9999 : Integer.parseInt(f[6]);
      Div d = new Div(f[0], f[1], f[2], f[3], f[4], first, last);
      byCode.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
      switch (d.level()) {
        case "province" -> provinces.add(d);
        case "prefecture" -> children.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
        case "county" -> {
          if (!(d.name().endsWith("区") || d.name().endsWith("县") || d.name().endsWith("市") || d.name().endsWith("旗"))) {
            continue; // 中沙群岛的岛礁及其海域 and the like
          }
          boolean underProvince = d.parent().equals(d.province());
          if (!underProvince || MUNICIPALITIES.contains(d.province())) {
            children.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
          }
        }
        default -> { }
      }
    }
    Set<String> countyNames = new java.util.HashSet<>();
    for (List<Div> ds : byCode.values()) {
      for (Div d : ds) {
        if ("county".equals(d.level())) {
          countyNames.add(d.name());
        }
      }
    }
    for (String[] f : rows("/gazetteer/townships.tsv")) {
      // Townships, towns and sub-districts only (not development zones or farms), and not those
      // whose name starts with a county's name (城区街道: the parser's resolver reads 城区 as a
      // county; left out and reported).
      if (f.length >= 2 && f[0].length() >= 6 && (f[1].endsWith("镇") || f[1].endsWith("乡") || f[1].endsWith("街道"))
          && f[1].codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
          && !startsWithCounty(f[1], countyNames)) {
        townships.computeIfAbsent(f[0].substring(0, 6), k -> new ArrayList<>()).add(f[1]);
      }
    }
  }

  private static boolean startsWithCounty(String town, Set<String> countyNames) {
    for (int n = 2; n <= Math.min(6, town.length() - 1); n++) {
      if (countyNames.contains(town.substring(0, n))) {
        return true;
      }
    }
    return false;
  }

  /** The record of {@code code} valid in {@code year} (its name that year). */
  Div at(String code, int year) {
    List<Div> all = byCode.get(code);
    if (all == null) {
      return null;
    }
    for (Div d : all) {
      if (d.validIn(year)) {
        return d;
      }
    }
    return all.get(all.size() - 1);
  }

  /** Children valid in {@code year} (prefectures of a province, counties of a prefecture or municipality). */
  List<Div> childrenIn(Div parent, int year) {
    List<Div> out = new ArrayList<>();
    for (Div d : children.getOrDefault(parent.code(), List.of())) {
      // A county named like its prefecture (嘉峪关市 under 嘉峪关市) is the city itself.
      if (d.validIn(year) && !d.name().equals(parent.name())
          && (!"prefecture".equals(d.level()) || !children.getOrDefault(d.code(), List.of()).isEmpty())) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
