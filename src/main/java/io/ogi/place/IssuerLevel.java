package io.ogi.place;

/** The issuer's level told by how a report speaks of its area, when the agency name cannot. */
final class IssuerLevel {

  private IssuerLevel() {}

  /**
   * Level from the text's wording: 全省/各设区市 → province; 全市 and 各县(市、区) → prefecture
   * (seed 004); 全县/全区 and 各乡镇 → county.
   *
   * @return {@code province}, {@code prefecture}, {@code county}, or null when the text says
   *     nothing or two levels tie
   */
  static String fromText(TextFacts f) {
    int province = f.count("全省") + 3 * (f.count("各设区市") + f.count("各市(州)") + f.count("各市（州）"));
    int prefecture =
        f.count("全市")
            + 3
                * (f.count("县(市、区)")
                    + f.count("县（市、区）")
                    + f.count("县市区")
                    + f.count("各区县")
                    + f.count("各县区")
                    + f.count("区县(市)"));
    int county =
        f.count("全县")
            + f.count("全区")
            + f.count("全旗")
            + 3 * (f.count("各乡镇") + f.count("乡镇(街道)") + f.count("乡(镇)") + f.count("镇(街道)"));
    int max = Math.max(province, Math.max(prefecture, county));
    if (max == 0) {
      return null;
    }
    int ties = (province == max ? 1 : 0) + (prefecture == max ? 1 : 0) + (county == max ? 1 : 0);
    if (ties > 1) {
      return null;
    }
    return province == max ? Division.PROVINCE : prefecture == max ? Division.PREFECTURE : Division.COUNTY;
  }
}
