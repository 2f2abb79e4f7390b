package io.ogi.gen;

import java.util.List;

/** Issuing organs of a jurisdiction: its government, the government's office, departments, townships. */
final class Organs {

  private Organs() {}

  /** Departments of a prefecture or county (and of a municipality), with their relative volume. */
  static final String[] DEPARTMENTS = {
    "教育局", "公安局", "自然资源局", "财政局", "民政局", "人力资源和社会保障局", "生态环境局", "住房和城乡建设局",
    "交通运输局", "水利局", "农业农村局", "商务局", "卫生健康委员会", "市场监督管理局", "统计局", "司法局",
    "应急管理局", "文化和旅游局", "医疗保障局", "审计局", "退役军人事务局", "林业局"
  };
  static final double[] DEPARTMENT_WEIGHT = {
    1.5, 4, 5, 1, 1.5, 2.5, 1.5, 3.5, 1.2, 0.8, 1.2, 0.8, 1.5, 2.5, 0.5, 1, 0.8, 0.6, 1, 0.5, 0.6, 0.5
  };
  /** The same departments of a province (厅 where a province has a 厅). */
  static final String[] PROVINCE_DEPARTMENTS = {
    "教育厅", "公安厅", "自然资源厅", "财政厅", "民政厅", "人力资源和社会保障厅", "生态环境厅", "住房和城乡建设厅",
    "交通运输厅", "水利厅", "农业农村厅", "商务厅", "卫生健康委员会", "市场监督管理局", "统计局", "司法厅",
    "应急管理厅", "文化和旅游厅", "医疗保障局", "审计厅", "退役军人事务厅", "林业局"
  };

  private static double levelWeight(String level) {
    return switch (level) {
      case "province" -> 8;
      case "prefecture" -> 3;
      case "township" -> 0.3;
      default -> 1;
    };
  }

  /** Where a jurisdiction sits: its names from the province down. */
  record Place(Divisions.Div div, String province, String prefecture, String county, String level) {
    String chain() {
      return province + (prefecture == null || prefecture.equals(province) ? "" : prefecture) + (county == null ? "" : county);
    }

    String name() {
      return county != null ? county : prefecture != null ? prefecture : province;
    }

    String area() {
      String n = name();
      if (n.endsWith("自治区") || n.endsWith("区")) {
        return "全区";
      }
      for (String s : List.of("省", "县", "旗", "州", "盟")) {
        if (n.endsWith(s)) {
          return "全" + s;
        }
      }
      return "全市";
    }
  }

  static Place place(Divisions g, Divisions.Div d, int year) {
    Divisions.Div prov = g.at(d.province(), year);
    return switch (d.level()) {
      case "province" -> new Place(d, prov.name(), null, null, "province");
      case "prefecture" -> new Place(d, prov.name(), d.name(), null, "prefecture");
      default -> {
        Divisions.Div parent = g.at(d.parent(), year);
        String pref = parent == null || "province".equals(parent.level()) ? null : parent.name();
        yield new Place(d, prov.name(), pref, d.name(), "county");
      }
    };
  }

  static Organ government(Place p) {
    return organ(p, p.name() + "人民政府", p.level(), "government", 1.2);
  }

  static Organ office(Place p) {
    String suffix = "province".equals(p.level()) ? "人民政府办公厅" : "人民政府办公室";
    return organ(p, p.name() + suffix, p.level(), "government_office", 1.2);
  }

  static Organ department(Place p, int i) {
    boolean province = "province".equals(p.level()) && !Divisions.MUNICIPALITIES.contains(p.div().code());
    String dept = province ? PROVINCE_DEPARTMENTS[i] : DEPARTMENTS[i];
    return organ(p, p.name() + dept, p.level(), "department", DEPARTMENT_WEIGHT[i]);
  }

  /** A township or sub-district of a county: 鹿城区五马街道办事处, 永嘉县岩头镇人民政府. */
  static Organ township(Place county, String town) {
    String name = county.name() + town + (town.endsWith("街道") ? "办事处" : "人民政府");
    Place p = new Place(county.div(), county.province(), county.prefecture(), county.county(), "township");
    return organ(p, name, "township", "government", 1);
  }

  private static Organ organ(Place p, String name, String level, String issuer, double weight) {
    return new Organ(name, level, issuer, p.province(), p.prefecture(), p.county(), p.div().code(), p.chain(),
        p.area(), weight * levelWeight(level));
  }
}
