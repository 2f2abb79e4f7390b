package io.ogi.gen;

import static io.ogi.gen.Tbl.c;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a report's tables from its {@link Figures}, with the generator's own label texts, and
 * records every printed number under its gold key in {@link Doc#values}.
 */
final class Tables {

  private Tables() {}

  static final String[] DENIED_LABELS = {
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"
  };
  static final String[] UNABLE_LABELS = {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"};
  static final String[] NOTPROC_LABELS = {
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"
  };
  static final String[] OTHER_LABELS = {
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他"
  };

  /** Table 三. */
  static Tbl table3(Doc d) {
    Figures f = d.fig;
    boolean rev2021 = "2021".equals(d.revision);
    boolean st = d.sectionTotals;
    Tbl t = new Tbl();
    t.row(c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 7));
    t.row(c("自然人", 2, 1), c("法人或其他组织", 1, 5), c("总计", 2, 1));
    t.row(c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他"));
    t.row(cells(d, List.of(c("一、本年新收政府信息公开申请数量", 1, 3)), "new", Figures.NEW, 1, 0));
    t.row(cells(d, List.of(c("二、上年结转政府信息公开申请数量", 1, 3)), "carried", Figures.CARRIED, 1, 0));
    int sectionRows = st ? 4 : 0;
    int resultRows = 2 + 8 + 3 + 5 + (rev2021 ? 3 : 1) + 1 + sectionRows - (st && !rev2021 ? 1 : 0);
    t.row(cells(d, List.of(c("三、本年度办理结果", resultRows, 1), c("（一）予以公开", 1, 2)), "granted", Figures.GRANTED, 1, 0));
    t.row(cells(d, List.of(c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)), "partial", Figures.PARTIAL, 1, 0));
    section(t, d, "（三）不予公开", "denied", Figures.DENIED0, Figures.DENIED_ITEMS, DENIED_LABELS, st);
    section(t, d, "（四）无法提供", "unable", Figures.UNABLE0, Figures.UNABLE_ITEMS, UNABLE_LABELS, st);
    section(t, d, "（五）不予处理", "not_processed", Figures.NOTPROC0, Figures.NOTPROC_ITEMS, NOTPROC_LABELS, st);
    if (rev2021) {
      section(t, d, "（六）其他处理", "other", Figures.OTHER0, Figures.OTHER_ITEMS, OTHER_LABELS, st);
    } else {
      t.row(cells(d, List.of(c("（六）其他处理", 1, 2)), "other", Figures.OTHER0, 3, 0));
    }
    List<Tbl.Cell> total = new ArrayList<>(List.of(c("（七）总计", 1, 2)));
    for (int col = 0; col < 7; col++) {
      long v = f.results(col) + (col == 0 || col == 6 ? d.contradiction : 0);
      total.add(num(d, KEYS.computeIfAbsent("results", Tables::columnKeys)[col], v));
    }
    t.row(total);
    t.row(cells(d, List.of(c("四、结转下年度继续办理", 1, 3)), "carried_forward", Figures.CARRIED_FORWARD, 1, 0));
    return t;
  }

  private static void section(Tbl t, Doc d, String label, String key, int row0, String[] items, String[] labels, boolean st) {
    int n = items.length + (st ? 1 : 0);
    boolean first = true;
    if (st) {
      t.row(cells(d, List.of(c(label, n, 1), c("小计")), key, row0, items.length, 0));
      first = false;
    }
    for (int i = 0; i < items.length; i++) {
      List<Tbl.Cell> lead = first ? List.of(c(label, n, 1), c(labels[i])) : List.of(c(labels[i]));
      first = false;
      t.row(cells(d, lead, key + "." + items[i], row0 + i, 1, 0));
    }
  }

  /** Label cells then the seven applicant columns of rows {@code row0 … row0+count-1} summed. */
  private static List<Tbl.Cell> cells(Doc d, List<Tbl.Cell> lead, String key, int row0, int count, int unused) {
    List<Tbl.Cell> out = new ArrayList<>(lead.size() + 7);
    out.addAll(lead);
    String[] keys = KEYS.computeIfAbsent(key, Tables::columnKeys);
    boolean blank = d.blanks && !key.equals("new") && d.fig.sum(row0, count, 6) == 0;
    for (int col = 0; col < 7; col++) {
      if (blank) {
        d.blankValues.put(keys[col], 0L);
        out.add(c(""));
      } else {
        out.add(num(d, keys[col], d.fig.sum(row0, count, col)));
      }
    }
    return out;
  }

  /** Gold keys of a table-三 row by column, built once (the generator writes millions). */
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String[] columnKeys(String row) {
    String[] k = new String[7];
    for (int col = 0; col < 7; col++) {
      k[col] = "t3." + row + "." + Figures.COLUMNS[col];
    }
    return k;
  }

  /** Table 四: review, then lawsuits without and after review. */
  static Tbl table4(Doc d) {
    Tbl t = new Tbl();
    t.row(c("行政复议", 1, 5), c("行政诉讼", 1, 10));
    t.row(c("结果维持", 2, 1), c("结果纠正", 2, 1), c("其他结果", 2, 1), c("尚未审结", 2, 1), c("总计", 2, 1),
        c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5));
    List<Tbl.Cell> heads = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      heads.addAll(List.of(c("结果维持"), c("结果纠正"), c("其他结果"), c("尚未审结"), c("总计")));
    }
    t.row(heads);
    String[] blocks = {"review", "lit_direct", "lit_after_review"};
    String[] outcomes = {"upheld", "corrected", "other", "pending"};
    List<Tbl.Cell> vals = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < 4; k++) {
        vals.add(num(d, "t4." + blocks[b] + "." + outcomes[k], d.fig.t4[b][k]));
      }
      vals.add(num(d, "t4." + blocks[b] + ".total", d.fig.t4Total(b)));
    }
    t.row(vals);
    return t;
  }

  /** Table 二, in the wording of the template revision. */
  static Tbl table2(Doc d) {
    Figures f = d.fig;
    Tbl t = new Tbl();
    if ("2021".equals(d.revision)) {
      t.row(c("第二十条第（一）项", 1, 4));
      t.row(c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数"));
      t.row(c("规章"), num(d, "t2.regulations.issued", f.regIssued), num(d, "t2.regulations.repealed", f.regRepealed),
          num(d, "t2.regulations.in_force", f.regInForce));
      t.row(c("行政规范性文件"), num(d, "t2.normative_docs.issued", f.normIssued),
          num(d, "t2.normative_docs.repealed", f.normRepealed), num(d, "t2.normative_docs.in_force", f.normInForce));
      t.row(c("第二十条第（五）项", 1, 4));
      t.row(c("信息内容"), c("本年处理决定数量", 1, 3));
      t.row(c("行政许可"), span(num(d, "t2.licensing.decisions", f.decisions[0]), 3));
      t.row(c("第二十条第（六）项", 1, 4));
      t.row(c("信息内容"), c("本年处理决定数量", 1, 3));
      t.row(c("行政处罚"), span(num(d, "t2.penalty.decisions", f.decisions[2]), 3));
      t.row(c("行政强制"), span(num(d, "t2.coercion.decisions", f.decisions[3]), 3));
      t.row(c("第二十条第（八）项", 1, 4));
      t.row(c("信息内容"), c("本年收费金额（单位：万元）", 1, 3));
      t.row(c("行政事业性收费"), span(amount(d, "t2.fees.amount_10k_yuan", f.feeCents), 3));
      return t;
    }
    t.row(c("第二十条第（一）项", 1, 4));
    t.row(c("信息内容"), c("本年新制作数量"), c("本年新公开数量"), c("对外公开总数量"));
    t.row(c("规章"), num(d, "t2.regulations.issued", f.regIssued), num(d, "t2.regulations.published", f.regPublished),
        num(d, "t2.regulations.published_total", f.regTotal));
    t.row(c("规范性文件"), num(d, "t2.normative_docs.issued", f.normIssued),
        num(d, "t2.normative_docs.published", f.normPublished), num(d, "t2.normative_docs.published_total", f.normTotal));
    String[] items = {"licensing", "other_services", "penalty", "coercion"};
    String[] labels = {"行政许可", "其他对外管理服务事项", "行政处罚", "行政强制"};
    for (int g = 0; g < 2; g++) {
      t.row(c(g == 0 ? "第二十条第（五）项" : "第二十条第（六）项", 1, 4));
      t.row(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量"));
      for (int i = 2 * g; i < 2 * g + 2; i++) {
        t.row(c(labels[i]), num(d, "t2." + items[i] + ".items_prev_year", f.itemsPrev[i]),
            num(d, "t2." + items[i] + ".items_change", f.itemsChange[i]),
            num(d, "t2." + items[i] + ".decisions", f.decisions[i]));
      }
    }
    t.row(c("第二十条第（八）项", 1, 4));
    t.row(c("信息内容"), c("上一年项目数量"), c("本年增/减", 1, 2));
    t.row(c("行政事业性收费"), num(d, "t2.fees.items_prev_year", f.feeItemsPrev),
        span(num(d, "t2.fees.items_change", f.feeItemsChange), 2));
    t.row(c("第二十条第（九）项", 1, 4));
    t.row(c("信息内容"), c("采购项目数量"), c("采购总金额", 1, 2));
    t.row(c("政府集中采购"), num(d, "t2.procurement.projects", f.procProjects),
        span(amount(d, "t2.procurement.amount_10k_yuan", f.procCents), 2));
    return t;
  }

  /** The legacy statistics table (政府信息公开情况统计表): indicator, unit, value. */
  static Tbl legacyTable(Doc d) {
    Figures f = d.fig;
    Tbl t = new Tbl();
    t.row(c("统计指标"), c("单位"), c("统计数"));
    t.row(c("一、主动公开情况"), c("/"), c("/"));
    t.row(c("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"), c("条"), num(d, "proactive.items", f.proactiveItems));
    t.row(c("其中：主动公开规范性文件数"), c("条"), num(d, "legacy.normative_docs_published", f.lNormPublished));
    t.row(c("制发规范性文件总数"), c("件"), num(d, "legacy.normative_docs_issued", f.lNormIssued));
    t.row(c("二、依申请公开情况"), c("/"), c("/"));
    t.row(c("（一）收到申请数"), c("件"), num(d, "legacy.received", f.lReceived()));
    t.row(c("1.当面申请数"), c("件"), num(d, "legacy.received.in_person", f.lInPerson));
    t.row(c("2.传真申请数"), c("件"), num(d, "legacy.received.fax", f.lFax));
    t.row(c("3.网络申请数"), c("件"), num(d, "legacy.received.online", f.lOnline));
    t.row(c("4.信函申请数"), c("件"), num(d, "legacy.received.letter", f.lLetter));
    t.row(c("5.电子邮件申请数"), c("件"), num(d, "legacy.received.email", f.lEmail));
    t.row(c("（二）申请办结数"), c("件"), num(d, "legacy.closed", f.lClosed()));
    t.row(c("1.属于已主动公开范围数"), c("件"), plain(d, f.lAlready));
    t.row(c("2.同意公开答复数"), c("件"), num(d, "legacy.granted", f.lGranted));
    t.row(c("3.同意部分公开答复数"), c("件"), num(d, "legacy.partial", f.lPartial));
    t.row(c("4.不同意公开答复数"), c("件"), num(d, "legacy.denied", f.lDeniedTotal()));
    String[] reasons = {"state_secret", "commercial_secret", "privacy", "security", "not_gov_info", "other_law"};
    String[] reasonLabels = {"其中：涉及国家秘密", "涉及商业秘密", "涉及个人隐私", "危及国家安全、公共安全、经济安全和社会稳定",
      "不是《条例》所指政府信息", "法律法规规定的其他情形"};
    for (int i = 0; i < 6; i++) {
      t.row(c(reasonLabels[i]), c("件"), num(d, "legacy.denied." + reasons[i], f.lDenied[i]));
    }
    t.row(c("5.不属于本行政机关公开数"), c("件"), num(d, "legacy.not_this_agency", f.lNotThis));
    t.row(c("6.申请信息不存在数"), c("件"), num(d, "legacy.not_exist", f.lNotExist));
    t.row(c("7.告知作出更改补充数"), c("件"), plain(d, f.lChange));
    t.row(c("8.告知通过其他途径办理数"), c("件"), plain(d, f.lOtherWay));
    String[] blocks = {"review", "litigation"};
    String[] heads = {"三、行政复议数量", "四、行政诉讼数量"};
    String[][] subs = {{"（一）维持具体行政行为数", "（二）被依法纠错数", "（三）其他情形数"},
      {"（一）维持具体行政行为或者驳回原告诉讼请求数", "（二）被依法纠错数", "（三）其他情形数"}};
    String[] outcomes = {"upheld", "corrected", "other"};
    for (int b = 0; b < 2; b++) {
      long total = f.lCaseTotal(b) + (b == 1 ? d.contradiction : 0);
      t.row(c(heads[b]), c("件"), num(d, "legacy." + blocks[b], total));
      for (int k = 0; k < 3; k++) {
        t.row(c(subs[b][k]), c("件"), num(d, "legacy." + blocks[b] + "." + outcomes[k], f.lCases[b][k]));
      }
    }
    t.row(c("五、举报投诉数量"), c("件"), num(d, "legacy.complaints", f.lComplaints));
    t.row(c("六、依申请公开信息收取的费用"), c("万元"), amount(d, "legacy.fees_10k_yuan", f.lFeeCents));
    return t;
  }

  private static Tbl.Cell span(Tbl.Cell c, int colspan) {
    return new Tbl.Cell(c.text(), 1, colspan);
  }

  static Tbl.Cell num(Doc d, String key, long v) {
    d.values.put(key, v);
    return c(format(d, v));
  }

  private static Tbl.Cell plain(Doc d, long v) {
    return c(format(d, v));
  }

  private static Tbl.Cell amount(Doc d, String key, long cents) {
    Doc.Amount a = new Doc.Amount(cents);
    d.values.put(key, a);
    return c(a.toString());
  }

  static String format(Doc d, long v) {
    if (!d.commas || Math.abs(v) < 1000) {
      return Long.toString(v);
    }
    String digits = Long.toString(Math.abs(v));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (v < 0) {
      sb.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
