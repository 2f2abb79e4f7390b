package io.ogi.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The type of a department (教育局, 县自然资源局, 国家税务总局) on a fixed list, historic names mapped
 * to their successor's type (卫生局 and 卫生和计划生育委员会 → 卫生健康, 国土资源局 and 规划局 → 自然资源,
 * 环境保护局 → 生态环境, 工商/质监/食药监 → 市场监督管理, 人事局 and 劳动和社会保障局 → 人力资源和社会保障 …).
 *
 * <p>Rule: the place at the start of the name is cut off with the gazetteer (公安县教育局 → 教育局),
 * then the type whose keyword occurs <em>first</em> in the rest wins, the longest keyword at that
 * position first (文化广电旅游局 → 文化和旅游, 教育和体育局 → 教育, 自然资源和规划局 → 自然资源,
 * 政务服务和数据管理局 → 政务服务). A department with no keyword is {@link #OTHER}. The list and
 * its keywords are documented in {@code docs/data-dictionary.md} ({@code documents.department_type}).
 */
public final class DepartmentTypes {

  /** A department whose name matches no type of the list. */
  public static final String OTHER = "other";

  /** Type → keywords (current name first, then short and historic names). */
  private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

  static {
    put("教育", "教育", "教委");
    put("科学技术", "科学技术", "科技");
    put("工业和信息化", "工业和信息化", "经济和信息化", "经济信息化", "工业信息化", "经济和信息", "工信", "经信",
        "经济贸易委员会", "经贸委", "中小企业");
    put("公安", "公安");
    put("民政", "民政");
    put("司法", "司法", "法制办", "法制局");
    put("财政", "财政");
    put("人力资源和社会保障", "人力资源和社会保障", "人力资源社会保障", "人社", "人事", "劳动", "社会保险", "社保");
    put("自然资源", "自然资源", "国土资源", "国土", "规划", "测绘", "海洋");
    put("生态环境", "生态环境", "环境保护", "环保", "环境");
    put("住房和城乡建设", "住房和城乡建设", "住房城乡建设", "住建", "城乡建设", "建设", "住房", "房产", "房地产",
        "房屋", "公积金", "建委");
    put("交通运输", "交通运输", "交通", "公路", "港航", "运输管理");
    put("水利", "水利", "水务", "水资源");
    put("农业农村", "农业农村", "农业", "农村", "农牧", "畜牧", "农委", "渔业", "乡村振兴", "扶贫", "农机");
    put("林业和草原", "林业", "草原");
    put("商务", "商务", "对外贸易", "外经贸", "外经", "招商", "投资促进");
    put("文化和旅游", "文化和旅游", "文化", "旅游", "文广", "文物");
    put("广播电视", "广播电视", "广电", "新闻出版");
    put("卫生健康", "卫生健康", "卫生", "卫健", "计划生育", "计生", "人口和计划生育", "疾病预防");
    put("退役军人事务", "退役军人");
    put("应急管理", "应急管理", "应急", "安全生产", "安监", "消防", "防震减灾", "地震");
    put("审计", "审计");
    put("市场监督管理", "市场监督管理", "市场监管", "工商行政管理", "工商", "质量技术监督", "质量监督", "质监",
        "食品药品", "药品监督", "食药", "药监");
    put("统计", "统计");
    put("医疗保障", "医疗保障", "医保");
    put("城市管理", "城市管理", "城管", "综合行政执法", "综合执法", "市容", "环境卫生", "园林", "绿化");
    put("税务", "税务", "国税", "地税");
    put("发展和改革", "发展和改革", "发展改革", "发改", "发展计划", "计划委员会", "物价", "价格");
    put("信访", "信访");
    put("数据", "大数据", "数据");
    put("政务服务", "政务服务", "行政审批", "审批服务", "公共资源交易");
    put("民族宗教", "民族宗教", "民族事务", "宗教事务", "民宗");
    put("体育", "体育");
    put("人民防空", "人民防空", "人防");
    put("粮食和物资储备", "粮食", "物资储备");
    put("国有资产监督管理", "国有资产", "国资");
    put("金融", "金融");
    put("机关事务管理", "机关事务");
    put("档案", "档案");
    put("外事", "外事", "侨务", "港澳");
    put("气象", "气象");
    put("海关", "海关");
    put("知识产权", "知识产权");
  }

  private DepartmentTypes() {}

  private static void put(String type, String... keywords) {
    KEYWORDS.put(type, List.of(keywords));
  }

  /** Every type of the list, in documentation order, then {@link #OTHER}. */
  public static List<String> types() {
    List<String> out = new ArrayList<>(KEYWORDS.keySet());
    out.add(OTHER);
    return Collections.unmodifiableList(out);
  }

  /** The keywords of a type (empty for {@link #OTHER} or an unknown type). */
  public static List<String> keywords(String type) {
    return KEYWORDS.getOrDefault(type, List.of());
  }

  /**
   * The type of a department named {@code agency}.
   *
   * @param agency the organ's name as written (may start with its place, may contain the spam
   *     placeholder '〓'); null or blank gives null
   * @return a type of {@link #types()}, {@link #OTHER} when no keyword matches
   */
  public static String of(String agency, Gazetteer g) {
    if (agency == null) {
      return null;
    }
    String a = AgencyName.withoutSpaces(agency);
    int spam = a.lastIndexOf(TextFacts.SPAM);
    if (spam >= 0) {
      a = a.substring(spam + 1);
    }
    if (a.isEmpty()) {
      return null;
    }
    int pos = 0;
    int len;
    while (pos < a.length() && (len = g.longestNameAt(a, pos)) > 0) {
      pos += len;
    }
    // 国家税务总局浙江省税务局: the central prefix names no type of its own
    // The first keyword's position is the first where some keyword starts: the rest is gone over
    // from its start, trying there only the keywords that start with its character (in list order,
    // a longer one replacing a shorter, as when every keyword's first occurrence was compared).
    for (int at = pos; at < a.length(); at++) {
      int k = Arrays.binarySearch(FIRSTS, a.charAt(at));
      if (k < 0) {
        continue;
      }
      String best = null;
      int bestLen = 0;
      for (String[] kt : BY_FIRST[k]) {
        if (kt[0].length() > bestLen && a.startsWith(kt[0], at)) {
          best = kt[1];
          bestLen = kt[0].length();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return OTHER;
  }

  /** The keywords' first characters, sorted. */
  private static final char[] FIRSTS;
  /** For each of {@link #FIRSTS}: its keywords with their types ({keyword, type}), in list order. */
  private static final String[][][] BY_FIRST;

  static {
    Map<Character, List<String[]>> byFirst = new TreeMap<>();
    KEYWORDS.forEach((type, ks) -> ks.forEach(
        k -> byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(new String[] {k, type})));
    FIRSTS = new char[byFirst.size()];
    BY_FIRST = new String[byFirst.size()][][];
    int i = 0;
    for (Map.Entry<Character, List<String[]>> e : byFirst.entrySet()) {
      FIRSTS[i] = e.getKey();
      BY_FIRST[i] = e.getValue().toArray(new String[0][]);
      i++;
    }
  }

  /** The types whose keyword lists share a keyword (a check for the tests; empty when sound). */
  static Set<String> clashingKeywords() {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> clash = new LinkedHashSet<>();
    KEYWORDS.values().forEach(ks -> ks.forEach(k -> {
      if (!seen.add(k)) {
        clash.add(k);
      }
    }));
    return clash;
  }
}
