package io.ogi.place;

import java.util.regex.Pattern;

/** Short forms of division names: 温州市 → 温州, 广西壮族自治区 → 广西, 青龙满族自治县 → 青龙. */
final class ShortNames {

  // Longest suffixes first: 特别行政区 before 区, 自治州 before 州 (州 alone is part of names).
  private static final String[] SUFFIXES = {
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "盟", "县", "区", "旗"
  };

  // The 55 minority nationalities named in autonomous divisions (and 各族), stripped after 自治X.
  private static final Pattern NATIONALITIES =
      Pattern.compile(
          "(各族|蒙古族|回族|藏族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族?|傣族|黎族"
              + "|傈僳族|佤族|畲族|高山族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族?|土族|达斡尔族|仫佬族|羌族"
              + "|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族?|怒族|乌孜别克族|俄罗斯族|鄂温克族"
              + "|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|蒙古)+$");

  private ShortNames() {}

  /**
   * The short form of a full division name.
   *
   * @return the name without its administrative suffix and nationality words; the full name
   *     itself when stripping would leave fewer than two characters (沙县, 城区, 郊区 keep their
   *     full name because "沙" or "城" alone is no name); {@code null} for null
   */
  static String of(String name) {
    if (name == null) {
      return null;
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String stem = name.substring(0, name.length() - suffix.length());
        if (suffix.startsWith("自治")) {
          stem = NATIONALITIES.matcher(stem).replaceAll("");
        }
        return stem.length() >= 2 ? stem : name;
      }
    }
    return name;
  }
}
