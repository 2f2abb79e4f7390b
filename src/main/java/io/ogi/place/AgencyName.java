package io.ogi.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an issuing organ's name says by itself: the division names it starts with (淮安市洪泽区 →
 * [淮安市, 洪泽区]), a township (城关镇), and the level its wording implies (国务院 → central, 镇人民政府
 * → township, 市教育局 → prefecture).
 */
final class AgencyName {

  // Organs of the central government, named without a place.
  private static final Pattern CENTRAL_PREFIX = Pattern.compile("^(中华人民共和国|国务院|国家|中央|最高人民|全国|中国(?!·))");
  private static final Pattern CENTRAL_SUFFIX =
      Pattern.compile("^\\p{IsHan}{0,12}(部|委员会|总局|总署|审计署|银行|保险监督管理委员会)(办公厅)?$");
  private static final Pattern TOWNSHIP =
      Pattern.compile("^(\\p{IsHan}{1,12}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处|党委|党工委|$)");
  private static final Pattern BRANCH = Pattern.compile("^\\p{IsHan}{1,12}?局(\\p{IsHan}{2,6}?)分局$");
  /**
   * A central organ's name followed by a place (国家税务总局温州市税务局, 中国人民银行杭州中心支行 is not
   * one: 杭州 alone is no full name): the part up to the place.
   */
  private static final Pattern VERTICAL_BRANCH =
      Pattern.compile("^(?:国家|中国|中华人民共和国)\\p{IsHan}{1,12}?(?:总局|总署|局|署|银行|委员会)");
  private static final Pattern TOWNSHIP_ANYWHERE =
      Pattern.compile("(镇|乡|苏木)(人民)?政府|街道办事处|街道$");

  final String raw;
  /** Whether the name contains the spam placeholder: its place was replaced (seed 004). */
  final boolean spam;
  /** Division names at the start, in order (empty when spam or none). */
  final List<String> chain = new ArrayList<>();
  /**
   * Stem of a district branch of a city bureau (福州市公安局鼓楼分局 → 鼓楼), or null: the issuer is
   * the county-level branch, named by its district's short name.
   */
  final String branch;
  /** Township name following the chain (城关镇, 东城街道), or null. */
  final String township;
  /** Level implied by the wording alone, or null when only the place or the text can tell. */
  final String wordingLevel;

  private AgencyName(String raw, Gazetteer g) {
    this.raw = raw;
    this.spam = raw.indexOf(TextFacts.SPAM) >= 0;
    // The place of a hijacked agency is gone; what follows the last 〓 is only the organ type.
    String rest = spam ? raw.substring(raw.lastIndexOf(TextFacts.SPAM) + 1) : raw;
    int pos = 0;
    if (!spam) {
      Matcher v = mayBeCentral(rest) ? VERTICAL_BRANCH.matcher(rest) : null;
      if (v != null && v.find() && g.longestNameAt(rest, v.end()) >= 2) {
        // 国家税务总局温州市税务局: a local branch of a central organ sits where its place says
        rest = rest.substring(v.end());
      }
      int len;
      while (pos < rest.length() && (len = g.longestNameAt(rest, pos)) > 0) {
        chain.add(rest.substring(pos, pos + len));
        pos += len;
      }
    }
    String tail = rest.substring(pos);
    Matcher b = !spam && !chain.isEmpty() && tail.contains("分局") ? BRANCH.matcher(tail) : null;
    this.branch = b != null && b.find() ? b.group(1) : null;
    Matcher t = !spam && mayNameTownship(tail) ? TOWNSHIP.matcher(tail) : null;
    this.township = t != null && t.find() ? t.group(1) : null;
    this.wordingLevel = wordingLevel(rest, tail, township != null, chain.isEmpty(), spam);
  }

  // Each regex above needs a word that a plain look for it finds first: most agencies hold none
  // and are turned down without a matcher (resolve() runs millions of times).

  /**
   * Whether {@code s} may match VERTICAL_BRANCH or CENTRAL_PREFIX: both are anchored at the start,
   * and each of their first words starts with 中, 国, 最 or 全.
   */
  private static boolean mayBeCentral(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '中' || c == '国' || c == '最' || c == '全';
  }

  /**
   * Whether {@code s} holds a word that CENTRAL_SUFFIX needs: 部, 署 (总署, 审计署), 委员会, 总局 or
   * 银行.
   */
  private static boolean mayNameCentralOrgan(String s) {
    return s.indexOf('部') >= 0 || s.indexOf('署') >= 0 || s.contains("委员会") || s.contains("总局")
        || s.contains("银行");
  }

  /** Whether {@code s} holds a word that TOWNSHIP and TOWNSHIP_ANYWHERE need: 镇, 乡, 苏木 or 街道. */
  private static boolean mayNameTownship(String s) {
    return s.indexOf('镇') >= 0 || s.indexOf('乡') >= 0 || s.contains("苏木") || s.contains("街道");
  }

  /**
   * Parses an agency name.
   *
   * @return the parse; for a null or blank agency, one with no chain, no township and no level
   */
  static AgencyName parse(String agency, Gazetteer g) {
    String a = agency == null ? "" : withoutSpaces(agency);
    return new AgencyName(a, g);
  }

  boolean isBlank() {
    return raw.isEmpty();
  }

  private static String wordingLevel(
      String rest, String tail, boolean township, boolean noPlace, boolean spam) {
    if (township || mayNameTownship(tail) && TOWNSHIP_ANYWHERE.matcher(tail).find()) {
      return "township";
    }
    if (noPlace && !rest.isEmpty()) {
      // after a spam cut ("〓区人民政府") the organ type still tells the level, never central
      if (!spam && mayBeCentral(rest) && CENTRAL_PREFIX.matcher(rest).find()) {
        return "central";
      }
      char c = rest.charAt(0);
      // "市教育局": the organ's own level word stands in for the place (brief: → prefecture)
      if (c == '省') {
        return Division.PROVINCE;
      }
      if ((c == '市' && !rest.startsWith("市场") && !rest.startsWith("市政")) || c == '州' || c == '盟') {
        return Division.PREFECTURE;
      }
      if (c == '县' || c == '区' || c == '旗') {
        return Division.COUNTY;
      }
      if (!spam && mayNameCentralOrgan(rest) && CENTRAL_SUFFIX.matcher(rest).find()) {
        return "central"; // 教育部, 审计署, 国家发展和改革委员会
      }
    }
    return null;
  }

  /**
   * Same as {@code s.replaceAll("[\\s\\u3000]+", "")}, without the regex for the usual name
   * that holds no space.
   */
  static String withoutSpaces(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
        return s.replaceAll("[\\s\\u3000]+", "");
      }
    }
    return s;
  }
}
