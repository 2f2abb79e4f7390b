package io.ogi.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The division gazetteer: provinces, prefectures and counties valid since 2008 with their names
 * per year, 2023 townships, telephone area codes and postal zones.
 *
 * <p>Loaded once, lazily, from the classpath resources under {@code /gazetteer/} that {@code
 * scripts/build_gazetteer.py} generates; immutable afterwards, so safe to share between threads.
 * Lookups that take a {@code year} return only names valid in that year; a null year accepts
 * every year.
 */
public final class Gazetteer {

  private static final String BASE = "/gazetteer/";

  // Initialization-on-demand holder: the JVM guarantees a single, thread-safe, lazy load.
  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private final Map<String, List<Division>> byCode = new HashMap<>();
  private final Map<String, List<Division>> byName = new HashMap<>();
  private final Map<String, List<Division>> byShortName = new HashMap<>();
  private final Map<String, List<Division>> childrenByParent = new HashMap<>();
  private final Map<String, List<Township>> townshipsByName = new HashMap<>();
  private final Map<String, List<String>> areaCodes2010 = new HashMap<>();
  private final Map<String, List<String>> areaCodesCurrent = new HashMap<>();
  private final Map<String, String> postalZoneProvince = new HashMap<>();
  private final Map<String, List<String>> postalZonePrefectures = new HashMap<>();
  private final Map<String, Set<String>> postOfficeCounties = new HashMap<>();
  private NameTrie names;
  private NameTrie textNames;
  /** {@link #textNames} written backwards, for {@link #textNamesAt}. */
  private NameTrie textNameEnds;

  private Gazetteer() {}

  /**
   * The shared gazetteer, loaded from the classpath on first use.
   *
   * @throws UncheckedIOException if the resources are missing or unreadable (a packaging bug)
   */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * Divisions with this full name valid in {@code year} (鼓楼区 → four counties).
   *
   * @return matching records, empty for an unknown name, null or a name not valid that year
   *     (襄樊市 in 2015)
   */
  public List<Division> byName(String fullName, Integer year) {
    return filter(byName.get(fullName), year);
  }

  /**
   * Divisions whose short name ({@code 温州} for 温州市, {@code 广西} for 广西壮族自治区) is {@code
   * shortName}, valid in {@code year}. Short names clash (朝阳 → 朝阳市, 朝阳县, two 朝阳区): the
   * caller must decide between them.
   *
   * @return matching records, empty for unknown or null input
   */
  public List<Division> byShortName(String shortName, Integer year) {
    return filter(byShortName.get(shortName), year);
  }

  /**
   * Whether {@code text[from, to)}, two characters or more, is a full or a short name of any year:
   * {@code !byName(w, null).isEmpty() || !byShortName(w, null).isEmpty()} for that word {@code w}.
   * Most words asked about are none (the words of a table's header row, 信息内容 本年新制作数量…):
   * their first two characters, looked up in {@link #placeWordPairs}, turn them down without the
   * string or the two maps.
   */
  boolean isPlaceWord(char[] text, int from, int to) {
    int bit = placeWordPair(text[from], text[from + 1]);
    if ((placeWordPairs[bit >>> 6] & (1L << bit)) == 0) {
      return false;
    }
    String w = new String(text, from, to - from);
    return byName.containsKey(w) || byShortName.containsKey(w);
  }

  private static int placeWordPair(char a, char b) {
    return ((a * 0x9E3779B1) ^ b) * 0x85EBCA6B >>> (32 - PLACE_WORD_PAIR_BITS);
  }

  private static final int PLACE_WORD_PAIR_BITS = 16;

  /**
   * A filter of the first two characters of the keys of {@link #byName} and {@link #byShortName},
   * one bit per hashed pair: a clear bit is certain, a set bit may be another pair's.
   */
  private final long[] placeWordPairs = new long[1 << (PLACE_WORD_PAIR_BITS - 6)];

  /**
   * The record of {@code code} valid in {@code year}.
   *
   * @return that record; the latest record of the code when none is valid that year or the year
   *     is null (a code used out of its years still names a place); empty for an unknown code
   */
  public Optional<Division> byCode(String code, Integer year) {
    List<Division> all = byCode.get(code);
    if (all == null || all.isEmpty()) {
      return Optional.empty();
    }
    if (year != null) {
      for (Division d : all) {
        if (d.validIn(year)) {
          return Optional.of(d);
        }
      }
    }
    return all.stream().max(Comparator.comparingInt(Division::firstYear));
  }

  /**
   * Direct children of {@code code} valid in {@code year}: a province's prefectures and the
   * counties it administers directly, a prefecture's counties.
   *
   * @return the children; empty for a county, an unknown code or null
   */
  public List<Division> children(String code, Integer year) {
    return filter(childrenByParent.get(code), year);
  }

  /**
   * The parent record of {@code d} in {@code year}.
   *
   * @return the parent; empty for a province
   */
  public Optional<Division> parent(Division d, Integer year) {
    return d.parentCode() == null ? Optional.empty() : byCode(d.parentCode(), year);
  }

  /**
   * Prefectures a telephone area code served ({@code 0577} → 温州市). Up to 2012 the 2010 table
   * is preferred (024 was then only 沈阳市; 铁岭 and 抚顺 joined later), falling back to the current
   * libphonenumber table; from 2013, or when the year is null, the union of both tables.
   *
   * @param areaCode with its leading zero ({@code 0577}, {@code 025})
   * @return prefecture records (a municipality or a province-administered city gives its
   *     province record); empty for an unknown code or null
   */
  public List<Division> prefecturesForAreaCode(String areaCode, Integer year) {
    List<String> codes;
    if (year != null && year <= 2012) {
      codes = areaCodes2010.getOrDefault(areaCode, areaCodesCurrent.get(areaCode));
    } else {
      // both tables: the current one misses some cities that share a code (0775: 玉林 and 贵港),
      // and a code that names two cities must not decide for one of them
      Set<String> both = new LinkedHashSet<>(areaCodesCurrent.getOrDefault(areaCode, List.of()));
      both.addAll(areaCodes2010.getOrDefault(areaCode, List.of()));
      codes = both.isEmpty() ? null : new ArrayList<>(both);
    }
    return resolveCodes(codes, year);
  }

  /** Whether {@code areaCode} is a known telephone area code in either table. */
  public boolean isAreaCode(String areaCode) {
    return areaCodesCurrent.containsKey(areaCode) || areaCodes2010.containsKey(areaCode);
  }

  /**
   * Prefectures of a postal code's 3-digit zone (325009 → 温州市), per the county postcodes of
   * about 2010.
   *
   * @param postcode six digits, or just the 3-digit zone
   * @return prefecture records; empty for an unknown zone, a zone spanning prefectures of no
   *     record, a municipality (its zone names only the province) or malformed input
   */
  public List<Division> prefecturesForPostcode(String postcode, Integer year) {
    String zone = zone(postcode);
    return zone == null ? List.of() : resolveCodes(postalZonePrefectures.get(zone), year);
  }

  /**
   * Whether a postcode's first four digits (its county post office) belong to the county {@code
   * code} (154100 → 230402…230407, the districts of 鹤岗市), per the county postcodes of about 2010.
   */
  public boolean postOfficeServes(String postcode, String code) {
    if (postcode == null || postcode.length() < 4) {
      return false;
    }
    Set<String> counties = postOfficeCounties.get(postcode.substring(0, 4));
    return counties != null && counties.contains(code);
  }

  /**
   * The province of a postal code's 3-digit zone (325009 → 浙江省).
   *
   * @return the province; empty for an unknown zone (a few zones straddling provinces are left
   *     out on purpose) or malformed input
   */
  public Optional<Division> provinceForPostcode(String postcode, Integer year) {
    String zone = zone(postcode);
    String prov = zone == null ? null : postalZoneProvince.get(zone);
    return prov == null ? Optional.empty() : byCode(prov, year);
  }

  /**
   * Townships (2023) with this full name: 城关镇 names 88 of them.
   *
   * @return matching townships, empty for unknown names or null
   */
  public List<Township> townshipsByName(String name) {
    List<Township> t = name == null ? null : townshipsByName.get(name);
    return t == null ? List.of() : t;
  }

  /**
   * Length of the longest full division name (of any year) starting at {@code from} in {@code
   * text}; check its validity with {@link #byName}.
   *
   * @return the length, 0 when none starts there
   */
  public int longestNameAt(CharSequence text, int from) {
    return names.longestMatch(text, from);
  }

  /**
   * Like {@link #longestNameAt} but only for names safe to find in free text: names of three or
   * more characters (two-character names such as 和县, 成县, 新县 occur inside ordinary phrases:
   * "乡镇和县直部门", "形成县级…"), and never 城区, 郊区, 矿区.
   *
   * @return the length, 0 when none starts there
   */
  public int longestTextNameAt(CharSequence text, int from) {
    return textNames.longestMatch(text, from);
  }

  /** {@link #longestNameAt} over a character array. */
  int longestNameAt(char[] text, int from) {
    return names.longestMatch(text, from);
  }

  private static final int[] NO_STARTS = new int[0];

  /** Whether {@code c} is the last character of a name of {@link #longestTextNameAt}. */
  boolean mayEndTextName(char c) {
    return textNameEnds.mayEnd(c);
  }

  /**
   * The names of {@link #longestTextNameAt} in {@code text}: at each position where one starts,
   * ascending, that position and the length of the longest name starting there, as {@code
   * [start, length, start, length, …]} (the lengths {@code longestTextNameAt(text, start)} gives;
   * every other position gives 0).
   *
   * <p>Found from the names' ends, not by a lookup at every position: the names end with one of
   * a few characters (区, 县, 市, 州, 旗, 省 and a handful more), rare in a report, and at each of
   * those the names ending there are read backwards ({@link NameTrie#lengthsEndingAt}). Every
   * name starting somewhere ends somewhere, so the same names are found, and the longest of those
   * starting at a position is the one the forward lookup gives.
   */
  int[] textNamesAt(char[] text) {
    Starts s = new Starts();
    for (int end = 0; end < text.length; end++) {
      if (textNameEnds.mayEnd(text[end])) {
        s.addEndingAt(text, end);
      }
    }
    return s.get();
  }

  /**
   * {@link #textNamesAt(char[])} when the places where the names may end are known already:
   * {@code ends[0, count)}, ascending, holding every position of {@code text} whose character
   * passes {@link #mayEndTextName} (others, where no name ends, may be among them).
   */
  int[] textNamesAt(char[] text, int[] ends, int count) {
    Starts s = new Starts();
    for (int k = 0; k < count; k++) {
      s.addEndingAt(text, ends[k]);
    }
    return s.get();
  }

  /** The starts and longest lengths of the names found by their ends, kept ascending by start. */
  private final class Starts {
    private int[] found = NO_STARTS; // start, length, start, length…
    private int count; // of the ints used

    void addEndingAt(char[] text, int end) {
      int lengths = textNameEnds.lengthsEndingAt(text, end);
      while (lengths != 0) {
        int length = Integer.numberOfTrailingZeros(lengths);
        int start = end + 1 - length;
        lengths &= lengths - 1;
        // insertion into the sorted starts: they come nearly in order (those of one end
        // backwards, the next end's after them but for a longer name reaching back past them)
        int at = count;
        while (at > 0 && found[at - 2] > start) {
          at -= 2;
        }
        if (at > 0 && found[at - 2] == start) {
          found[at - 1] = Math.max(found[at - 1], length);
          continue;
        }
        if (count == found.length) {
          found = java.util.Arrays.copyOf(found, Math.max(16, count * 2));
        }
        System.arraycopy(found, at, found, at + 2, count - at);
        found[at] = start;
        found[at + 1] = length;
        count += 2;
      }
    }

    int[] get() {
      return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }
  }

  private static String zone(String postcode) {
    if (postcode == null || postcode.length() < 3) {
      return null;
    }
    String z = postcode.substring(0, 3);
    return z.chars().allMatch(Character::isDigit) ? z : null;
  }

  private List<Division> resolveCodes(List<String> codes, Integer year) {
    if (codes == null) {
      return List.of();
    }
    List<Division> out = new ArrayList<>(codes.size());
    for (String c : codes) {
      byCode(c, year).ifPresent(out::add);
    }
    return out;
  }

  private static List<Division> filter(List<Division> all, Integer year) {
    if (all == null) {
      return List.of();
    }
    if (year == null) {
      return all;
    }
    List<Division> out = new ArrayList<>(all.size());
    for (Division d : all) {
      if (d.validIn(year)) {
        out.add(d);
      }
    }
    return out;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    Set<String> allNames = new LinkedHashSet<>();
    readTsv(
        "divisions.tsv",
        f -> {
          int last = f[6].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(f[6]);
          List<String> succ =
              f.length > 7 && !f[7].isEmpty() ? List.of(f[7].split(";")) : List.of();
          Division d =
              new Division(
                  f[0],
                  f[1],
                  f[2],
                  f[3].isEmpty() ? null : f[3],
                  f[4],
                  Integer.parseInt(f[5]),
                  last,
                  succ);
          g.byCode.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
          g.byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
          String s = ShortNames.of(d.name());
          if (!s.equals(d.name())) {
            g.byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
          }
          if (d.parentCode() != null) {
            g.childrenByParent.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
          }
          allNames.add(d.name());
        });
    readTsv(
        "townships.tsv",
        f -> {
          Township t = new Township(f[0], f[1], f[0].substring(0, 6));
          g.townshipsByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
        });
    readTsv(
        "areacodes.tsv",
        f -> {
          Map<String, List<String>> m = "2010".equals(f[2]) ? g.areaCodes2010 : g.areaCodesCurrent;
          m.put(f[0], List.of(f[1].split(";")));
        });
    readTsv(
        "postcodes.tsv",
        f -> {
          g.postalZoneProvince.put(f[0], f[1]);
          if (f.length > 2 && !f[2].isEmpty()) {
            g.postalZonePrefectures.put(f[0], List.of(f[2].split(";")));
          }
        });
    readTsv(
        "postoffices.tsv",
        f -> g.postOfficeCounties.put(f[0], Set.of(f[1].split(";"))));
    // 城区, 郊区, 矿区 were county names but are ordinary words in reports ("城区道路"): they
    // would be found everywhere, so they are never matched in free text (agencies keep them).
    g.names = NameTrie.of(allNames);
    allNames.removeAll(Arrays.asList("城区", "郊区", "矿区"));
    allNames.removeIf(n -> n.length() < 3);
    g.textNames = NameTrie.of(allNames);
    g.textNameEnds = NameTrie.reversed(allNames);
    g.byCode.values().forEach(l -> l.sort(Comparator.comparingInt(Division::firstYear)));
    for (Map<String, List<Division>> m : List.of(g.byName, g.byShortName)) {
      for (String k : m.keySet()) {
        if (k.length() >= 2) {
          int bit = placeWordPair(k.charAt(0), k.charAt(1));
          g.placeWordPairs[bit >>> 6] |= 1L << bit;
        }
      }
    }
    freeze(g.byCode);
    freeze(g.byName);
    freeze(g.byShortName);
    freeze(g.childrenByParent);
    return g;
  }

  private static <T> void freeze(Map<String, List<T>> m) {
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
  }

  private static void readTsv(String name, Consumer<String[]> row) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + BASE + name));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading gazetteer " + name, e);
    }
  }
}
