package io.ogi.parse.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gambling and SEO spam injected into hijacked government pages and replaces it with {@link
 * #PLACEHOLDER}, so that spam is never read as the agency, the year or the place.
 *
 * <p>Seed 004: every occurrence of the city's name was replaced by
 * "365网站手机打不开_365体育怎么打不开网址_365数字含义". Spam phrases are runs of Han, Latin and digits
 * joined by underscores, or containing gambling vocabulary.
 */
public final class SpamFilter {

  /** Stands where spam was removed. */
  public static final String PLACEHOLDER = "〓";

  private static final String RUN = "[\\p{IsHan}A-Za-z0-9]";
  /**
   * Han/Latin/digit runs joined by underscores: no Chinese prose is written that way. A match can
   * only start where a run starts (the look-behind) and runs are taken whole (possessive): without
   * both, a long run with no underscore is rescanned from each of its characters, quadratic time.
   */
  private static final Pattern UNDERSCORE_CHAIN =
      Pattern.compile("(?<!" + RUN + ")" + RUN + "{2,}+(?:_" + RUN + "{2,}+)++");
  private static final Pattern GAMBLING =
      Pattern.compile("(?:365|bet|澳门|威尼斯人|葡京|金沙|博彩|赌场|赌博|彩票|棋牌|真人|百家乐|老虎机|体育(?:官网|app|APP|平台|投注|下载)|手机打不开|怎么打不开|开户|娱乐城|注册送)");

  private static final Pattern PAGE_WORDS =
      Pattern.compile("人民政府|政府|办公室|办公厅|委员会|(?:19|20)\\d{2}年|政务公开|信息公开");

  private SpamFilter() {}

  /** The result: cleaned text and the distinct spam phrases removed. */
  public record Result(String text, Set<String> removed) {
    public boolean hadSpam() {
      return !removed.isEmpty();
    }
  }

  /** Replaces spam phrases in {@code text}; text without spam comes back unchanged. */
  public static Result clean(String text) {
    Set<String> phrases = detect(text);
    return new Result(replace(text, phrases), phrases);
  }

  /** Replaces the given phrases with {@link #PLACEHOLDER}. */
  public static String replace(String text, Set<String> phrases) {
    String out = text;
    for (String p : phrases) {
      out = out.replace(p, PLACEHOLDER);
    }
    return out;
  }

  /** The distinct spam phrases in {@code text}, longest first is not needed: they never nest. */
  public static Set<String> detect(String text) {
    int u = text.indexOf('_');
    if (u < 0) {
      return new LinkedHashSet<>(); // no chain: most texts, spared the matcher and the groups
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Matcher m = UNDERSCORE_CHAIN.matcher(text).useTransparentBounds(true);
    // A chain lies within a run of run characters and underscores that holds an underscore: the
    // regex is run on those runs only (same matches, without trying every position of the text).
    int n = text.length();
    while (u >= 0) {
      int start = u;
      while (start > 0 && isChainChar(text.codePointBefore(start))) {
        start -= Character.charCount(text.codePointBefore(start));
      }
      int end = u;
      while (end < n && isChainChar(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      m.region(start, end);
      while (m.find()) {
        String p = m.group();
        if (hasHan(p)) {
          // The chain's last segment runs on into the page's own words ("…含义人民政府2019年…"):
          // group matches by everything up to the last underscore, then cut where they diverge.
          groups.computeIfAbsent(p.substring(0, p.lastIndexOf('_') + 1), k -> new ArrayList<>()).add(p);
        }
      }
      u = end < n ? text.indexOf('_', end) : -1;
    }
    Set<String> phrases = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      // Page titles join page and site with one underscore ("…年度报告_庐江县人民政府"): only gambling
      // words, or a chain injected again and again, make spam.
      boolean gambling = g.getValue().stream().anyMatch(p -> GAMBLING.matcher(p).find());
      if (!gambling && g.getValue().size() < 3) {
        continue;
      }
      String phrase = commonPrefix(g.getValue());
      phrase = cutAtPageWords(g.getKey(), phrase);
      phrases.add(phrase);
    }
    return phrases;
  }

  private static String commonPrefix(List<String> all) {
    String prefix = all.get(0);
    for (String s : all) {
      int i = 0;
      while (i < prefix.length() && i < s.length() && prefix.charAt(i) == s.charAt(i)) {
        i++;
      }
      prefix = prefix.substring(0, i);
    }
    return prefix;
  }

  /**
   * With one occurrence, or continuations that agree, the last segment still holds page words:
   * cut it before an organ word or a year.
   */
  private static String cutAtPageWords(String head, String phrase) {
    String tail = phrase.substring(head.length());
    Matcher w = PAGE_WORDS.matcher(tail);
    if (w.find()) {
      tail = tail.substring(0, w.start());
    }
    return head + tail;
  }

  /** A character of {@link #RUN}, or the underscore that joins runs. */
  private static boolean isChainChar(int cp) {
    return cp == '_'
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= 'a' && cp <= 'z')
        || (cp >= '0' && cp <= '9')
        || io.ogi.parse.Scan.isHan(cp);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(io.ogi.parse.Scan::isHan);
  }
}
