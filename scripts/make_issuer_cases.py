#!/usr/bin/env python3
"""Generate the issuer test set: short report texts with the expected issuer and place.

Rerun (Python 3, standard library only) from the repository root:

    python3 scripts/make_issuer_cases.py

It reads data/gazetteer-sources/ (the Ministry of Civil Affairs list with years, the statistics
bureau townships, telephone area codes, county postcodes) and writes
src/test/resources/issuers/cases.jsonl, one JSON object a line:

  id, kind, year, text                      the case and the report text the parser reads
  agency                                    the issuing organ as the report names it
  province, prefecture, county              expected full names valid in the year, null where
                                            not applicable or where nothing in the text decides
  level                                     central | province | prefecture | county | township
  issuer                                    government | government_office | department

The expected place is computed here from the source lists alone (this script shares no code with
the Java resolver): a name is decided when exactly one division of that name is valid in the year
under the parent the text names, or when the text gives a telephone area code, a postcode or a
provincial regulation that leaves exactly one candidate. Otherwise the expectation is the part all
remaining candidates share (a province, or nothing). Deterministic: fixed seed, sorted inputs.
"""
import csv
import json
import os
import random
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "data", "gazetteer-sources")
OUT = os.path.join(ROOT, "src", "test", "resources", "issuers", "cases.jsonl")
SEED = 20240601
FIRST, LAST = 2009, 2023

SPAMS = [
    "365体育_bet365官网_彩票平台",
    "365网站手机打不开_365体育怎么打不开网址_365数字含义",
    "澳门威尼斯人_金沙娱乐城_注册送38元",
    "bet365体育在线_真人百家乐_棋牌开户",
]

COUNTY_DEPTS = [
    "教育局", "财政局", "自然资源局", "住房和城乡建设局", "卫生健康局", "民政局", "人力资源和社会保障局",
    "市场监督管理局", "农业农村局", "水利局", "交通运输局", "应急管理局", "审计局", "统计局", "司法局",
    "文化和旅游局", "医疗保障局", "退役军人事务局", "发展和改革局", "林业局", "商务局", "科学技术局",
]
PREF_DEPTS = [
    "教育局", "自然资源和规划局", "发展和改革委员会", "公安局", "生态环境局", "财政局", "住房和城乡建设局",
    "卫生健康委员会", "交通运输局", "市场监督管理局", "人力资源和社会保障局", "民政局", "水利局",
]
PROV_DEPTS = [
    "教育厅", "公安厅", "自然资源厅", "发展和改革委员会", "财政厅", "民政厅", "交通运输厅", "水利厅",
    "卫生健康委员会", "生态环境厅", "住房和城乡建设厅", "商务厅",
]
CENTRAL = [
    ("教育部", "department"), ("国家税务总局", "department"), ("财政部", "department"),
    ("生态环境部", "department"), ("国家发展和改革委员会", "department"), ("自然资源部", "department"),
    ("交通运输部", "department"), ("水利部", "department"), ("商务部", "department"),
    ("国家卫生健康委员会", "department"), ("应急管理部", "department"), ("海关总署", "department"),
    ("国家市场监督管理总局", "department"), ("国家统计局", "department"), ("国家林业和草原局", "department"),
    ("国务院办公厅", "government_office"), ("民政部", "department"), ("司法部", "department"),
    ("农业农村部", "department"), ("国家医疗保障局", "department"), ("人力资源和社会保障部", "department"),
    ("审计署", "department"), ("国家知识产权局", "department"), ("工业和信息化部", "department"),
]
STREETS = ["人民路", "解放路", "中山路", "建设路", "文化路", "府前街", "迎宾大道", "政通路", "行政中心大道"]


def read_csv(name):
    with open(os.path.join(SRC, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_tsv(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [line.rstrip("\r\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


class Rec:
    """One ministry record: a name valid over [start, end] (end = year of change, or 9999)."""

    def __init__(self, row):
        self.code = row["代码"]
        self.prov = row["一级行政区"]
        self.parent = row["二级行政区"]
        self.name = row["名称"]
        self.level = {"省级": "province", "地级": "prefecture", "县级": "county"}[row["级别"]]
        self.start = int(row["启用时间"])
        self.end = int(row["变更/弃用时间"]) if row["变更/弃用时间"] else 9999

    def valid(self, y):
        return self.start <= y <= self.end

    def safe_years(self):
        """Years in which this name is surely in use (not the year it started or changed)."""
        lo = max(FIRST, self.start + 1)
        hi = min(LAST, self.end - 1)
        return list(range(lo, hi + 1))


RECS = [Rec(r) for r in read_csv("mca-divisions-1981-2024.csv")]
BY_NAME = defaultdict(list)
for r in RECS:
    BY_NAME[r.name].append(r)
LATEST_NAME = {}
for r in sorted(RECS, key=lambda r: r.start):
    LATEST_NAME[r.code] = r.name


def valid_named(name, y):
    return [r for r in BY_NAME.get(name, []) if r.valid(y)]


def prefecture_of(rec, y):
    """The prefecture record of a county valid in y, or None (municipality / province-administered)."""
    if rec.level == "prefecture":
        return rec
    if rec.level != "county" or rec.parent in ("直辖", "", rec.prov):
        return None
    cands = [r for r in valid_named(rec.parent, y) if r.level == "prefecture" and r.prov == rec.prov]
    return cands[0] if len(cands) == 1 else None


# Telephone area codes (current table) by prefecture's current name, postcodes by (pref, county).
PHONE = {}
for code, place, _ in read_tsv("area-codes-libphonenumber-3.23.tsv"):
    PHONE.setdefault(place, code)


def phone_code(prov, pref_rec):
    if pref_rec is None:
        for key in (prov,):
            if key in PHONE and prov in ("北京市", "天津市", "上海市", "重庆市"):
                return PHONE[key]
        return None
    cur = LATEST_NAME.get(pref_rec.code, pref_rec.name)
    return PHONE.get(prov + cur) or PHONE.get(prov + pref_rec.name)


POSTCODES = {}
PREF_PROV = {}
PREFIX_PROVS = defaultdict(lambda: defaultdict(int))
for p, pref, county, pc in read_tsv("postcodes-county-circa2010.tsv"):
    POSTCODES[(pref, county)] = pc
    PREF_PROV[pref] = p
    PREFIX_PROVS[pc[:2]][p] += 1
PREF_POSTCODE = {}
_zones = defaultdict(lambda: defaultdict(list))
for (pref, county), pc in sorted(POSTCODES.items()):
    _zones[pref][pc[:3]].append(pc)
for pref, zs in _zones.items():
    # the prefecture's main zone (果洛's 久治县 has a Sichuan postcode, 624700)
    PREF_POSTCODE[pref] = sorted(max(zs.values(), key=len))[0]


def postcode(pref_name, county_name, prov):
    pref_key = pref_name or prov
    pc = POSTCODES.get((pref_key, county_name))
    if pc is None and county_name is None:
        pc = PREF_POSTCODE.get(pref_key)
    return pc


def zone_prefs(pc):
    """Prefectures whose county postcodes start with the same 3-digit zone."""
    z = pc[:3]
    # the first two digits name the province: a county of another province filed under the
    # zone is a slip of the source (长春市朝阳区 under 100, a Beijing zone)
    provs = PREFIX_PROVS.get(pc[:2], {})
    owner = max(provs, key=provs.get) if provs else None
    return {pref for (pref, _), p in POSTCODES.items() if p[:3] == z and PREF_PROV[pref] == owner}


TOWNSHIPS = read_csv("nbs-townships-2023.csv")
TOWN_NAMES = defaultdict(int)
for t in TOWNSHIPS:
    TOWN_NAMES[t["name"]] += 1

rnd = random.Random(SEED)
CASES = []


def counties_valid(y):
    return [r for r in RECS if r.level == "county" and r.valid(y)]


def add(kind, year, agency, title_agency, sign_agency, body, prov, pref, county, level, issuer,
        contact=None, spam_title=None):
    lines = []
    lines.append((spam_title if spam_title else title_agency) + f"{year}年政府信息公开工作年度报告")
    lines.extend(body)
    if contact:
        lines.append(contact)
    lines.append(sign_agency)
    lines.append(f"{year + 1}年{rnd.randint(1, 3)}月{rnd.randint(1, 28)}日")
    CASES.append({
        "id": f"{kind}-{len(CASES):04d}", "kind": kind, "year": year, "text": "\n".join(lines),
        "agency": agency, "province": prov, "prefecture": pref, "county": county,
        "level": level, "issuer": issuer,
    })


def opening(year, agency, prov=None):
    s = [f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{agency}编制。",
         f"报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"]
    if prov and rnd.random() < 0.3:
        s.append(f"一年来，我们认真贯彻《{prov}政府信息公开规定》，全面推进政务公开工作。")
    return s


def other_place_sentence(exclude_prov):
    """Prose naming another place, as reports do (study visits, pairing assistance)."""
    others = [r for r in RECS if r.level in ("prefecture", "county") and r.end == 9999
              and r.prov != exclude_prov]
    o = rnd.choice(others)
    forms = [f"组织工作人员赴{o.name}学习考察政务公开标准化规范化建设经验。",
             f"与{o.prov}{o.name}签订政务服务“跨省通办”合作协议。",
             f"做好对口支援{o.name}相关信息的公开工作。"]
    return rnd.choice(forms)


def generic_body():
    return rnd.sample([
        "全年主动公开政府信息1256条，其中规范性文件12件。",
        "进一步加强政府网站和政务新媒体建设，及时回应社会关切。",
        "严格落实保密审查制度，做到先审查、后公开。",
        "依申请公开工作依法依规办理，未发生因政府信息公开引起的行政复议和行政诉讼。",
        "存在的主要问题是公开内容不够全面，解读形式较为单一。",
        "下一步将加强业务培训，提升工作人员政务公开能力。",
    ], 3)


def contact_line(tel_code, pc, address):
    parts = []
    if address:
        parts.append(f"地址：{address}")
    if pc:
        parts.append(rnd.choice(["邮编：", "邮政编码：", "邮编 "]) + pc)
    if tel_code:
        num = f"{rnd.randint(2, 8)}{rnd.randint(100000, 9999999):07d}"
        if len(tel_code) == 4:
            num = num[:7]  # 4-digit area codes take 7-digit numbers
        fmt = rnd.choice(["{a}-{n}", "{a}－{n}", "({a}){n}", "（{a}）{n}", "{a} {n}"])
        parts.append(rnd.choice(["电话：", "联系电话：", "咨询电话："]) + fmt.format(a=tel_code, n=num))
    if not parts:
        return None
    return "如对本报告有疑问，请与我们联系（" + "；".join(parts) + "）。"


def county_expected(rec, y, parent_named, phone, pc, reg_prov):
    """What a careful labeller can tell from the name and the clues given (see module doc)."""
    cands = [r for r in valid_named(rec.name, y) if r.level == "county"]
    if parent_named:
        cands = [r for r in cands if (prefecture_of(r, y) and prefecture_of(r, y).name == parent_named)
                 or r.prov == parent_named]
    if len(cands) > 1 and phone:
        cands = [r for r in cands if phone_code(r.prov, prefecture_of(r, y)) == phone] or cands
    if len(cands) > 1 and pc:
        zp = zone_prefs(pc)
        cands = [r for r in cands if (prefecture_of(r, y).name if prefecture_of(r, y) else r.prov) in zp] or cands
    if len(cands) > 1 and reg_prov:
        cands = [r for r in cands if r.prov == reg_prov] or cands
    if len(cands) == 1:
        c = cands[0]
        pr = prefecture_of(c, y)
        return c.prov, (pr.name if pr else None), c.name
    provs = {r.prov for r in cands}
    if len(provs) == 1:
        prefs = {(prefecture_of(r, y).name if prefecture_of(r, y) else None) for r in cands}
        return provs.pop(), (prefs.pop() if len(prefs) == 1 else None), None
    return None, None, None


def county_case(kind, rec, y, clue, issuer_kind, dept=None, form="title"):
    """A county organ; clue is how the text tells a repeated name apart; form is where the name
    stands: in the title ("title"), only in the signature ("signature"), or in the signature of a
    page whose title and opening were hijacked by spam ("hijacked")."""
    pref = prefecture_of(rec, y)
    pref_name = pref.name if pref else None
    if issuer_kind == "government":
        organ = "人民政府"
    elif issuer_kind == "government_office":
        organ = "人民政府办公室"
    else:
        organ = dept
    full = rec.name + organ
    parent_named = None
    title_agency = full
    if clue == "parent":
        parent_named = pref_name or rec.prov
        title_agency = (pref_name or rec.prov) + full
    if clue == "address":
        parent_named = pref_name or rec.prov
    tel = phone_code(rec.prov, pref) if clue in ("phone", "all") else None
    pc = postcode(pref_name, rec.name, rec.prov) if clue in ("postcode", "all") else None
    reg = rec.prov if clue == "regulation" else None
    spam = rnd.choice(SPAMS) if form == "hijacked" else None
    if form == "signature":
        body = opening(y, "本机关")
    elif spam:
        body = opening(y, spam + organ)
    else:
        body = opening(y, title_agency if rnd.random() < 0.5 else full)
    if reg:
        body.append(f"我{rec.name[-1]}严格执行《{rec.prov}政府信息公开规定》，推进决策、执行、管理、服务、结果公开。")
    body += generic_body()
    if rnd.random() < 0.5:
        body.insert(2, other_place_sentence(rec.prov))
    address = None
    if clue in ("phone", "postcode", "all", "parent") and rnd.random() < 0.5:
        address = f"{rec.name}{rnd.choice(STREETS)}{rnd.randint(1, 300)}号"
    if clue == "address":
        address = f"{pref_name or rec.prov}{rec.name}{rnd.choice(STREETS)}{rnd.randint(1, 300)}号"
    contact = contact_line(tel, pc, address)
    if spam:
        body.append("热门城市：北京 上海 广州 深圳 杭州 成都 武汉 西安")
    prov, pr, co = county_expected(rec, y, parent_named, tel, pc, reg)
    level = "county"
    if form == "title":
        add(kind, y, title_agency, title_agency, full, body, prov, pr, co, level, issuer_kind, contact)
    elif form == "signature":
        add(kind, y, full, "", full, body, prov, pr, co, level, issuer_kind, contact)
    else:
        add(kind, y, full, spam + organ, full, body, prov, pr, co, level, issuer_kind, contact)


DECOYS = [
    "组织工作人员赴{x}学习考察政务公开标准化规范化建设。",
    "{x}政务公开办一行来我{u}调研交流。",
    "与{x}签订政务服务“跨省通办”合作协议，实现{n}项事项异地可办。",
    "做好对口支援{x}有关信息的公开工作。",
    "学习借鉴{x}基层政务公开经验做法。",
    "选派{n}名干部到{x}跟班学习。",
]


def decoy_case(y, rep_names, with_clue):
    """A repeated county name whose text names another same-name county's city (a study visit,
    a pairing agreement): that is no evidence. Without a real clue nothing decides."""
    n = rnd.choice(rep_names)
    cands = sorted((r for r in valid_named(n, y) if r.level == "county"), key=lambda r: r.code)
    if len(cands) < 2:
        return
    rec, other = rnd.sample(cands, 2)
    if other.prov == rec.prov:
        return
    opref = prefecture_of(other, y)
    x = opref.name if opref else other.prov
    clue = rnd.choice(["phone", "postcode", "address"]) if with_clue else "none"
    before = len(CASES)
    county_case("decoy", rec, y, clue, rnd.choice(["government", "government_office", "department"]),
                rnd.choice(COUNTY_DEPTS))
    if len(CASES) == before:
        return
    c = CASES[-1]
    lines = c["text"].split("\n")
    lines.insert(3, rnd.choice(DECOYS).format(x=x, u=rec.name[-1], n=rnd.randint(2, 40)))
    c["text"] = "\n".join(lines)
    c["kind"] = "decoy"


def main():
    # 1. Repeated county names: every name shared by several valid counties, each instance.
    for y in (2012, 2021):
        names = defaultdict(list)
        for r in counties_valid(y):
            names[r.name].append(r)
        rep = sorted(n for n, rs in names.items() if len({x.prov for x in rs}) > 1 and len(n) >= 3)
        for n in rep:
            for r in sorted(names[n], key=lambda r: r.code):
                clue = rnd.choice(["parent", "phone", "postcode", "regulation", "all", "address"])
                ik = rnd.choice(["government", "government_office", "department"])
                county_case("repeated", r, y, clue, ik, rnd.choice(COUNTY_DEPTS))
    # 2. Random counties (mostly unique names), government, office and departments.
    pool = [r for r in RECS if r.level == "county" and r.safe_years()]
    pool.sort(key=lambda r: (r.code, r.start))
    for _ in range(200):
        r = rnd.choice(pool)
        y = rnd.choice(r.safe_years())
        ik = rnd.choices(["government", "government_office", "department"], [3, 2, 5])[0]
        clue = rnd.choice(["none", "parent", "phone", "postcode", "all", "address"])
        county_case("county", r, y, clue, ik, rnd.choice(COUNTY_DEPTS))
    # 3. Renamed or merged divisions in a year of their old name.
    renamed = [r for r in RECS if r.level in ("county", "prefecture") and r.end < 2020 and r.safe_years()]
    renamed.sort(key=lambda r: (r.code, r.start))
    specials = [x for x in renamed if x.name in ("襄樊市", "白下区", "崇文区", "宣武区", "巢湖市")]
    picks = specials + rnd.sample(renamed, min(45, len(renamed)))
    for r in picks:
        y = rnd.choice(r.safe_years())
        if r.level == "county":
            county_case("renamed", r, y, rnd.choice(["none", "parent", "phone"]),
                        rnd.choice(["government", "department"]), rnd.choice(COUNTY_DEPTS))
        else:
            prefecture_case("renamed", r, y)
    # 4. Prefectures.
    prefs = sorted((r for r in RECS if r.level == "prefecture" and r.end == 9999 and r.start < 2008),
                   key=lambda r: r.code)
    for r in rnd.sample(prefs, 70):
        prefecture_case("prefecture", r, rnd.randint(FIRST, LAST))
    # 5. Provinces.
    provs = sorted((r for r in RECS if r.level == "province" and r.end == 9999 and r.code < "710000"),
                   key=lambda r: r.code)
    for i in range(40):
        province_case(rnd.choice(provs), rnd.randint(FIRST, LAST))
    # 6. Central ministries.
    for name, ik in CENTRAL:
        central_case(name, ik, rnd.randint(FIRST, LAST))
    # 7. Townships with their county in the text.
    for _ in range(60):
        township_case()
    # 8. Public-security branches of a district (福州市公安局鼓楼分局).
    for _ in range(15):
        branch_case()
    # 9. Hijacked pages: the place name replaced by spam; contact details decide.
    for r in rnd.sample(prefs, 35):
        hijacked_case(r, rnd.randint(2015, LAST), decides=True)
    # 10. Nothing decides: repeated names with no clue, hijacked pages with no contact.
    names21 = defaultdict(list)
    for r in counties_valid(2021):
        names21[r.name].append(r)
    rep = sorted(n for n, rs in names21.items() if len({x.prov for x in rs}) > 1 and len(n) >= 3)
    for n in rep:
        r = names21[n][0]
        county_case("undecided", r, rnd.choice([2019, 2020, 2021]), "none",
                    rnd.choice(["government", "government_office", "department"]), rnd.choice(COUNTY_DEPTS))
    for r in rnd.sample(prefs, 8):
        hijacked_case(r, rnd.randint(2015, LAST), decides=False)
    # 10b. Repeated names with another same-name county's city named as elsewhere (decoys).
    for i in range(50):
        decoy_case(rnd.choice([2016, 2019, 2021]), rep, with_clue=i % 2 == 0)
    # 11. County pages whose title was hijacked; the signature keeps the name.
    for _ in range(25):
        r = rnd.choice(pool)
        county_case("hijacked", r, rnd.choice(r.safe_years()), rnd.choice(["none", "phone", "address", "all"]),
                    rnd.choice(["government", "government_office", "department"]), rnd.choice(COUNTY_DEPTS),
                    form="hijacked")
    # 12. The title carries no agency ("2021年政府信息公开工作年度报告"): only the signature names it.
    for _ in range(30):
        r = rnd.choice(pool)
        county_case("signature", r, rnd.choice(r.safe_years()), rnd.choice(["none", "phone", "address", "all"]),
                    rnd.choice(["government", "government_office", "department"]), rnd.choice(COUNTY_DEPTS),
                    form="signature")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds = defaultdict(int)
    for c in CASES:
        kinds[c["kind"]] += 1
    print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT, ROOT)}: {dict(kinds)}")


def prefecture_case(kind, r, y):
    ik = rnd.choices(["government", "government_office", "department"], [2, 2, 4])[0]
    organ = {"government": "人民政府", "government_office": "人民政府办公室"}.get(ik) or rnd.choice(PREF_DEPTS)
    full = r.name + organ
    body = opening(y, full, r.prov) + generic_body()
    if rnd.random() < 0.5:
        body.insert(2, other_place_sentence(r.prov))
    if rnd.random() < 0.3:
        # a prefecture report lists its counties
        kids = sorted(c.name for c in RECS if c.level == "county" and c.parent == r.name
                      and c.prov == r.prov and c.valid(y))[:4]
        if kids:
            body.append("指导" + "、".join(kids) + "等县（市、区）做好政务公开工作。")
    tel = phone_code(r.prov, r) if rnd.random() < 0.5 else None
    contact = contact_line(tel, None, None)
    same = [x for x in valid_named(r.name, y) if x.level in ("prefecture", "county")]
    prov, pref = (r.prov, r.name) if len(same) == 1 else (None, None)
    add(kind, y, full, full, full, body, prov, pref, None, "prefecture", ik, contact)


def province_case(r, y):
    ik = rnd.choices(["government", "government_office", "department"], [1, 2, 4])[0]
    organ = {"government": "人民政府", "government_office": "人民政府办公厅"}.get(ik) or rnd.choice(PROV_DEPTS)
    full = r.name + organ
    body = opening(y, full, r.name) + generic_body()
    if rnd.random() < 0.5:
        body.insert(2, other_place_sentence(r.name))
    add("province", y, full, full, full, body, r.name, None, None, "province", ik)


def central_case(name, ik, y):
    body = opening(y, name) + generic_body()
    body.insert(2, "指导北京市、浙江省、四川省等地开展政务公开试点工作。")
    contact = contact_line("010", "100" + f"{rnd.randint(0, 999):03d}", "北京市西城区" + rnd.choice(STREETS) + "1号")
    add("central", y, name, name, name, body, None, None, None, "central", ik, contact)


def township_case():
    while True:
        t = rnd.choice(TOWNSHIPS)
        county = [r for r in RECS if r.code == t["areaCode"] and r.level == "county" and r.valid(2022)]
        if county and (t["name"].endswith("镇") or t["name"].endswith("乡") or t["name"].endswith("街道")):
            break
    c = county[0]
    y = rnd.choice([2021, 2022, 2023])
    pref = prefecture_of(c, y)
    organ = "办事处" if t["name"].endswith("街道") else "人民政府"
    full = t["name"] + organ
    with_parent = rnd.random() < 0.4
    title_agency = (c.name + full) if with_parent else full
    body = opening(y, full)
    body.insert(0, f"{t['name']}位于{(pref.name if pref else c.prov)}{c.name}，辖{rnd.randint(5, 30)}个行政村（社区）。")
    body += generic_body()
    # Expected: the county named in the text decides; a repeated county name needs its parent too
    same = [r for r in valid_named(c.name, y) if r.level == "county"]
    if len(same) > 1:
        same = [r for r in same if prefecture_of(r, y) == pref]
    exp = (c.prov, pref.name if pref else None, c.name) if len(same) == 1 else (None, None, None)
    add("township", y, title_agency, title_agency, full, body, *exp, "township", "government")


def branch_case():
    while True:
        c = rnd.choice([r for r in RECS if r.level == "county" and r.end == 9999 and r.name.endswith("区")])
        pref = prefecture_of(c, 2021)
        if pref is not None and len(c.name) >= 3:
            break
    y = rnd.choice([x for x in c.safe_years() if x >= 2015] or [LAST])
    stem = c.name[:-1]
    full = f"{pref.name}公安局{stem}分局"
    body = opening(y, full) + generic_body()
    add("branch", y, full, full, full, body, c.prov, pref.name, c.name, "county", "department")


def hijacked_case(r, y, decides):
    spam = rnd.choice(SPAMS)
    ik = rnd.choice(["government", "government_office"])
    organ = "人民政府" if ik == "government" else "人民政府办公室"
    body = [f"根据《中华人民共和国政府信息公开条例》，现公布{spam}{organ}{y}年政府信息公开工作年度报告。",
            f"本报告统计期限自{y}年1月1日起至{y}年12月31日止。",
            f"{y}年，{spam}深入推进政务公开，全市政务公开工作取得新成效。"]
    body += generic_body()
    body.append("热门推荐：北京赛车_上海快三_广东十一选五_江苏快3")
    contact = None
    if decides:
        tel = phone_code(r.prov, r)
        pc = postcode(r.name, None, r.prov)
        contact = contact_line(tel, pc, None)
        if tel is None or pc is None or len(zone_prefs(pc)) != 1:
            body.append(f"一年来，我市认真贯彻《{r.prov}政府信息公开规定》。")
    sign = spam + organ
    exp = (None, None)
    if decides:
        exp = (r.prov, r.name if (tel or (pc and len(zone_prefs(pc)) == 1)) else None)
    CASES_BEFORE = len(CASES)
    add("hijacked" if decides else "undecided", y, r.name + organ if decides else sign, sign, sign, body, exp[0], exp[1], None,
        "prefecture", ik, contact, spam_title=None)
    assert len(CASES) == CASES_BEFORE + 1


if __name__ == "__main__":
    main()
