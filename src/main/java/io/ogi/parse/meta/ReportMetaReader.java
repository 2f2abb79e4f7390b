package io.ogi.parse.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's identity from its text: the title and agency, the data year, the issuer kind and
 * the scope (the organ's own work, or an aggregate over a whole jurisdiction).
 */
public final class ReportMetaReader {

  private static final int MIN_YEAR = 2008;
  private static final int MAX_YEAR = 2030;

  private static final Pattern TITLE = Pattern.compile(
      "([^\\s|]{0,60}?)[\\s]*+((?:19|20)\\d{2})\\s*+年\\s*度?\\s*(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)");
  private static final Pattern PERIOD = Pattern.compile(
      "统计(?:期限|时限|时间|期间|区间)[^。]{0,12}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern STAT_TABLE = Pattern.compile(
      "((?:19|20)\\d{2})\\s*年度?\\s*(?:政府信息公开情况统计表|政府信息公开工作)");
  private static final Pattern YEAR_DU = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
  private static final Pattern SIGN_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
  /** The organ suffixes of {@link #AGENCY}, in its order. */
  private static final String[] AGENCY_SUFFIXES = {
    "人民政府办公厅", "人民政府办公室", "人民政府", "政府办公室", "政府办公厅", "办公厅", "办公室", "委员会", "管理委员会",
    "街道办事处", "办事处", "局", "厅", "署", "部", "委", "院", "中心", "分局", "政府", "银行"
  };
  /**
   * An organ's name: Han characters (or the spam placeholder) ending in an organ suffix, at the
   * end. Matched by {@link #agencyAtEnd}, which gives what {@code find()} and {@code group(1)} give.
   */
  static final Pattern AGENCY =
      Pattern.compile("([\\p{IsHan}〓()（）]{2,40}?(?:" + String.join("|", AGENCY_SUFFIXES) + "))$");
  private static final String[] CUT_MARKERS = {
    "公布", "发布", "现将", "编制", "印发", "以下", "：", ":", "，", ",", "。", "》", "、", "|", "根据", "关于", "的"
  };
  private static final Pattern GOV_MENTION = Pattern.compile(
      "([\\p{IsHan}]{2,12}?(?:省|市|县|区|旗|州|盟))人民政府");
  private static final Pattern JURISDICTION = Pattern.compile(
      "综合[^。]{0,40}(?:各县|各区|各乡镇|各部门|县（市、区）|县\\(市、区\\)|各地)"
          + "|全(?:省|市|区|县|州|旗|盟)(?:各级行政机关|各级政府|各级各部门)"
          + "|全(?:省|市|区|县|州|旗|盟)(?:共|累计)(?:收到|受理|发生|办理|新收)"
          + "|汇总[^。]{0,20}全(?:省|市|区|县)");

  private ReportMetaReader() {}

  /** A title found in the text: the agency before the year, and the year. */
  public record Title(String agency, int year, String line) {}

  /**
   * The first line that reads like a report title ("牡丹江市人民政府办公室2019年政府信息公开工作年度报告"),
   * searching the first lines first; {@code null} when there is none.
   */
  public static Title title(List<String> lines) {
    for (String line : lines) {
      // TITLE needs 信息公开 or 政务公开, and 报告 or 年报: a line without 公开 and 报 cannot match
      if (line.indexOf("公开") < 0 || line.indexOf('报') < 0) {
        continue;
      }
      // The year must be followed by 年; a match starts at most 60 characters and the blanks before it
      int y0 = firstYearSpot(line);
      if (y0 < 0) {
        continue;
      }
      int w0 = 0;
      while (y0 - w0 > 0 && io.ogi.parse.Scan.isRegexSpace(line.charAt(y0 - w0 - 1))) {
        w0++;
      }
      Matcher m = TITLE.matcher(line);
      boolean first = true;
      while (first ? m.find(Math.max(0, y0 - w0 - 60)) : m.find()) {
        first = false;
        int year = Integer.parseInt(m.group(2));
        if (year < MIN_YEAR || year > MAX_YEAR) {
          continue;
        }
        String agency = agencyFrom(m.group(1));
        if (agency != null && agency.contains(SpamFilter.PLACEHOLDER)) {
          // a hijacked title ("〓人民政府办公室"): the signature often kept the real name
          String signed = signature(lines);
          if (signed != null && !signed.contains(SpamFilter.PLACEHOLDER)) {
            agency = signed;
          }
        }
        return new Title(agency, year, line.length() > 200 ? line.substring(0, 200) : line);
      }
    }
    return null;
  }

  /**
   * The first position of a year (19xx or 20xx, ASCII digits) followed by blanks ({@code \\s}) and
   * 年; -1 when there is none.
   */
  static int firstYearSpot(String line) {
    int n = line.length();
    for (int i = 0; i + 4 < n; i++) {
      char a = line.charAt(i);
      char b = line.charAt(i + 1);
      if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) {
        continue;
      }
      char c = line.charAt(i + 2);
      char d = line.charAt(i + 3);
      if (c < '0' || c > '9' || d < '0' || d > '9') {
        continue;
      }
      int j = i + 4;
      while (j < n && io.ogi.parse.Scan.isRegexSpace(line.charAt(j))) {
        j++;
      }
      if (j < n && line.charAt(j) == '年') {
        return i;
      }
    }
    return -1;
  }


  /**
   * The organ name that ends {@code s}: {@code group(1)} of {@link #AGENCY}'s first match, or null
   * when it has none. Without the regex, which tries each start, each prefix length and each
   * suffix in turn.
   *
   * <p>Why this is the same: a match ends where {@code $} holds, and its characters are no line
   * terminators, so it ends at {@code s}'s end or right before a line terminator that ends
   * {@code s}: one place, {@code end}. It is {@code s[start, end)} for the leftmost {@code start}
   * at which some suffix ends at {@code end} after 2 to 40 characters of the class, all of them
   * in the class. For a suffix, that start is the later of the start of the class's run before it
   * and 40 before it. The prefix counts code points, so a text with a surrogate there goes to the
   * regex.
   */
  static String agencyAtEnd(String s) {
    int end = s.length();
    if (end > 0 && !isAgencyChar(s.charAt(end - 1))) {
      end = endBeforeFinalTerminator(s);
      if (end < 0) {
        return null;
      }
    }
    int best = -1;
    for (String suffix : AGENCY_SUFFIXES) {
      int upTo = end - suffix.length();
      if (upTo < 2 || !s.startsWith(suffix, upTo)) {
        continue;
      }
      // 40 characters are 40 code points, and the one before them is no half of a pair, when none
      // of the 41 before the suffix is a surrogate
      for (int i = Math.max(0, upTo - 41); i < upTo; i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          Matcher m = AGENCY.matcher(s);
          return m.find() ? m.group(1) : null;
        }
      }
      int from = Math.max(0, upTo - 40);
      int r = upTo;
      while (r > from && isAgencyChar(s.charAt(r - 1))) {
        r--;
      }
      if (upTo - r >= 2 && (best < 0 || r < best)) {
        best = r;
      }
    }
    return best < 0 ? null : s.substring(best, end);
  }

  /** The characters of {@link #AGENCY}'s class {@code [\\p{IsHan}〓()（）]}, BMP only. */
  private static boolean isAgencyChar(char c) {
    return io.ogi.parse.Scan.isHan(c) || c == '〓' || c == '(' || c == ')' || c == '（' || c == '）';
  }

  /**
   * Where {@code $} (not multiline) holds before the end: before a line terminator that ends
   * {@code s} ({@code \\n} not preceded by {@code \\r}, {@code \\r\\n}, {@code \\r}, U+0085, U+2028,
   * U+2029); -1 when {@code s} does not end with one.
   */
  private static int endBeforeFinalTerminator(String s) {
    int n = s.length();
    char last = s.charAt(n - 1);
    if (last == '\n') {
      return n >= 2 && s.charAt(n - 2) == '\r' ? n - 2 : n - 1;
    }
    return last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? n - 1 : -1;
  }

  /** Trims the words before an organ name ("向社会公布北戴河区人民政府办公室" → "北戴河区人民政府办公室"). */
  static String agencyFrom(String before) {
    String s = before.strip();
    int cut = -1;
    for (String marker : CUT_MARKERS) {
      int i = s.lastIndexOf(marker);
      if (i >= 0 && i + marker.length() > cut) {
        cut = i + marker.length();
      }
    }
    if (cut > 0) {
      s = s.substring(cut);
    }
    int lead = 0;
    while (lead < s.length() && (io.ogi.parse.Scan.isRegexSpace(s.charAt(lead)) || "《“\"".indexOf(s.charAt(lead)) >= 0)) {
      lead++;
    }
    s = s.substring(lead); // same as replaceAll("^[\\s《“\"]+", "")
    return agencyAtEnd(s);
  }

  /**
   * The signature: an organ name on one of the last lines, alone or followed by the date
   * ("北戴河区人民政府办公室" then "2023年1月19日"). Returns {@code null} when absent.
   */
  public static String signature(List<String> lines) {
    int from = Math.max(0, lines.size() - 6);
    for (int i = lines.size() - 1; i >= from; i--) {
      String line = lines.get(i).replace("|", " ").strip();
      Matcher d = SIGN_DATE.matcher(line);
      String before = line;
      if (d.find()) {
        before = line.substring(0, d.start()).strip();
        if (before.isEmpty() && i > 0) {
          before = lines.get(i - 1).replace("|", " ").strip();
        }
      }
      if (before.length() > 60) {
        // The signature may close a long paragraph (seed 004): keep its tail.
        int sp = before.lastIndexOf(' ');
        before = sp >= 0 ? before.substring(sp + 1) : before.substring(before.length() - 40);
      }
      String organ = before.length() <= 60 ? agencyAtEnd(before) : null;
      if (organ != null) {
        return agencyFrom(organ);
      }
    }
    return null;
  }

  private static final Pattern SOURCE_LINE =
      Pattern.compile("^(?:信息|文章|稿件)?来源\\s*[:：]\\s*([\\p{IsHan}()（）]{2,40})");

  /**
   * The organ on a 来源 line ("来源：温州市教育局"), searched from the top; {@code null} when there is
   * none or it names no organ.
   */
  public static String sourceLine(List<String> lines) {
    for (String line : lines) {
      Matcher m = SOURCE_LINE.matcher(line.strip());
      if (m.find()) {
        String organ = agencyAtEnd(m.group(1));
        if (organ != null) {
          return organ;
        }
      }
    }
    return null;
  }

  /** The government most often named ("汨罗市人民政府"), for reports with neither title nor signature. */
  public static String mostNamedGovernment(String text) {
    Map<String, Integer> counts = new HashMap<>();
    // 人民政府 follows three to thirteen characters of the name
    io.ogi.parse.Scan.Anchored a = new io.ogi.parse.Scan.Anchored(GOV_MENTION, text, "人民政府", 13);
    Matcher m = a.matcher();
    while (a.find()) {
      String name = agencyFrom(m.group(1)) == null ? m.group(1) : m.group(1);
      counts.merge(trimPrefix(name) + "人民政府", 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static String trimPrefix(String name) {
    String s = name;
    for (String marker : CUT_MARKERS) {
      int i = s.lastIndexOf(marker);
      if (i >= 0) {
        s = s.substring(i + marker.length());
      }
    }
    for (String lead : new String[] {"由", "是", "为", "在", "对", "与", "和", "向"}) {
      if (s.startsWith(lead) && s.length() > 3) {
        s = s.substring(lead.length());
      }
    }
    return s;
  }

  /**
   * The data year: the title's year, else the reporting period (统计期限自2022年1月1日), else the
   * statistics table's year, else the most frequent "YYYY年度" near the start. Never the
   * publication date.
   */
  public static Integer year(Title title, String text) {
    if (title != null) {
      return title.year();
    }
    for (Pattern p : new Pattern[] {PERIOD, STAT_TABLE}) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        if (y >= MIN_YEAR && y <= MAX_YEAR) {
          return y;
        }
      }
    }
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR_DU.matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= MIN_YEAR && y <= MAX_YEAR) {
        counts.merge(y, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** {@code government_office}, {@code government} or {@code department}; null for no agency. */
  public static String issuerKind(String agency) {
    if (agency == null) {
      return null;
    }
    if (agency.endsWith("人民政府办公室") || agency.endsWith("人民政府办公厅") || agency.endsWith("政府办公室")
        || agency.endsWith("政府办公厅")) {
      return "government_office";
    }
    if (agency.endsWith("人民政府") || agency.endsWith("街道办事处") || agency.endsWith("政府")) {
      return "government";
    }
    return "department";
  }

  /** {@code jurisdiction} when the text says it covers a whole area's organs, else {@code agency}. */
  public static String scope(String text) {
    // every alternative of JURISDICTION opens with 综, 全 or 汇
    // every alternative of JURISDICTION opens with 综合, 全 and a level (省市区县州旗盟) or 汇总
    // Any match will do, so each opening character is looked for on its own (String.indexOf is
    // vectorised; a charAt loop over the whole text is not).
    Matcher m = null;
    for (char c : new char[] {'综', '全', '汇'}) {
      for (int i = text.indexOf(c); i >= 0 && i + 1 < text.length(); i = text.indexOf(c, i + 1)) {
        char d = text.charAt(i + 1);
        if (c == '综' ? d == '合' : c == '全' ? "省市区县州旗盟".indexOf(d) >= 0 : d == '总') {
          if (m == null) {
            m = JURISDICTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          }
          m.region(i, text.length());
          if (m.lookingAt()) {
            return "jurisdiction";
          }
        }
      }
    }
    return "agency";
  }
}
