package io.ogi.parse.meta;

import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads counts stated in prose, the fallback for reports whose tables were published as images
 * (seed 004: "共收到政府信息公开申请5756件 … 予以公开的2603件"). Every value is labelled {@code prose}.
 *
 * <p>"受理" in prose usually means new plus carried over, so only "收到"/"新收" phrases give new
 * applications (domain.md).
 */
public final class ProseReader {

  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final String GAP = "[^。；;，,\\d]{0,6}?";

  /**
   * A rule: every match of {@code pattern} holds {@code literal} at most {@code lead} characters
   * after its start, opens with one of {@code firsts} (null when not given), and has its number
   * (NUM, right before the unit that ends it) at most {@code reach} characters after its start. The
   * reach is the longest text the pattern can match before NUM, each repeat of a character class
   * counted as two characters (a supplementary character is a pair of surrogates).
   */
  private record Rule(String key, Pattern pattern, String literal, int lead, String firsts, int reach) {
    Rule(String key, Pattern pattern, String literal, int lead, int reach) {
      this(key, pattern, literal, lead, null, reach);
    }

    /**
     * Whether a match at {@code s} was ever looked for when each rule searched the whole text with
     * {@link io.ogi.parse.Scan.Anchored}, which tries exactly the starts that open with one of {@code
     * firsts} and have the literal at most {@code lead} characters after them. Keeping that test
     * keeps its answers (it tries no start where a regex match holds the literal further on).
     */
    boolean tried(String text, int s) {
      char c = text.charAt(s);
      if (firsts != null ? !isFirst(c) : lead == 0 && c != literal.charAt(0)) {
        return false; // most starts are ruled out by their character alone
      }
      for (int at = s, last = s + lead; at <= last; at++) {
        if (text.startsWith(literal, at)) {
          return true;
        }
      }
      return false;
    }

    /** Same as {@code firsts.indexOf(c) >= 0}, without the search's set-up for a few characters. */
    private boolean isFirst(char c) {
      for (int i = 0; i < firsts.length(); i++) {
        if (firsts.charAt(i) == c) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A reader's rules, the characters their matches end with (right after a digit of NUM), the
   * longest reach among them, and the characters a start they try opens with as bits of {@code c &
   * 63} (a start whose bit is clear is tried by none; a set bit may be another character).
   */
  private record Rules(List<Rule> list, String units, int reach, long opens) {
    Rules(String units, Rule... rules) {
      this(List.of(rules), units, Stream.of(rules).mapToInt(Rule::reach).max().orElse(0), opens(rules));
    }

    private static long opens(Rule... rules) {
      long bits = 0;
      for (Rule r : rules) {
        String opening = r.firsts() != null ? r.firsts() : r.lead() == 0 ? r.literal().substring(0, 1) : null;
        if (opening == null) {
          return -1L; // any character may open this rule's tries
        }
        for (int i = 0; i < opening.length(); i++) {
          bits |= 1L << opening.charAt(i);
        }
      }
      return bits;
    }
  }

  // The reaches: literals and optional words at their longest, GAP 6 repeats (12 characters), the
  // 申请 gap 12 repeats (24), the 规范性文件 gap 20 (40), the 规章 gap 8 (16); look-behinds match none.
  private static final Rules T3_RULES = new Rules("件",
      new Rule("t3.new.total", Pattern.compile("(?:共|累计|全年)?(?:新)?收到[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "收到", 3, "共累全新收", 2 + 1 + 2 + 24 + 2 + 12),
      new Rule("t3.new.total", Pattern.compile("本年(?:度)?新收[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "本年", 0, 2 + 1 + 2 + 24 + 2 + 12),
      new Rule("t3.granted.total", Pattern.compile("(?<![不部分])予以公开(?:的)?" + GAP + NUM + "件"), "予以公开", 0, 4 + 1 + 12),
      new Rule("t3.partial.total", Pattern.compile("部分公开(?:的)?" + GAP + NUM + "件"), "部分公开", 0, 4 + 1 + 12),
      new Rule("t3.denied.total", Pattern.compile("不予公开(?:的)?" + GAP + NUM + "件"), "不予公开", 0, 4 + 1 + 12),
      new Rule("t3.unable.total", Pattern.compile("(?:无法公开|无法提供)(?:的)?" + GAP + NUM + "件"), "无法", 0, 4 + 1 + 12),
      new Rule("t3.not_processed.total", Pattern.compile("不予处理(?:的)?" + GAP + NUM + "件"), "不予处理", 0, 4 + 1 + 12),
      new Rule("t3.carried.total", Pattern.compile("上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?" + GAP + NUM + "件"), "上年", 0, 2 + 1 + 2 + 1 + 6 + 2 + 12),
      new Rule("t3.carried_forward.total", Pattern.compile("结转下(?:一)?年度(?:继续办理)?(?:的)?" + GAP + NUM + "件"), "结转下", 0, 3 + 1 + 2 + 4 + 1 + 12));

  /**
   * Legacy (2008-2018) prose: "共受理政府信息公开申请55件，其中同意公开53件，同意部分公开1件，不同意公开1件"; the
   * legacy statistic is 收到申请数, which legacy prose calls 受理 as often as 收到.
   */
  private static final Rules LEGACY_RULES = new Rules("件",
      new Rule("legacy.received", Pattern.compile("(?:受理|收到)[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "申请", 14, "受收", 2 + 24 + 2 + 12),
      new Rule("legacy.granted", Pattern.compile("(?<![不分])同意公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "同意公开", 0, 4 + 2 + 1 + 12),
      new Rule("legacy.partial", Pattern.compile("同意部分公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "同意部分公开", 0, 6 + 2 + 1 + 12),
      new Rule("legacy.denied", Pattern.compile("不同意公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "不同意公开", 0, 5 + 2 + 1 + 12),
      new Rule("legacy.review", Pattern.compile("行政复议(?:案件)?" + GAP + NUM + "件"), "行政复议", 0, 4 + 2 + 12),
      new Rule("legacy.litigation", Pattern.compile("行政诉讼(?:案件)?" + GAP + NUM + "件"), "行政诉讼", 0, 4 + 2 + 12));

  private static final Rules PROACTIVE_RULES = new Rules("条",
      new Rule("proactive.items", Pattern.compile("主动(?:公开|发布)政府信息(?:共|总数)?(?:达)?" + NUM + "条"), "主动", 0, 2 + 2 + 4 + 2 + 1),
      new Rule("proactive.items", Pattern.compile("政府信息公开总数(?:达|为)?" + NUM + "条"), "政府信息公开总数", 0, 8 + 1));

  private static final Rules T2_RULES = new Rules("件部",
      new Rule("t2.normative_docs.issued", Pattern.compile("(?:发布|制发|出台)[^。；;]{0,20}?(?:行政)?规范性文件" + NUM + "件"), "规范性文件", 24, "发制出", 2 + 40 + 2 + 5),
      new Rule("t2.regulations.issued", Pattern.compile("(?:发布|制发|出台)[^。；;\\d]{0,8}?规章" + NUM + "(?:部|件)"), "规章", 10, "发制出", 2 + 16 + 2));

  private ProseReader() {}

  /** Table 三 totals stated in prose (first statement of each). */
  public static List<ReportValue> applicationCounts(String text) {
    return apply(T3_RULES, text);
  }

  /** Legacy (2008-2018) application counts stated in prose. */
  public static List<ReportValue> legacyCounts(String text) {
    return apply(LEGACY_RULES, text);
  }

  /** The number of items proactively published, as stated in prose. */
  public static List<ReportValue> proactiveItems(String text) {
    return apply(PROACTIVE_RULES, text);
  }

  /** Table 二 counts stated in prose (regulations and normative documents issued). */
  public static List<ReportValue> disclosureCounts(String text) {
    return apply(T2_RULES, text);
  }

  /** The values of the first match of each rule whose key has none yet. */
  private static List<ReportValue> apply(Rules rules, String text) {
    List<ReportValue> out = new ArrayList<>();
    int[] numbers = numbersBefore(text, rules.units());
    if (numbers.length == 0) {
      return out; // no rule can match
    }
    int[] starts = starts(text, numbers, rules);
    for (Rule r : rules.list()) {
      if (hasKey(out, r.key())) {
        continue;
      }
      Matcher m = first(r, text, starts);
      if (m != null) {
        Double v = Cells.number(m.group(1));
        if (v != null) {
          out.add(new ReportValue(r.key(), v, ReportValue.SOURCE_PROSE, null, sentence(text, m.start(), m.end()), null, 0.7));
        }
      }
    }
    return out;
  }

  private static boolean hasKey(List<ReportValue> values, String key) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places a rule's match may start: every index at most {@code rules.reach()} before one of
   * {@code numbers} whose character may open a rule's tries ({@code rules.opens()}), in text order,
   * as pairs (index, distance to the next number after it). The rules are then tried there only,
   * each at the places within its own reach.
   *
   * <p>Why no match is missed: a match ends with NUM and its unit, so its NUM lies in the digits
   * and commas of one of {@code numbers}; it starts no earlier than they do, and at most {@code
   * reach} characters after the match's start, which is no digit or comma (every rule opens with a
   * Han character), so before them. So the next number after a match's start is at most its rule's
   * reach away.
   *
   * @param numbers where the digits and commas before a unit start ({@link #numbersBefore})
   */
  private static int[] starts(String text, int[] numbers, Rules rules) {
    int[] starts = new int[32];
    int count = 0;
    int next = 0; // smallest index not looked at yet
    for (int run : numbers) {
      for (int s = Math.max(next, run - rules.reach()); s < run; s++) {
        if ((rules.opens() >>> text.charAt(s) & 1) != 0) {
          if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, 2 * count);
          }
          starts[count++] = s;
          starts[count++] = run - s;
        }
      }
      next = Math.max(next, run);
    }
    return count == starts.length ? starts : java.util.Arrays.copyOf(starts, count);
  }

  /**
   * The first match of {@code r}, as {@link io.ogi.parse.Scan.Anchored} found it (the smallest
   * start it tried where the regex matches, and that match), or null. Only the {@code starts}
   * within the rule's reach of a number are tried: no other start has a match.
   */
  private static Matcher first(Rule r, String text, int[] starts) {
    Matcher m = null;
    for (int j = 0; j < starts.length; j += 2) {
      int s = starts[j];
      if (starts[j + 1] > r.reach() || !r.tried(text, s)) {
        continue;
      }
      if (m == null) {
        m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(s, text.length());
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private static final int[] NONE = {};

  /**
   * The numbers a unit follows, in text order: for each place where an ASCII digit (NUM's \\d)
   * stands right before one of {@code units}, where the run of digits and commas ending there
   * starts. Empty when there is none.
   */
  private static int[] numbersBefore(String text, String units) {
    int[] found = NONE;
    int count = 0;
    for (int k = 0; k < units.length(); k++) {
      char unit = units.charAt(k);
      for (int i = text.indexOf(unit, 1); i > 0; i = text.indexOf(unit, i + 1)) {
        char c = text.charAt(i - 1);
        if (c >= '0' && c <= '9') {
          if (count == found.length) {
            found = java.util.Arrays.copyOf(found, Math.max(8, 2 * count));
          }
          found[count++] = i;
        }
      }
    }
    if (count == 0) {
      return NONE;
    }
    if (units.length() > 1) {
      java.util.Arrays.sort(found, 0, count);
    }
    int[] numbers = new int[count];
    for (int j = 0; j < count; j++) {
      int run = found[j] - 1;
      while (run > 0 && isDigitOrComma(text.charAt(run - 1))) {
        run--;
      }
      numbers[j] = run;
    }
    return numbers;
  }

  private static boolean isDigitOrComma(char c) {
    return (c >= '0' && c <= '9') || c == ',';
  }

  /** The sentence around a match, for provenance. */
  static String sentence(String text, int start, int end) {
    int s = start;
    while (s > 0 && start - s < 60 && "。；;\n".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < 40 && "。；;\n".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    return text.substring(s, e).strip();
  }
}
