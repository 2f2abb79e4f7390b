#!/usr/bin/env python3
"""Build the division gazetteer resources used by io.ogi.place.Gazetteer.

Rerun (Python 3, standard library only) from the repository root:

    python3 scripts/build_gazetteer.py

It reads data/gazetteer-sources/ (see SOURCES.md there) and rewrites, under
src/main/resources/gazetteer/ (UTF-8, tab-separated, '#' lines are comments):

  divisions.tsv   code, name, level (province|prefecture|county), parent code,
                  province code, first year, last year ('' = still in use),
                  successor codes (';'-separated, '' = none), source (mca|nbs).
                  One row per (code, name) record whose years overlap 2008..
                  A renamed division keeps its old name for its old years
                  (420600 襄樊市 1981-2010, 襄阳市 2010-); the change year is in
                  both records because reports of that year use either name.
                  nbs rows are 2023 functional zones (130372 北戴河新区) the
                  ministry list lacks: their first year is unknown, written 0.
  townships.tsv   9-digit code, name (the county is the first 6 digits), 2023.
  areacodes.tsv   telephone area code, prefecture codes (';'), source:
                  'lpn' (libphonenumber 3.23, current) or '2010' (2010 table).
                  A code may have a row per source: both are right at
                  different times (024 was only 沈阳 in 2010).
  postcodes.tsv   3-digit postal zone, province code, prefecture codes (';'),
                  from county postcodes of about 2010.
  postoffices.tsv first 4 digits of a postcode (the county post office), county
                  codes (';') of the counties with postcodes starting so.

Commit the generated files together with any change to this script.
"""
import csv
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "data", "gazetteer-sources")
OUT = os.path.join(ROOT, "src", "main", "resources", "gazetteer")
FIRST_YEAR_OF_INTEREST = 2008
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}


def read_csv(name):
    with open(os.path.join(SRC, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def load_mca():
    rows = []
    for r in read_csv("mca-divisions-1981-2024.csv"):
        first = int(r["启用时间"])
        last = int(r["变更/弃用时间"]) if r["变更/弃用时间"] else None
        if last is not None and last < FIRST_YEAR_OF_INTEREST:
            continue
        code = r["代码"]
        level = LEVELS[r["级别"]]
        prov = code[:2] + "0000"
        if level == "province":
            parent = ""
        elif level == "prefecture" or r["二级行政区"] == "直辖":
            # municipality districts and province-administered county-level
            # units (429004 仙桃市) hang directly under the province
            parent = prov
        else:
            parent = code[:4] + "00"
        succ = ";".join(re.sub(r"\[\d+\]", "", s) for s in r["新代码"].split(";")
                        if s and "[" not in s)  # [YYYY] = area change only
        rows.append(dict(code=code, name=r["名称"], level=level, parent=parent,
                         prov=prov, first=first, last=last, succ=succ, src="mca"))
    return rows


def overlaps(a, b):
    """True when two records' year ranges overlap."""
    return a["first"] <= (b["last"] or 9999) and b["first"] <= (a["last"] or 9999)


def fix_parents(rows):
    """A county whose xxxx00 prefecture does not exist in its years sits under the province."""
    by_code = defaultdict(list)
    for r in rows:
        by_code[r["code"]].append(r)
    for r in rows:
        if r["level"] == "county" and r["parent"] != r["prov"]:
            if not any(p["level"] == "prefecture" and overlaps(p, r) for p in by_code[r["parent"]]):
                r["parent"] = r["prov"]


def add_nbs_counties(rows):
    in_use = {r["code"] for r in rows if r["last"] is None or r["last"] >= 2023}
    added = 0
    for r in read_csv("nbs-counties-2023.csv"):
        code = r["code"]
        if code in in_use:
            continue
        prov = r["provinceCode"] + "0000"
        parent = r["cityCode"] + "00"
        if parent not in in_use:
            parent = prov
        rows.append(dict(code=code, name=r["name"], level="county", parent=parent, prov=prov,
                         first=0, last=None, succ="", src="nbs"))
        added += 1
    return added


def province_by_short(rows):
    out = {}
    for r in rows:
        if r["level"] == "province":
            for s in (r["name"][:2], r["name"][:3]):
                out.setdefault(s, r["code"])
    return out


def prefecture_index(rows):
    """prefecture (and county, for 2010 tables that list county-level cities) name -> codes"""
    idx = defaultdict(set)
    for r in rows:
        if r["level"] in ("prefecture", "province"):
            idx[r["name"]].add(r["code"])
    return idx


# names in the phone tables that are misspelt or are former county-level cities
CITY_ALIASES = {"株州市": "株洲市", "潮阳市": "汕头市", "顺德市": "佛山市"}


def resolve_city(name, pref_idx, rows_by_name, prov_code=None):
    """Prefecture codes a city name in a phone/postcode table means; county-level -> its parent."""
    name = CITY_ALIASES.get(name, name)
    cands = set(pref_idx.get(name, ()))
    if not cands:
        for n in (name, name + "县"):
            for r in rows_by_name.get(n, ()):
                if r["level"] == "county":
                    cands.add(r["parent"])
    if prov_code:
        cands = {c for c in cands if c[:2] == prov_code[:2]}
    return cands


def build_areacodes(rows, warn):
    pref_idx = prefecture_index(rows)
    by_name = defaultdict(list)
    for r in rows:
        by_name[r["name"]].append(r)
    prov_short = province_by_short(rows)
    out = []
    with open(os.path.join(SRC, "area-codes-libphonenumber-3.23.tsv"), encoding="utf-8") as f:
        for line in f:
            code, desc, _kind = line.rstrip("\n").split("\t")
            prov = None
            for s in sorted(prov_short, key=len, reverse=True):
                if desc.startswith(s):
                    prov = prov_short[s]
                    break
            rest = desc
            m = re.match(r"^(.+?(省|自治区))", desc)
            if m:
                rest = desc[len(m.group(1)):]
            elif prov and desc[:3] == "内蒙古":
                rest = desc[3:]
            elif prov and desc[:2] in ("广西", "西藏", "新疆", "宁夏"):
                rest = desc[2:]
            names = [n for n in re.split(r"[、,，]", rest) if n] or [desc]
            codes = set()
            for n in names:
                c = resolve_city(n, pref_idx, by_name, prov)  # 010 -> 110000 (municipality)
                if not c:
                    warn("areacode lpn %s: %s unresolved" % (code, n))
                codes |= c
            if codes:
                out.append((code, sorted(codes), "lpn"))
    for r in read_csv("area-codes-2010.csv"):
        c = resolve_city(r["name"], pref_idx, by_name)
        if len(c) != 1:
            warn("areacode 2010 %s: %s -> %s" % (r["code"], r["name"], sorted(c)))
        if c:
            out.append((r["code"], sorted(c), "2010"))
    return out


OFFICES = defaultdict(set)


def build_postcodes(rows, warn):
    pref_idx = prefecture_index(rows)
    by_name = defaultdict(list)
    for r in rows:
        by_name[r["name"]].append(r)
    prov_short = province_by_short(rows)
    zones = defaultdict(set)
    zone_prov = defaultdict(lambda: defaultdict(int))
    with open(os.path.join(SRC, "postcodes-county-circa2010.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or not re.fullmatch(r"\d{6}", parts[3]):
                continue
            prov_s, pref, county, pc = parts
            prov = prov_short.get(prov_s)
            if not prov:
                warn("postcode: province %s unknown" % prov_s)
                continue
            zone = pc[:3]
            zone_prov[zone][prov] += 1
            cands = resolve_city(pref, pref_idx, by_name, prov)
            cands.discard(prov)
            if not cands:
                cands = {r["parent"] for r in by_name.get(county, ()) if r["prov"] == prov}
                cands.discard(prov)
            zones[zone] |= cands
            # the post office: first four digits -> the county (same name under those prefectures)
            for r in by_name.get(county, ()):
                if r["level"] == "county" and r["prov"] == prov and r["parent"] in cands:
                    OFFICES[pc[:4]].add(r["code"])
    out = []
    for zone in sorted(zone_prov):
        provs = zone_prov[zone]
        best = max(provs, key=provs.get)
        if len(provs) != 1:
            # a few county rows carry a neighbouring province's zone (border
            # counties, data slips): keep the zone only for a clear majority
            if provs[best] < 0.8 * sum(provs.values()):
                warn("postcode zone %s spans provinces %s: dropped" % (zone, dict(provs)))
                continue
            warn("postcode zone %s: majority %s of %s" % (zone, best, dict(provs)))
        prefs = sorted(c for c in zones[zone] if c[:2] == best[:2])
        out.append((zone, best, prefs))
    return out


def main():
    warnings = []
    warn = warnings.append
    rows = load_mca()
    fix_parents(rows)
    n_nbs = add_nbs_counties(rows)
    rows.sort(key=lambda r: (r["code"], r["first"]))
    os.makedirs(OUT, exist_ok=True)
    header = "# generated by scripts/build_gazetteer.py from data/gazetteer-sources; do not edit\n"
    with open(os.path.join(OUT, "divisions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# code\tname\tlevel\tparent\tprovince\tfirst\tlast\tsuccessor\tsource\n")
        for r in rows:
            f.write("\t".join([r["code"], r["name"], r["level"], r["parent"], r["prov"],
                               str(r["first"]), "" if r["last"] is None else str(r["last"]),
                               r["succ"], r["src"]]) + "\n")
    with open(os.path.join(OUT, "townships.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# code9\tname (county = first 6 digits; NBS 2023)\n")
        for r in read_csv("nbs-townships-2023.csv"):
            f.write("%s\t%s\n" % (r["code"], r["name"]))
    ac = build_areacodes(rows, warn)
    with open(os.path.join(OUT, "areacodes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# area code\tprefecture codes\tsource (lpn = libphonenumber 3.23, 2010 = 2010 table)\n")
        merged = defaultdict(set)
        for code, codes, src in ac:
            merged[(code, src)] |= set(codes)
        for (code, src), codes in sorted(merged.items()):
            codes = sorted(codes)
            f.write("%s\t%s\t%s\n" % (code, ";".join(codes), src))
    pc = build_postcodes(rows, warn)
    with open(os.path.join(OUT, "postcodes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# zone\tprovince code\tprefecture codes (about 2010)\n")
        for zone, prov, codes in pc:
            f.write("%s\t%s\t%s\n" % (zone, prov, ";".join(codes)))
    with open(os.path.join(OUT, "postoffices.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by scripts/build_gazetteer.py from data/gazetteer-sources; do not edit\n")
        f.write("# first 4 digits of a postcode (the county post office)\tcounty codes (about 2010)\n")
        for office in sorted(OFFICES):
            f.write("%s\t%s\n" % (office, ";".join(sorted(OFFICES[office]))))
    print("divisions %d (nbs-only %d), area codes %d, postal zones %d, warnings %d"
          % (len(rows), n_nbs, len(ac), len(pc), len(warnings)), file=sys.stderr)
    for w in warnings:
        print("  " + w, file=sys.stderr)


if __name__ == "__main__":
    main()
