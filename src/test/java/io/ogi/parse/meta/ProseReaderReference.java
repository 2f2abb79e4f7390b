package io.ogi.parse.meta;

import io.ogi.model.ReportValue;
import io.ogi.parse.Cells;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ProseReader} as it was before its rules were tried only before a number and its unit: each
 * rule searched the whole text (via {@link io.ogi.parse.Scan.Anchored}). Kept as the reference the
 * new reader must equal ({@link ProseReaderTest}).
 */
final class ProseReaderReference {

  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final String GAP = "[^。；;，,\\d]{0,6}?";

  /**
   * A rule: every match of {@code pattern} holds {@code literal} at most {@code lead} characters
   * after its start, and opens with one of {@code firsts} (null when not given), so
   * the regex is tried only there ({@link io.ogi.parse.Scan.Anchored}).
   */
  private record Rule(String key, Pattern pattern, String literal, int lead, String firsts) {
    Rule(String key, Pattern pattern, String literal, int lead) {
      this(key, pattern, literal, lead, null);
    }
  }

  private static final List<Rule> T3_RULES = List.of(
      new Rule("t3.new.total", Pattern.compile("(?:共|累计|全年)?(?:新)?收到[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "收到", 3, "共累全新收"),
      new Rule("t3.new.total", Pattern.compile("本年(?:度)?新收[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "本年", 0),
      new Rule("t3.granted.total", Pattern.compile("(?<![不部分])予以公开(?:的)?" + GAP + NUM + "件"), "予以公开", 0),
      new Rule("t3.partial.total", Pattern.compile("部分公开(?:的)?" + GAP + NUM + "件"), "部分公开", 0),
      new Rule("t3.denied.total", Pattern.compile("不予公开(?:的)?" + GAP + NUM + "件"), "不予公开", 0),
      new Rule("t3.unable.total", Pattern.compile("(?:无法公开|无法提供)(?:的)?" + GAP + NUM + "件"), "无法", 0),
      new Rule("t3.not_processed.total", Pattern.compile("不予处理(?:的)?" + GAP + NUM + "件"), "不予处理", 0),
      new Rule("t3.carried.total", Pattern.compile("上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?" + GAP + NUM + "件"), "上年", 0),
      new Rule("t3.carried_forward.total", Pattern.compile("结转下(?:一)?年度(?:继续办理)?(?:的)?" + GAP + NUM + "件"), "结转下", 0));

  /**
   * Legacy (2008-2018) prose: "共受理政府信息公开申请55件，其中同意公开53件，同意部分公开1件，不同意公开1件"; the
   * legacy statistic is 收到申请数, which legacy prose calls 受理 as often as 收到.
   */
  private static final List<Rule> LEGACY_RULES = List.of(
      new Rule("legacy.received", Pattern.compile("(?:受理|收到)[^。；;\\d]{0,12}?申请" + GAP + NUM + "件"), "申请", 14, "受收"),
      new Rule("legacy.granted", Pattern.compile("(?<![不分])同意公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "同意公开", 0),
      new Rule("legacy.partial", Pattern.compile("同意部分公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "同意部分公开", 0),
      new Rule("legacy.denied", Pattern.compile("不同意公开(?:答复)?(?:的)?" + GAP + NUM + "件"), "不同意公开", 0),
      new Rule("legacy.review", Pattern.compile("行政复议(?:案件)?" + GAP + NUM + "件"), "行政复议", 0),
      new Rule("legacy.litigation", Pattern.compile("行政诉讼(?:案件)?" + GAP + NUM + "件"), "行政诉讼", 0));

  private static final List<Rule> PROACTIVE_RULES = List.of(
      new Rule("proactive.items", Pattern.compile("主动(?:公开|发布)政府信息(?:共|总数)?(?:达)?" + NUM + "条"), "主动", 0),
      new Rule("proactive.items", Pattern.compile("政府信息公开总数(?:达|为)?" + NUM + "条"), "政府信息公开总数", 0));

  private static final List<Rule> T2_RULES = List.of(
      new Rule("t2.normative_docs.issued", Pattern.compile("(?:发布|制发|出台)[^。；;]{0,20}?(?:行政)?规范性文件" + NUM + "件"), "规范性文件", 24, "发制出"),
      new Rule("t2.regulations.issued", Pattern.compile("(?:发布|制发|出台)[^。；;\\d]{0,8}?规章" + NUM + "(?:部|件)"), "规章", 10, "发制出"));

  private ProseReaderReference() {}

  /** Table 三 totals stated in prose (first statement of each). */
  static List<ReportValue> applicationCounts(String text) {
    return apply(T3_RULES, text, "件");
  }

  /** Legacy (2008-2018) application counts stated in prose. */
  static List<ReportValue> legacyCounts(String text) {
    return apply(LEGACY_RULES, text, "件");
  }

  /** The number of items proactively published, as stated in prose. */
  static List<ReportValue> proactiveItems(String text) {
    return apply(PROACTIVE_RULES, text, "条");
  }

  /** Table 二 counts stated in prose (regulations and normative documents issued). */
  static List<ReportValue> disclosureCounts(String text) {
    return apply(T2_RULES, text, "件部");
  }

  /**
   * The values of the first match of each rule whose key has none yet.
   *
   * @param units the characters the rules' matches end with, right after a digit of NUM: a text
   *     without such a pair has no match (one scan instead of one search per rule)
   */
  private static List<ReportValue> apply(List<Rule> rules, String text, String units) {
    List<ReportValue> out = new ArrayList<>();
    if (!hasDigitBefore(text, units)) {
      return out;
    }
    for (Rule r : rules) {
      if (out.stream().anyMatch(v -> v.key().equals(r.key()))) {
        continue;
      }
      io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(r.pattern(), text, r.literal(), r.lead(), r.firsts());
      Matcher m = a.matcher();
      if (a.find()) {
        Double v = Cells.number(m.group(1));
        if (v != null) {
          out.add(new ReportValue(r.key(), v, ReportValue.SOURCE_PROSE, null, sentence(text, m.start(), m.end()), null, 0.7));
        }
      }
    }
    return out;
  }

  /** Whether an ASCII digit (NUM's \\d) stands right before one of {@code units} somewhere in {@code text}. */
  private static boolean hasDigitBefore(String text, String units) {
    for (int u = 0; u < units.length(); u++) {
      for (int i = text.indexOf(units.charAt(u), 1); i > 0; i = text.indexOf(units.charAt(u), i + 1)) {
        char c = text.charAt(i - 1);
        if (c >= '0' && c <= '9') {
          return true;
        }
      }
    }
    return false;
  }

  /** The sentence around a match: the current reader's, which the rewrite left as it was. */
  private static String sentence(String text, int start, int end) {
    return ProseReader.sentence(text, start, end);
  }
}
