package io.ogi.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place clues found once in a report's text: full division names mentioned, provinces or
 * prefectures heading cited regulations, telephone area codes, postcodes and "中国·温州" site
 * names.
 *
 * <p>A name touching the spam placeholder '〓' is ignored: a hijacked page's spam was cut out
 * there and the words next to it may belong to the spam (seed 004 "〓鹿城区绣山路").
 */
final class TextFacts {

  static final char SPAM = '〓';

  // 0577-88963796, 0730－5242830, (0577)88963796, 025 8888 8888; area codes are checked against
  // the gazetteer, so a date or a document number that looks alike does not count.
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![0-9])[(（]?(0[1-9][0-9]{1,2})[)）]?\\s?[-－—–]?\\s?([2-9][0-9]{6,7})(?![0-9])");
  private static final Pattern POSTCODE =
      Pattern.compile("(?:邮编|邮政编码)\\s*[:：]?\\s*([0-8][0-9]{5})(?![0-9])");
  private static final Pattern ADDRESS =
      Pattern.compile("(?:通讯地址|办公地址|联系地址|地址|地点)\\s*[:：]\\s*([^\\s；;，,。）)|]{2,60})");
  private static final Pattern REGULATION = Pattern.compile("《([^》]{3,60})》");
  // "中国·温州" portal names; without the dot only inside quotes (“中国温州”) to avoid 中国特色…
  private static final Pattern SITE =
      Pattern.compile("中国\\s*[·•・．.]\\s*(\\p{IsHan}{2,4})|[“\"《]中国(\\p{IsHan}{2,4})[”\"》]");

  final String text;
  final Integer year;
  /** Full names (three or more characters) mentioned, with counts, in order of first mention. */
  final Map<String, Integer> mentions = new LinkedHashMap<>();
  /**
   * Full names mentioned at least once on their own, not directly followed by another division
   * name: "湖北省十堰市" speaks of 十堰市, not of the report's own province.
   */
  final Set<String> bareMentions = new LinkedHashSet<>();
  /** Name → names that directly follow it in the text ("湖北省" → {"十堰市"}). */
  final Map<String, Set<String>> followers = new HashMap<>();
  /** Names heading a cited title: 《浙江省政府信息公开暂行办法》 → 浙江省. */
  final Set<String> regulations = new LinkedHashSet<>();
  /** Area code → prefectures it served. */
  final Map<String, List<Division>> phones = new LinkedHashMap<>();
  /** Postcode → province of its zone (may be absent) and prefectures. */
  final Map<String, Division> postcodeProvinces = new LinkedHashMap<>();

  final Map<String, List<Division>> postcodePrefectures = new LinkedHashMap<>();
  /** Postal addresses given in the text (地址：温州市鹿城区…), in order, without the label. */
  final List<String> addresses = new ArrayList<>();

  /** Divisions named by portal site names ("中国·温州" → 温州市). */
  final Map<String, List<Division>> sites = new LinkedHashMap<>();

  private final Map<String, Boolean> shortCache = new HashMap<>();

  // Runs of short words separated by blanks or bars: link bars and SEO lists ("热门城市：北京 上海 广州"),
  // the matches of \p{IsHan}{2,8}(?:[ \t\u3000|/]+\p{IsHan}{2,8}){3,}, found by nextList.

  // A sentence about somewhere else: study visits, visitors, pairing and cooperation agreements
  private static final Pattern ELSEWHERE =
      Pattern.compile("赴|前往|来我|到访|来访|对口支援|对口帮扶|对口协作|东西部协作|援建|结对|考察|调研|借鉴|跟班学习|挂职|签订|签署|合作协议|框架协议|兄弟"
          // other organs dealt with: 参照杭州市做法, 接待…考察团, 会同/协助…, 转办/移送至…, 属于…职责范围
          + "|参照|参考|接待|会同|协助|协查|转办|转交|转送|移送|职责范围|涉及|告知申请人");
  private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\n]+");
  private static final String[] ELSEWHERE_WORDS = ELSEWHERE.pattern().split("\\|");
  /** The words of ELSEWHERE_WORDS by their first character, in list order; null for other characters. */
  private static final String[][] ELSEWHERE_BY_FIRST = byFirst(ELSEWHERE_WORDS);

  private static String[][] byFirst(String[] words) {
    String[][] t = new String[65536][];
    for (String w : words) {
      String[] old = t[w.charAt(0)];
      String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
      now[now.length - 1] = w;
      t[w.charAt(0)] = now;
    }
    return t;
  }

  /**
   * The text where place names are looked for: {@link #text} with every sentence about another
   * place (赴杭州市学习考察, 与湖北省十堰市签订合作协议) blanked with '〓', same length, so such a
   * sentence names no place of the report.
   */
  final String names;

  /** The characters of {@link #names}, read by {@link #scanNames} (one copy of the text, not two). */
  private final char[] nameChars;

  /**
   * Where a name may end in {@link #nameChars} ({@code [0, nameEndCount)}, ascending), found by
   * {@link Listless#of}; null when it did not find them.
   */
  private final int[] nameEnds;

  private final int nameEndCount;

  private TextFacts(Listless t, Integer year) {
    this.text = t.text;
    this.year = year;
    this.nameChars = t.chars;
    this.nameEnds = t.nameEnds;
    this.nameEndCount = t.nameEndCount;
    this.names = t.elsewhere != null
        ? withoutElsewhere(t.text, t.chars, t.elsewhere, t.elsewhereCount)
        : withoutElsewhere(t.text, t.chars);
  }

  /** {@code out} holds the characters of {@code text} and is blanked in place: it ends as the result's. */
  private static String withoutElsewhere(String text, char[] out) {
    // Same result as matching SENTENCE and looking for ELSEWHERE in each sentence, in one pass:
    // ELSEWHERE is a list of words without sentence ends, so each occurrence lies in one sentence.
    // Blanked in a copy of the characters, which is also read (blanking never reaches past the
    // next sentence end, so what is read later is still the text).
    boolean blanked = false;
    int n = out.length;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if ((KIND[c] & ELSEWHERE_START) == 0 || !elsewhereWordAt(out, i)) {
        continue;
      }
      i = blankSentence(out, i);
      blanked = true;
    }
    return blanked ? new String(out) : text;
  }

  /**
   * {@link #withoutElsewhere(String, char[])} when the places where an ELSEWHERE word starts are
   * known already ({@code at[0, count)}, in order, found by {@link Listless#of}'s pass over the
   * same characters): the same sentences are blanked, a word in a sentence already blanked is
   * passed over as that loop passes over it.
   */
  private static String withoutElsewhere(String text, char[] out, int[] at, int count) {
    int next = 0; // the loop above goes on after the blanked sentence's end
    for (int k = 0; k < count; k++) {
      if (at[k] >= next) {
        next = blankSentence(out, at[k]) + 1;
      }
    }
    return count > 0 ? new String(out) : text;
  }

  /**
   * Blanks the sentence around {@code i} with '〓'.
   *
   * @return the end of the sentence: its end character's index, or the text's length
   */
  private static int blankSentence(char[] out, int i) {
    int start = i;
    while (start > 0 && !isSentenceEnd(out[start - 1])) {
      start--;
    }
    int end = i;
    while (end < out.length && !isSentenceEnd(out[end])) {
      end++;
    }
    java.util.Arrays.fill(out, start, end, SPAM);
    return end;
  }

  /** Whether one of ELSEWHERE_WORDS starts at {@code cs[i]}. */
  private static boolean elsewhereWordAt(char[] cs, int i) {
    String[] words = ELSEWHERE_BY_FIRST[cs[i]];
    if (words == null) {
      return false;
    }
    for (String w : words) {
      if (startsWith(cs, i, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] cs, int i, String w) {
    if (i + w.length() > cs.length) {
      return false;
    }
    for (int j = 0; j < w.length(); j++) {
      if (cs[i + j] != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #KIND} values: a BMP Han character, a list separator, a high surrogate, anything else. */
  private static final byte OTHER = 0;
  private static final byte HAN = 1;
  private static final byte SEPARATOR = 2;
  private static final byte HIGH_SURROGATE = 3;
  /**
   * The bit of a {@link #HAN} that starts one of ELSEWHERE_WORDS ({@link Listless#of} notes where
   * those words start); the other kinds lack it: most characters are turned down by it.
   */
  private static final byte ELSEWHERE_START = 4;
  /**
   * The bit of a {@link #HAN} that is the last character of a name of {@link
   * Gazetteer#longestTextNameAt} (of the one gazetteer, {@link Gazetteer#get}): {@link
   * Listless#of} notes where those stand, where {@link #scanNames} looks for names.
   */
  private static final byte NAME_END = 8;
  /** The kind of each BMP character for {@link Listless#of} and {@link #withoutElsewhere}. */
  private static final byte[] KIND = new byte[65536];

  static {
    Gazetteer g = Gazetteer.get();
    for (int c = 0; c < 65536; c++) {
      KIND[c] = isListSeparator(c) ? SEPARATOR
          : Character.isHighSurrogate((char) c) ? HIGH_SURROGATE
          : isHan(c) ? HAN : OTHER;
      if (g.mayEndTextName((char) c)) {
        if (KIND[c] != HAN) {
          throw new IllegalStateException("a name ends with a character not Han: " + (char) c);
        }
        KIND[c] |= NAME_END;
      }
    }
    for (String w : ELSEWHERE_WORDS) {
      if ((KIND[w.charAt(0)] & HAN) == 0 || KIND[w.charAt(0)] == HIGH_SURROGATE) {
        throw new IllegalStateException("not a Han character: " + w); // its kind must stay a HAN
      }
      KIND[w.charAt(0)] |= ELSEWHERE_START;
    }
  }

  private static boolean isHan(int cp) {
    return io.ogi.parse.Scan.isHan(cp);
  }

  private static boolean isListSeparator(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\u3000' || cp == '|' || cp == '/';
  }

  /** The characters {@link #SENTENCE} stops at. */
  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '!' || c == '？' || c == '?' || c == '\n';
  }

  /**
   * Cuts out lists of four or more place names separated by blanks (appended to hijacked pages,
   * or a site's city bar): they name no place of the report. Lists in prose are written with 、
   * and stay.
   */
  static String withoutPlaceLists(String text, Gazetteer g, Integer year) {
    return text == null ? null : Listless.of(text, g).text;
  }

  /**
   * A text without its place lists ({@link #withoutPlaceLists}), with its characters and, found by
   * the same pass over them, where the ELSEWHERE words start: the text is gone over once for
   * both, and copied once.
   */
  private static final class Listless {
    /** The text with its place lists cut out. */
    final String text;
    /** The characters of {@link #text}, a copy of its own (blanked later by {@link #withoutElsewhere}). */
    final char[] chars;
    /**
     * Where ELSEWHERE words start in {@link #text}, in order ({@code [0, elsewhereCount)}); null
     * when a list was cut out: the places found were in the text before the cut.
     */
    final int[] elsewhere;

    final int elsewhereCount;

    /**
     * Where the characters marked {@link #NAME_END} stand in {@link #text}, in order ({@code [0,
     * nameEndCount)}); null when a list was cut out, as {@link #elsewhere}.
     */
    final int[] nameEnds;

    final int nameEndCount;

    private Listless(String text, char[] chars, int[] elsewhere, int elsewhereCount, int[] nameEnds, int nameEndCount) {
      this.text = text;
      this.chars = chars;
      this.elsewhere = elsewhere;
      this.elsewhereCount = elsewhereCount;
      this.nameEnds = nameEnds;
      this.nameEndCount = nameEndCount;
    }

    /** {@code text}, which may be null (then the empty text), without its place lists. */
    static Listless of(String text, Gazetteer g) {
      if (text == null) {
        return new Listless("", new char[0], new int[0], 0, new int[0], 0);
      }
      StringBuilder out = null;
      int last = 0;
      int[] elsewhere = new int[8];
      int elsewhereCount = 0;
      int[] nameEnds = new int[16];
      int nameEndCount = 0;
      // A list lies within a run of Han characters and separators holding at least three
      // separators and eight Han characters: lists are looked for in such runs only.
      // Over a copy of the characters: String.charAt of a UTF-16 string checks its index each time.
      // Each character's kind by one table lookup (KIND): a pair of surrogates is looked at as its code point.
      char[] cs = text.toCharArray();
      int n = cs.length;
      int i = 0;
      while (i < n) {
        int k = KIND[cs[i]];
        if (k == OTHER) {
          i++;
          continue;
        }
        if (k == HIGH_SURROGATE) {
          int cp = Character.codePointAt(cs, i);
          if (!isHan(cp)) {
            i += Character.charCount(cp);
            continue;
          }
        }
        int start = i;
        int seps = 0;
        int han = 0;
        while (i < n) {
          k = KIND[cs[i]];
          if (k == SEPARATOR) {
            seps++;
            i++;
          } else if (k == HAN) {
            han++;
            i++;
          } else if (k > HIGH_SURROGATE) {
            // a HAN with a bit of ELSEWHERE_START or NAME_END: every ELSEWHERE word starts
            // with a Han character and every name ends with one, so all of them are seen here
            if ((k & ELSEWHERE_START) != 0 && elsewhereWordAt(cs, i)) {
              if (elsewhereCount == elsewhere.length) {
                elsewhere = java.util.Arrays.copyOf(elsewhere, elsewhereCount * 2);
              }
              elsewhere[elsewhereCount++] = i;
            }
            if ((k & NAME_END) != 0) {
              if (nameEndCount == nameEnds.length) {
                nameEnds = java.util.Arrays.copyOf(nameEnds, nameEndCount * 2);
              }
              nameEnds[nameEndCount++] = i;
            }
            han++;
            i++;
          } else if (k == HIGH_SURROGATE && isHan(Character.codePointAt(cs, i))) {
            han++;
            i += 2; // a Han code point from a high surrogate is a pair
          } else {
            break;
          }
        }
        if (seps < 3 || han < 8) {
          continue;
        }
        int[] words;
        for (int from = start; (words = nextList(cs, from, i)) != null; from = words[words.length - 1]) {
          int places = 0;
          for (int w = 0; w < words.length; w += 2) {
            if (g.isPlaceWord(cs, words[w], words[w + 1])) {
              places++;
            }
          }
          int count = words.length / 2;
          if (places >= 4 && places * 4 >= count * 3) {
            if (out == null) {
              out = new StringBuilder(text.length());
            }
            out.append(text, last, words[0]).append(SPAM);
            last = words[words.length - 1];
          }
        }
      }
      if (out == null) {
        return new Listless(text, cs, elsewhere, elsewhereCount, nameEnds, nameEndCount);
      }
      String cut = out.append(text, last, text.length()).toString();
      return new Listless(cut, cut.toCharArray(), null, 0, null, 0);
    }
  }

  /**
   * The next list in {@code cs[from, to)}, a stretch of Han characters and separators only, as
   * {@code Matcher.find} of {@code \p{IsHan}{2,8}(?:[ \t\u3000|/]+\p{IsHan}{2,8}){3,}} from
   * {@code from} gives it: the start and end of each word, or null. Lengths count code points.
   *
   * <p>How the regex goes: a first word must reach the end of its Han run within eight characters
   * (else a separator cannot follow), so the leftmost start in a run is eight before its end; every
   * later word takes its whole run when that is two to eight long, the first eight characters of a
   * longer run (which then ends the list), and a run of one ends the list before it. Three words
   * after the first make a list; fewer fail at every start in the run, so the search goes on after it.
   */
  private static int[] nextList(char[] cs, int from, int to) {
    int p = from;
    while (p < to) {
      if (!isHanAt(cs, p)) {
        p++; // a separator (all of them are single characters)
        continue;
      }
      int runEnd = hanRunEnd(cs, p, to);
      int len = Character.codePointCount(cs, p, runEnd - p);
      if (len < 2) {
        p = runEnd;
        continue;
      }
      int[] words = new int[16];
      int w = 0;
      words[w++] = len > 8 ? Character.offsetByCodePoints(cs, p, runEnd - p, p, len - 8) : p;
      words[w++] = runEnd;
      int q = runEnd;
      while (true) {
        int h = q;
        while (h < to && !isHanAt(cs, h)) {
          h++;
        }
        if (h == q || h == to) {
          break; // no separator, or nothing after it
        }
        int end = hanRunEnd(cs, h, to);
        int l = Character.codePointCount(cs, h, end - h);
        if (l < 2) {
          break;
        }
        if (w + 2 > words.length) {
          words = java.util.Arrays.copyOf(words, words.length * 2);
        }
        words[w++] = h;
        words[w++] = l > 8 ? Character.offsetByCodePoints(cs, h, end - h, h, 8) : end;
        if (l > 8) {
          break;
        }
        q = end;
      }
      if (w >= 8) {
        return java.util.Arrays.copyOf(words, w);
      }
      p = runEnd;
    }
    return null;
  }

  /** The end of the run of Han characters starting at {@code from}, before {@code to}. */
  private static int hanRunEnd(char[] cs, int from, int to) {
    int i = from;
    while (i < to && isHanAt(cs, i)) {
      i += Character.isHighSurrogate(cs[i]) ? 2 : 1; // a Han code point from a high surrogate is a pair
    }
    return i;
  }

  /**
   * Whether the code point at {@code cs[i]} ({@link String#codePointAt} of the string whose
   * characters {@code cs} are) is a Han character: {@link #isHan} of it, read for a BMP character
   * from {@link #KIND}, whose entries for the characters of a list were just read by {@link
   * Listless#of}'s pass (the table of {@code Scan.isHan} may be out of the cache by then).
   */
  private static boolean isHanAt(char[] cs, int i) {
    int k = KIND[cs[i]];
    return k == HIGH_SURROGATE ? isHan(Character.codePointAt(cs, i)) : (k & HAN) != 0;
  }

  /** Scans {@code text} once; null text gives empty facts. */
  static TextFacts scan(String text, Integer year, Gazetteer g) {
    TextFacts f = new TextFacts(Listless.of(text, g), year);
    f.scanNames(g);
    f.scanRegulations(g);
    f.scanPhones(g);
    f.scanPostcodes(g);
    f.scanSites(g);
    f.scanAddresses();
    return f;
  }

  /**
   * Each name of {@link Gazetteer#longestTextNameAt} in {@link #names}, read from left to right:
   * at each position the longest name starting there, the scan going on after it. Only the
   * positions where a name starts are visited ({@link Gazetteer#textNamesAt}, in order, with the
   * longest name's length): at any other the lookup finds nothing and the scan would step on by
   * one. '〓' is in no name, so the blanked sentences hold none: where a name ended before the
   * blanking, it is '〓' now and no name ends there.
   */
  private void scanNames(Gazetteer g) {
    String t = names;
    char[] cs = nameChars;
    int[] found = nameEnds != null ? g.textNamesAt(cs, nameEnds, nameEndCount) : g.textNamesAt(cs);
    int i = 0;
    for (int k = 0; k < found.length; k += 2) {
      if (found[k] < i) {
        continue; // within the name taken before
      }
      i = found[k];
      int len = found[k + 1];
      if (!touchesSpam(i, i + len)) {
        String name = t.substring(i, i + len);
        mentions.merge(name, 1, Integer::sum);
        int next = i + len < cs.length ? g.longestNameAt(cs, i + len) : 0;
        if (next >= 2) {
          followers.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(t.substring(i + len, i + len + next));
        } else {
          bareMentions.add(name);
        }
      }
      i += len;
    }
  }

  private void scanRegulations(Gazetteer g) {
    // every match opens with 《
    io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(REGULATION, text, "《", 0);
    Matcher m = a.matcher();
    while (a.find()) {
      String title = m.group(1);
      int len = g.longestNameAt(title, 0);
      if (len >= 3 && title.indexOf(SPAM) < 0) {
        regulations.add(title.substring(0, len));
      }
    }
  }

  private void scanPhones(Gazetteer g) {
    // The matches of Matcher.find, found as Scan.Anchored finds them with the literal "0" one
    // character ahead at most: every match holds the area code's leading 0 at its start or after
    // an opening bracket, and starts where mayStartPhone holds (which also asks for the bracket or
    // the 0 there, so Anchored's first-character test is left out). A loop of its own: the digit
    // 0 is everywhere in a report (years, table cells), and Anchored's general steps on each of
    // them (the literal's search, its first-character test, the predicate through an interface)
    // cost more than the test of mayStartPhone that turns down nearly all.
    Matcher m = PHONE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int from = 0; // smallest start not tried yet
    int at;
    while ((at = text.indexOf('0', from)) >= 0) {
      boolean found = false;
      for (int s = Math.max(from, at - 1); s <= at && !found; s++) {
        if (mayStartPhone(s)) {
          m.region(s, n);
          found = m.lookingAt();
        }
      }
      if (!found) {
        from = at + 1;
        continue;
      }
      from = m.end();
      String code = m.group(1);
      // 3-digit codes are 010 and 02x; otherwise the area code has four digits
      if (code.length() == 4 && (code.startsWith("01") || code.startsWith("02"))) {
        continue;
      }
      if (g.isAreaCode(code) && !touchesSpam(m.start(), m.end())) {
        List<Division> p = g.prefecturesForAreaCode(code, year);
        if (!p.isEmpty()) {
          phones.putIfAbsent(code, p);
        }
      }
    }
  }

  /**
   * What a {@link #PHONE} match needs at its start {@code s}: no ASCII digit before it, an optional
   * bracket, then 0, a digit 1-9 and a digit. The digit 0 is everywhere in a report (years,
   * table cells), and most of its places fail this before the regex is tried.
   */
  private boolean mayStartPhone(int s) {
    if (s > 0 && isAsciiDigit(text.charAt(s - 1))) {
      return false;
    }
    int z = text.charAt(s) == '(' || text.charAt(s) == '（' ? s + 1 : s;
    return z + 2 < text.length() && text.charAt(z) == '0' && text.charAt(z + 1) >= '1' && text.charAt(z + 1) <= '9'
        && isAsciiDigit(text.charAt(z + 2));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void scanPostcodes(Gazetteer g) {
    if (text.indexOf("邮编") < 0 && text.indexOf("邮政编码") < 0) {
      return; // POSTCODE starts with one of them
    }
    io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(POSTCODE, text, "邮", 0);
    Matcher m = a.matcher();
    while (a.find()) {
      String pc = m.group(1);
      if (touchesSpam(m.start(), m.end())) {
        continue;
      }
      g.provinceForPostcode(pc, year).ifPresent(p -> postcodeProvinces.putIfAbsent(pc, p));
      List<Division> prefs = g.prefecturesForPostcode(pc, year);
      if (!prefs.isEmpty()) {
        postcodePrefectures.putIfAbsent(pc, prefs);
      }
    }
  }

  private void scanAddresses() {
    // every label holds 地 at its start (地址, 地点) or two characters in (通讯地址, 办公地址, 联系地址)
    io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(ADDRESS, names, "地", 2, "通办联地");
    Matcher m = a.matcher();
    while (a.find()) {
      if (m.group(1).indexOf(SPAM) < 0 && !touchesSpam(m.start(1), m.end(1))) {
        addresses.add(m.group(1));
      }
    }
  }

  private void scanSites(Gazetteer g) {
    if (text.indexOf("中国") < 0) {
      return; // both of SITE's forms contain it
    }
    // both forms hold 中国 at their start or after the opening quote
    io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(SITE, text, "中国", 1, "中“\"《");
    Matcher m = a.matcher();
    while (a.find()) {
      String s = m.group(1) != null ? m.group(1) : m.group(2);
      for (int len = Math.min(4, s.length()); len >= 2; len--) {
        String head = s.substring(0, len);
        List<Division> ds = new ArrayList<>();
        for (Division d : g.byShortName(head, year)) {
          if (!d.isCounty()) {
            ds.add(d);
          }
        }
        if (ds.isEmpty()) {
          for (Division d : g.byName(head, year)) {
            if (!d.isCounty()) {
              ds.add(d);
            }
          }
        }
        if (!ds.isEmpty()) {
          sites.putIfAbsent("中国·" + head, ds);
          break;
        }
      }
    }
  }

  /**
   * Whether {@code name} is mentioned as the place itself: on its own, or directly followed by one
   * of {@code within} (its own prefecture or county), not by another division of it.
   */
  boolean mentionsAsOwn(String name, Set<String> within) {
    if (bareMentions.contains(name)) {
      return true;
    }
    Set<String> next = followers.get(name);
    if (next == null) {
      return false;
    }
    for (String n : next) {
      if (within.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** How often {@code name} (a full name of three or more characters) is mentioned. */
  int mentionCount(String name) {
    return mentions.getOrDefault(name, 0);
  }

  /**
   * Whether {@code s} occurs in the text somewhere not touching '〓'.
   *
   * @return false for null or one-character strings (too ambiguous to mean a place)
   */
  boolean contains(String s) {
    if (s == null || s.length() < 2) {
      return false;
    }
    return shortCache.computeIfAbsent(
        s,
        k -> {
          int from = 0;
          int i;
          while ((i = names.indexOf(k, from)) >= 0) {
            if (!touchesSpam(i, i + k.length())) {
              return true;
            }
            from = i + 1;
          }
          return false;
        });
  }

  /** Number of occurrences of {@code phrase} in the text. */
  int count(String phrase) {
    int n = 0;
    int from = 0;
    int i;
    while ((i = text.indexOf(phrase, from)) >= 0) {
      n++;
      from = i + phrase.length();
    }
    return n;
  }

  private boolean touchesSpam(int start, int end) {
    return (start > 0 && names.charAt(start - 1) == SPAM)
        || (end < names.length() && names.charAt(end) == SPAM);
  }
}
