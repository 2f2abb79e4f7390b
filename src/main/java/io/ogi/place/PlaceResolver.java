package io.ogi.place;

import io.ogi.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves where a report's issuer sits (province, prefecture, county valid in the report's
 * year) and its administrative level, from the agency name and the report text together.
 *
 * <p>Rule of the project: an unknown is better than a wrong province. When the agency's place
 * name matches several divisions (鼓楼区 ×4) and nothing in the text tells them apart, the place
 * fields stay null. Stateless and thread-safe.
 */
public final class PlaceResolver {

  private static final String CENTRAL = "central";
  private static final String TOWNSHIP = "township";

  private final Gazetteer g;

  /** A resolver over the shared {@link Gazetteer#get()}. */
  public PlaceResolver() {
    this(Gazetteer.get());
  }

  /** A resolver over the given gazetteer. */
  public PlaceResolver(Gazetteer gazetteer) {
    this.g = gazetteer;
  }

  /**
   * Resolves the issuer's place.
   *
   * @param evidence agency, text and year, each possibly null
   * @return the place: names valid in the year, the code of the most specific division, the
   *     issuer's level and the evidence used. Never null: {@link Place#UNKNOWN} for null
   *     evidence or when nothing at all is known; place fields null (but level set when the
   *     wording tells it) when candidates cannot be told apart. A central organ gives level
   *     {@code central} with no place.
   */
  public Place resolve(PlaceEvidence evidence) {
    if (evidence == null) {
      return Place.UNKNOWN;
    }
    Integer year = evidence.year();
    AgencyName agency = AgencyName.parse(evidence.agency(), g);
    if (CENTRAL.equals(agency.wordingLevel)) {
      return new Place(null, null, null, null, CENTRAL, 0.9, List.of("agency:" + agency.raw));
    }
    TextFacts facts = TextFacts.scan(evidence.text(), year, g);
    if (!agency.chain.isEmpty()) {
      return fromChain(agency, facts, year);
    }
    if (agency.township != null) {
      return fromTownship(agency, facts, year, List.of());
    }
    return anonymous(agency, facts, year);
  }

  /**
   * The type of a department on the fixed list of {@link DepartmentTypes} (the place at the start
   * of its name cut off with this resolver's gazetteer).
   *
   * @return the type, {@link DepartmentTypes#OTHER}, or null for a null agency
   */
  public String departmentType(String agency) {
    return DepartmentTypes.of(agency, g);
  }

  /** The agency starts with division names: 北戴河区…, 淮安市洪泽区…, 徐州市教育局. */
  private Place fromChain(AgencyName agency, TextFacts facts, Integer year) {
    String last = agency.chain.get(agency.chain.size() - 1);
    List<Division> cands = g.byName(last, year);
    List<String> notes = new ArrayList<>();
    notes.add("agency:" + last);
    if (cands.isEmpty()) {
      // the name is not valid that year (a report may still use an old name): accept any year
      cands = latestPerCode(g.byName(last, null));
      notes.add("name-out-of-year:" + last);
    }
    cands = preferDatedRecords(cands);
    // 淮安市洪泽区: keep candidates under the earlier names; ignore them if nothing fits
    List<Division> under = new ArrayList<>();
    for (Division d : cands) {
      if (ancestorsNamed(d, agency.chain.subList(0, agency.chain.size() - 1), year)) {
        under.add(d);
      }
    }
    if (!under.isEmpty() && agency.chain.size() > 1) {
      cands = under;
      notes.add("agency-parent:" + String.join("", agency.chain.subList(0, agency.chain.size() - 1)));
    }
    if (agency.township != null) {
      return fromTownship(agency, facts, year, cands);
    }
    if (agency.branch != null) {
      List<Division> districts = new ArrayList<>();
      for (Division c : cands) {
        for (Division k : g.children(c.code(), year)) {
          if (k.isCounty() && (ShortNames.of(k.name()).equals(agency.branch)
              || k.name().equals(agency.branch))) {
            districts.add(k);
          }
        }
      }
      if (!districts.isEmpty()) {
        notes.add("branch:" + agency.branch);
        return decide(districts, facts, year, Division.COUNTY, notes, 0.85);
      }
    }
    String level = agency.wordingLevel != null ? agency.wordingLevel : null;
    return decide(cands, facts, year, level, notes, 0.9);
  }

  /**
   * A township organ (城关镇人民政府): candidates are the counties having a township of that
   * name (under the agency's named divisions, if any), or, when the name is not in the 2023
   * list, the counties named in the text.
   */
  private Place fromTownship(
      AgencyName agency, TextFacts facts, Integer year, List<Division> within) {
    List<String> notes = new ArrayList<>();
    notes.add("township:" + agency.township);
    Map<String, Division> counties = new LinkedHashMap<>();
    for (Township t : g.townshipsByName(agency.township)) {
      g.byCode(t.countyCode(), year)
          .filter(c -> within.isEmpty() || within.stream().anyMatch(w -> isWithin(c, w, year)))
          .ifPresent(c -> counties.put(c.code(), c));
    }
    if (counties.isEmpty()) {
      if (!within.isEmpty()) {
        // the township is unknown but the agency named its division (XX县XX镇)
        return decide(within, facts, year, TOWNSHIP, notes, 0.8);
      }
      for (String name : facts.mentions.keySet()) {
        for (Division d : g.byName(name, year)) {
          if (d.isCounty()) {
            counties.put(d.code(), d);
          }
        }
      }
      notes.add("township-not-in-list");
    }
    // the county named in the text decides first between 88 城关镇
    List<Division> named = new ArrayList<>();
    for (Division c : counties.values()) {
      if (facts.mentionCount(c.name()) > 0 || (c.name().length() == 2 && facts.contains(c.name()))) {
        named.add(c);
      }
    }
    if (!named.isEmpty() && named.size() < counties.size()) {
      notes.add("county-in-text:" + named.get(0).name() + (named.size() > 1 ? "…" : ""));
      return decide(named, facts, year, TOWNSHIP, notes, 0.8);
    }
    return decide(new ArrayList<>(counties.values()), facts, year, TOWNSHIP, notes, 0.8);
  }

  /**
   * No place in the agency (spam "〓人民政府", "市教育局", or none): only the text can tell. Its
   * level comes from the wording or from the text (全市 … 各县(市、区) → prefecture, seed 004);
   * the place needs at least two kinds of agreeing evidence, and a county issuer gets only its
   * prefecture (a street address's district, 鹿城区 in seed 004, is not the issuer's county).
   */
  private Place anonymous(AgencyName agency, TextFacts facts, Integer year) {
    String level = agency.wordingLevel != null ? agency.wordingLevel : IssuerLevel.fromText(facts);
    List<String> notes = new ArrayList<>();
    if (agency.spam) {
      notes.add("agency-spam");
    }
    if (level != null && agency.wordingLevel == null) {
      notes.add("level-from-text:" + level);
    }
    boolean province = Division.PROVINCE.equals(level);
    Set<Division> cands = new LinkedHashSet<>();
    for (String name : facts.mentions.keySet()) {
      addAnonymousCandidates(cands, g.byName(name, year), province, year);
    }
    for (String name : facts.regulations) {
      addAnonymousCandidates(cands, g.byName(name, year), province, year);
    }
    facts.phones.values().forEach(l -> addAnonymousCandidates(cands, l, province, year));
    facts.postcodePrefectures.values().forEach(l -> addAnonymousCandidates(cands, l, province, year));
    facts.sites.values().forEach(l -> addAnonymousCandidates(cands, l, province, year));
    if (province) {
      facts.postcodeProvinces.values().forEach(p -> cands.add(p));
    }
    if (cands.isEmpty()) {
      return provinceOnly(facts, year, level, notes);
    }
    List<Support> ranked = rank(new ArrayList<>(cands), facts, year, true);
    Support top = ranked.get(0);
    boolean clear = ranked.size() == 1 || top.score > ranked.get(1).score;
    if (!clear || top.kinds < 2) {
      notes.add("undecided");
      return provinceOnly(facts, year, level, notes);
    }
    notes.addAll(top.evidence);
    double conf = Math.min(0.8, 0.4 + 0.1 * top.kinds);
    return place(top.candidate, level, conf, notes, year);
  }

  /**
   * When no prefecture wins, the province alone may still be clear: at least two kinds of
   * evidence (a cited provincial regulation, the postcode's zone, an area code, the province named
   * on its own) agreeing on one province, and no other province as well supported.
   */
  private Place provinceOnly(TextFacts facts, Integer year, String level, List<String> notes) {
    Map<String, Support> byProvince = new LinkedHashMap<>();
    java.util.function.Function<Division, Support> of = p -> byProvince.computeIfAbsent(
        p.code(), k -> Support.empty(p));
    for (String name : facts.regulations) {
      for (Division d : g.byName(name, year)) {
        Division p = Support.provinceOf(d, g, year);
        if (p != null && of.apply(p).evidence.stream().noneMatch(e -> e.startsWith("regulation:"))) {
          of.apply(p).add(2, "regulation:" + name);
        }
      }
    }
    for (Map.Entry<String, Division> e : facts.postcodeProvinces.entrySet()) {
      Support s = of.apply(e.getValue());
      if (s.evidence.stream().noneMatch(x -> x.startsWith("postcode:"))) {
        s.add(2, "postcode:" + e.getKey().substring(0, 3) + "→" + e.getValue().name());
      }
    }
    for (Map.Entry<String, List<Division>> e : facts.phones.entrySet()) {
      Set<String> provs = new LinkedHashSet<>();
      for (Division d : e.getValue()) {
        Division p = Support.provinceOf(d, g, year);
        if (p != null && provs.add(p.code())) {
          Support s = of.apply(p);
          if (s.evidence.stream().noneMatch(x -> x.startsWith("phone:"))) {
            s.add(provs.size() == 1 && e.getValue().size() == 1 ? 3 : 1, "phone:" + e.getKey());
          }
        }
      }
    }
    for (Support s : byProvince.values()) {
      if (facts.mentionsAsOwn(s.candidate.name(), Set.of())) {
        s.add(1, "province:" + s.candidate.name());
      }
    }
    List<Support> ranked = new ArrayList<>(byProvince.values());
    ranked.sort(Comparator.comparingInt((Support s) -> s.score).reversed());
    if (ranked.isEmpty() || ranked.get(0).kinds < 2
        || (ranked.size() > 1 && ranked.get(1).score >= ranked.get(0).score)) {
      return unknown(level, notes);
    }
    Support top = ranked.get(0);
    List<String> out = new ArrayList<>(notes);
    out.add("province-only");
    out.addAll(top.evidence);
    Division p = top.candidate;
    return new Place(p.code(), p.name(), null, null, level, 0.4, List.copyOf(out));
  }

  private void addAnonymousCandidates(
      Set<Division> out, List<Division> ds, boolean province, Integer year) {
    for (Division d : ds) {
      if (province) {
        Division p = Support.provinceOf(d, g, year);
        if (p != null) {
          out.add(p);
        }
      } else {
        Division p = Support.prefectureOf(d, g, year);
        if (p != null) {
          out.add(p);
        } else if (!d.isProvince()) {
          out.add(d); // a county directly under its province (仙桃市)
        }
      }
    }
  }

  /**
   * Picks among same-name candidates. One candidate wins outright; several need strictly the
   * best support; a tie among candidates of one province still gives that province.
   */
  private Place decide(
      List<Division> cands, TextFacts facts, Integer year, String level, List<String> notes,
      double single) {
    if (cands.isEmpty()) {
      return unknown(level, notes);
    }
    if (cands.size() == 1) {
      Support s = Support.of(cands.get(0), facts, g, year);
      notes.addAll(s.evidence);
      return place(cands.get(0), level, s.kinds > 0 ? Math.min(0.95, single + 0.05) : single,
          notes, year);
    }
    List<Support> ranked = rank(cands, facts, year, false);
    Support top = ranked.get(0);
    if (top.score > 0 && top.score > ranked.get(1).score) {
      notes.add("candidates:" + cands.size());
      notes.addAll(top.evidence);
      return place(top.candidate, level, Math.min(0.85, 0.5 + 0.1 * top.kinds), notes, year);
    }
    notes.add("ambiguous:" + cands.get(0).name() + "×" + cands.size());
    String prov = top.candidate.provinceCode();
    boolean sameProvince = true;
    for (Support s : ranked) {
      if (s.score == top.score && !s.candidate.provinceCode().equals(prov)) {
        sameProvince = false;
      }
    }
    if (sameProvince) {
      Division p = g.byCode(prov, year).orElse(null);
      if (p != null) {
        return new Place(p.code(), p.name(), null, null, levelOr(level, top.candidate), 0.4, notes);
      }
    }
    return unknown(levelOr(level, top.candidate), notes);
  }

  private List<Support> rank(List<Division> cands, TextFacts facts, Integer year, boolean byMentions) {
    List<Support> out = new ArrayList<>(cands.size());
    for (Division d : cands) {
      Support s = Support.of(d, facts, g, year);
      if (byMentions) {
        // without an agency name, being the place the text keeps naming counts too (温州 ×14)
        String said = d.name();
        int n = facts.mentionCount(said);
        String shortName = ShortNames.of(d.name());
        if (n == 0 && !shortName.equals(d.name()) && facts.contains(shortName)) {
          said = shortName;
          n = facts.count(shortName);
        }
        if (n > 0) {
          s.add(Math.min(3, n), "mentions:" + said + "×" + n);
        }
      }
      out.add(s);
    }
    out.sort(Comparator.comparingInt((Support s) -> s.score).reversed());
    return out;
  }

  private Place place(Division d, String level, double conf, List<String> notes, Integer year) {
    Division pref = Support.prefectureOf(d, g, year);
    Division prov = Support.provinceOf(d, g, year);
    return new Place(
        d.code(),
        prov == null ? null : prov.name(),
        pref == null ? null : pref.name(),
        d.isCounty() ? d.name() : null,
        levelOr(level, d),
        Math.round(conf * 100) / 100.0,
        List.copyOf(notes));
  }

  private static String levelOr(String level, Division d) {
    return level != null ? level : d.level();
  }

  private static Place unknown(String level, List<String> notes) {
    if (level == null && notes.isEmpty()) {
      return Place.UNKNOWN;
    }
    return new Place(null, null, null, null, level, level == null ? 0.0 : 0.2, List.copyOf(notes));
  }

  private boolean ancestorsNamed(Division d, List<String> names, Integer year) {
    if (names.isEmpty()) {
      return true;
    }
    Set<String> ancestors = new LinkedHashSet<>();
    Division cur = d;
    for (int i = 0; i < 3 && cur != null && cur.parentCode() != null; i++) {
      cur = g.parent(cur, year).orElse(null);
      if (cur != null) {
        ancestors.add(cur.name());
      }
    }
    return ancestors.containsAll(names);
  }

  private boolean isWithin(Division c, Division w, Integer year) {
    if (c.code().equals(w.code())) {
      return true;
    }
    Division cur = c;
    for (int i = 0; i < 3 && cur != null && cur.parentCode() != null; i++) {
      cur = g.parent(cur, year).orElse(null);
      if (cur != null && cur.code().equals(w.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statistics-bureau zone of unknown age (first year 0, 460321 西沙群岛 of 三沙市) gives way to
   * a dated ministry record of the same name in the same province (469031 西沙群岛, 2001-2012):
   * the zone's record only says it existed in 2023.
   */
  private static List<Division> preferDatedRecords(List<Division> ds) {
    if (ds.size() < 2) {
      return ds;
    }
    List<Division> out = new ArrayList<>(ds.size());
    for (Division d : ds) {
      boolean shadowed = d.firstYear() == 0 && ds.stream().anyMatch(
          o -> o.firstYear() > 0 && o.name().equals(d.name()) && o.provinceCode().equals(d.provinceCode()));
      if (!shadowed) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<Division> latestPerCode(List<Division> ds) {
    Map<String, Division> m = new LinkedHashMap<>();
    for (Division d : ds) {
      m.merge(d.code(), d, (a, b) -> a.firstYear() >= b.firstYear() ? a : b);
    }
    return new ArrayList<>(m.values());
  }
}
