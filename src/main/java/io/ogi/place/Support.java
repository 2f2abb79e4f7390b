package io.ogi.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much a report's text supports one candidate division: the parent or province named in
 * the text, a cited provincial regulation, telephone area codes, postcodes and portal names that
 * point to it. Evidence against a candidate is not subtracted; candidates are compared by
 * support.
 */
final class Support {

  final Division candidate;
  int score;
  /** Number of distinct kinds of evidence (parent, province, regulation, phone, postcode, site). */
  int kinds;

  final List<String> evidence = new ArrayList<>();

  private Support(Division candidate) {
    this.candidate = candidate;
  }

  /** A candidate with no support yet (scored by the caller). */
  static Support empty(Division d) {
    return new Support(d);
  }

  /** Scores {@code d} against the text; {@code d} may be a county, prefecture or province. */
  static Support of(Division d, TextFacts f, Gazetteer g, Integer year) {
    Support s = new Support(d);
    Division pref = prefectureOf(d, g, year);
    Division prov = provinceOf(d, g, year);
    // 秦皇岛市北戴河区: the parent named in the text (seed 001); a short form (南京) counts less
    if (d.isCounty() && pref != null) {
      if (f.mentionCount(pref.name()) > 0) {
        s.add(3, "parent:" + pref.name());
      } else if (f.contains(ShortNames.of(pref.name()))) {
        s.add(2, "parent:" + ShortNames.of(pref.name()));
      }
    }
    if (prov != null && prov != d) {
      if (f.regulations.contains(prov.name())) {
        s.add(2, "regulation:" + prov.name()); // 《浙江省政府信息公开暂行办法》
      } else if (f.mentionCount(prov.name()) > 0) {
        // "与湖北省十堰市签订协议" names another place of the province: no support
        java.util.Set<String> own = new java.util.HashSet<>();
        own.add(d.name());
        if (pref != null) {
          own.add(pref.name());
        }
        if (f.mentionsAsOwn(prov.name(), own)) {
          s.add(2, "province:" + prov.name());
        }
      } else if (f.contains(ShortNames.of(prov.name()))) {
        s.add(1, "province:" + ShortNames.of(prov.name()));
      }
    }
    if (pref != null && pref != d && f.regulations.contains(pref.name())) {
      s.add(2, "regulation:" + pref.name()); // 《岳阳市政府信息公开实施细则》 (seed 003)
    }
    Division local = pref != null ? pref : prov; // municipality districts: phone 010 → 北京市
    phone:
    for (Map.Entry<String, List<Division>> e : f.phones.entrySet()) {
      for (Division p : e.getValue()) {
        if (local != null && p.code().equals(local.code())) {
          s.add(3, "phone:" + e.getKey() + "→" + p.name());
          break phone;
        }
      }
    }
    boolean postcodeHit = false;
    postcode:
    for (Map.Entry<String, List<Division>> e : f.postcodePrefectures.entrySet()) {
      for (Division p : e.getValue()) {
        if (pref != null && p.code().equals(pref.code())) {
          s.add(3, "postcode:" + e.getKey().substring(0, 3) + "→" + p.name());
          postcodeHit = true;
          break postcode;
        }
      }
    }
    if (d.isCounty()) {
      // the first four digits name the county post office: tells apart same-name counties of one
      // postal zone (向阳区 of 鹤岗 154100 and of 佳木斯 154002)
      for (String pc : f.postcodePrefectures.keySet()) {
        if (g.postOfficeServes(pc, d.code())) {
          s.add(1, "postcode:" + pc.substring(0, 4) + "→" + d.name());
          break;
        }
      }
    }
    if (!postcodeHit && prov != null) {
      for (Map.Entry<String, Division> e : f.postcodeProvinces.entrySet()) {
        if (e.getValue().code().equals(prov.code())) {
          s.add(2, "postcode:" + e.getKey().substring(0, 3) + "→" + prov.name());
          break;
        }
      }
    }
    site:
    for (Map.Entry<String, List<Division>> e : f.sites.entrySet()) {
      for (Division p : e.getValue()) {
        if ((pref != null && p.code().equals(pref.code())) || p.code().equals(d.code())) {
          s.add(3, "site:" + e.getKey());
          break site;
        }
      }
    }
    // The address line names the place: recorded as evidence, no extra support (the names in it
    // already count as mentions of the parent)
    for (String a : f.addresses) {
      String named = a.contains(d.name()) ? d.name() : pref != null && a.contains(pref.name()) ? pref.name() : null;
      if (named != null) {
        s.evidence.add("address:" + named);
        break;
      }
    }
    return s;
  }

  void add(int points, String note) {
    score += points;
    kinds++;
    evidence.add(note);
  }

  /**
   * The prefecture of {@code d} in {@code year}: itself for a prefecture, its parent for a county
   * under a prefecture.
   *
   * @return the prefecture, or null for a province or a county directly under its province
   *     (municipality districts, 仙桃市)
   */
  static Division prefectureOf(Division d, Gazetteer g, Integer year) {
    if (d.isPrefecture()) {
      return d;
    }
    if (d.isCounty()) {
      Division p = g.parent(d, year).orElse(null);
      return p != null && p.isPrefecture() ? p : null;
    }
    return null;
  }

  /**
   * The province of {@code d} in {@code year}.
   *
   * @return the province record (itself for a province), or null if the code is unknown
   */
  static Division provinceOf(Division d, Gazetteer g, Integer year) {
    return d.isProvince() ? d : g.byCode(d.provinceCode(), year).orElse(null);
  }
}
