package io.ogi.gen;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes a {@link Doc} out as the bytes of a file: the title, prose sections, tables in the doc's
 * layout, site chrome and, for hijacked pages, injected spam. Label texts and prose are the
 * generator's own.
 */
final class Composer {

  private static final Charset GBK = Charset.forName("GBK");

  private static final String[] FILLER = {
    "坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
    "严格落实信息发布保密审查制度，做到先审查、后公开，一事一审、全面审查。",
    "进一步规范依申请公开办理流程，严格按照法定时限答复申请人。",
    "加强政府网站信息公开专栏建设，及时更新栏目内容，方便公众查阅。",
    "围绕优化营商环境、乡村振兴、民生保障等重点领域，加大信息公开力度。",
    "认真做好政策解读工作，通过图文、视频等多种形式解读重要政策。",
    "完善政务新媒体管理制度，加强日常监测和内容审核。",
    "组织开展政务公开业务培训，提升工作人员业务能力。",
    "健全政府信息管理动态调整机制，对已公开信息进行清理和更新。",
    "畅通意见建议渠道，认真回应社会关切，积极回应群众诉求。",
    "把政务公开纳入年度绩效考核，压实工作责任。",
    "落实政府信息公开工作责任制，明确分管领导和具体经办人员。",
  };

  private static final String[] PROBLEMS = {
    "存在的主要问题：一是公开内容的深度和广度有待拓展；二是政策解读形式还不够丰富；三是工作人员业务水平有待提高。",
    "存在的主要问题：部分信息更新不够及时，依申请公开办理的规范化水平还需提升。",
    "存在的主要问题：主动公开的标准化、规范化程度不高，公开平台建设有待加强。",
  };

  private static final String[] IMPROVE = {
    "改进措施：加强业务培训，完善工作机制，强化监督检查，推动政务公开工作提质增效。",
    "改进措施：进一步健全信息发布机制，丰富解读形式，提升公开质量。",
    "改进措施：建立信息发布台账，明确责任分工，确保信息及时准确公开。",
  };

  private static final String[] SPAM = {
    "澳门金沙娱乐城", "百家乐开户", "体育投注平台", "真人棋牌下载", "彩票注册送彩金", "威尼斯人娱乐", "葡京赌场官网",
    "老虎机在线", "广州体育投注", "上海真人百家乐", "北京赛车开户", "重庆时时彩票", "深圳棋牌娱乐城", "杭州博彩网址",
  };

  private Composer() {}

  /** Reused between documents (the generator is single-threaded per instance). */
  private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(65_536));

  /**
   * The file's bytes.
   *
   * @param rnd the corpus's stream: every draw that decides what a document says
   * @param pages a stream of its own for the weight of HTML pages (chrome sizes): drawing from it
   *     changes no document's content
   */
  static byte[] bytes(Doc d, SplittableRandom rnd, SplittableRandom pages) {
    return switch (d.kind) {
      case EMPTY -> new byte[0];
      case BINARY -> binary(rnd);
      case NOTICE -> notice(d, rnd).getBytes(StandardCharsets.UTF_8);
      default -> report(d, rnd, pages);
    };
  }

  private static byte[] binary(SplittableRandom rnd) {
    byte[] b = new byte[512 + rnd.nextInt(4096)];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) rnd.nextInt(256);
    }
    b[0] = 0;
    b[3] = 0;
    return b;
  }

  private static String notice(Doc d, SplittableRandom rnd) {
    return "关于调整" + d.organ.name() + "办公地点的通知\n"
        + "各有关单位、广大群众：\n因工作需要，自即日起本单位搬迁至新址办公，办公电话保持不变。"
        + "特此通知。\n" + d.organ.name() + "\n" + (d.year + 1) + "年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日\n";
  }

  private static byte[] report(Doc d, SplittableRandom rnd, SplittableRandom pages) {
    boolean html = d.layout == Doc.Layout.HTML || d.layout == Doc.Layout.HTML_GBK;
    StringBuilder sb = SCRATCH.get();
    sb.setLength(0);
    String title = d.organ.name() + d.year + "年政府信息公开工作年度报告";
    if (html) {
      SiteChrome.head(sb, d, title, site(d.organ), d.layout == Doc.Layout.HTML_GBK ? "gbk" : "UTF-8", pages);
    } else {
      sb.append("您当前的位置: 首页>政府信息公开>政府信息公开年报>").append(d.organ.name()).append('\n');
      sb.append(title).append('\n');
    }
    if (d.spam) {
      spam(sb, rnd, html);
    }
    Section s = new Section(sb, html, d.office);
    if (d.legacy) {
      legacyBody(d, rnd, s);
    } else {
      body2019(d, rnd, s);
    }
    s.para(d.organ.name(), true);
    s.para((d.year + 1) + "年" + (1 + rnd.nextInt(3)) + "月" + (1 + rnd.nextInt(28)) + "日", true);
    if (d.spam) {
      spam(sb, rnd, html);
    }
    if (html) {
      SiteChrome.foot(sb, d, site(d.organ), pages);
      return sb.toString().getBytes(d.layout == Doc.Layout.HTML_GBK ? GBK : StandardCharsets.UTF_8);
    }
    sb.append("来源:\n撰稿:\n校对:\n扫一扫在手机打开当前页\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void body2019(Doc d, SplittableRandom rnd, Section s) {
    Organ o = d.organ;
    Figures f = d.fig;
    String notice = "2021".equals(d.revision) ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
    s.para("根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（"
        + notice + "）要求，" + o.chain() + suffix(o) + "编制本报告。本报告中所列数据的统计期限自" + d.year + "年1月1日起至"
        + d.year + "年12月31日止。", false);
    if ("jurisdiction".equals(d.scope)) {
      s.para("本报告综合了" + o.area() + "各乡镇（街道）、各部门的政府信息公开工作情况。", false);
    }
    s.head("一、总体情况");
    s.para(d.year + "年，" + suffixOrName(o) + filler(rnd) + filler(rnd), false);
    if (d.proactiveSentence) {
      d.values.put("proactive.items", f.proactiveItems);
      s.para("本年度主动公开政府信息共" + f.proactiveItems + "条。" + filler(rnd), false);
    }
    s.para(filler(rnd) + filler(rnd) + filler(rnd), false);
    if (d.layout == Doc.Layout.PROSE) {
      s.head("二、主动公开政府信息情况");
      d.values.put("t2.normative_docs.issued", f.normIssued);
      s.para("本年度制发规范性文件" + f.normIssued + "件。" + filler(rnd) + "（相关统计表格以图片形式发布。）", false);
      s.head("三、收到和处理政府信息公开申请情况");
      long[] tot = {f.col(Figures.NEW, 6), f.col(Figures.GRANTED, 6), f.col(Figures.PARTIAL, 6), f.denied(6), f.unable(6),
        f.notProcessed(6)};
      String[] keys = {"new", "granted", "partial", "denied", "unable", "not_processed"};
      for (int i = 0; i < keys.length; i++) {
        d.values.put("t3." + keys[i] + ".total", tot[i]);
      }
      // The carried-over and carried-forward counts of the sentence below are read from prose too.
      d.values.put("t3.carried.total", f.col(Figures.CARRIED, 6));
      d.values.put("t3.carried_forward.total", f.col(Figures.CARRIED_FORWARD, 6));
      String who = "jurisdiction".equals(d.scope) ? o.area() : "本机关";
      s.para("本年度" + who + "共收到政府信息公开申请" + tot[0] + "件，上年结转" + f.col(Figures.CARRIED, 6) + "件。"
          + "在办理结果中，予以公开" + tot[1] + "件，部分公开" + tot[2] + "件，不予公开" + tot[3] + "件，无法提供" + tot[4]
          + "件，不予处理" + tot[5] + "件，其他处理" + f.other(6) + "件；结转下年度继续办理" + f.col(Figures.CARRIED_FORWARD, 6) + "件。", false);
      s.head("四、政府信息公开行政复议、行政诉讼情况");
      s.para("本年度因政府信息公开引起的行政复议" + f.t4Total(0) + "起，行政诉讼" + (f.t4Total(1) + f.t4Total(2)) + "起。", false);
    } else {
      s.head("二、主动公开政府信息情况");
      s.table(d, Tables.table2(d));
      s.head("三、收到和处理政府信息公开申请情况");
      s.table(d, Tables.table3(d));
      s.head("四、政府信息公开行政复议、行政诉讼情况");
      s.table(d, Tables.table4(d));
    }
    s.head("五、存在的主要问题及改进情况");
    s.para(PROBLEMS[rnd.nextInt(PROBLEMS.length)], false);
    s.para(IMPROVE[rnd.nextInt(IMPROVE.length)], false);
    s.head("六、其他需要报告的事项");
    s.para(rnd.nextBoolean() ? "本年度未收取信息处理费。" : "无。", false);
  }

  private static void legacyBody(Doc d, SplittableRandom rnd, Section s) {
    Organ o = d.organ;
    Figures f = d.fig;
    s.para("本报告根据《中华人民共和国政府信息公开条例》的规定，由" + o.chain() + suffix(o) + "编制。报告所列数据的统计期限自"
        + d.year + "年1月1日起至" + d.year + "年12月31日止。", false);
    if ("jurisdiction".equals(d.scope)) {
      s.para("本报告综合了" + o.area() + "各乡镇（街道）、各部门的政府信息公开工作情况。", false);
    }
    s.head("一、概述");
    s.para(d.year + "年，" + suffixOrName(o) + filler(rnd) + filler(rnd) + filler(rnd), false);
    s.head("二、主动公开政府信息的情况");
    if (d.proactiveSentence || !d.legacyTable) {
      d.values.put("proactive.items", f.proactiveItems);
      s.para("本年度主动公开政府信息共" + f.proactiveItems + "条。" + filler(rnd), false);
    } else {
      s.para(filler(rnd) + filler(rnd), false);
    }
    s.head("三、依申请公开政府信息的情况");
    if (!d.legacyTable) {
      // Without the table the sentence is the only source: a correct parser reads it as received.
      d.values.put("legacy.received", f.lReceived());
    }
    s.para("本年度共受理政府信息公开申请" + f.lReceived() + "件，均已按规定答复。" + filler(rnd), false);
    s.head("四、政府信息公开的收费及减免情况");
    s.para(f.lFeeCents == 0 ? "本年度未收取政府信息公开相关费用。" : "本年度按规定收取检索、复制等费用。", false);
    s.head("五、因政府信息公开申请行政复议、提起行政诉讼的情况");
    s.para("本年度因政府信息公开引起的行政复议" + f.lCaseTotal(0) + "起，行政诉讼" + f.lCaseTotal(1) + "起。", false);
    s.head("六、存在的主要问题及改进措施");
    s.para(PROBLEMS[rnd.nextInt(PROBLEMS.length)] + IMPROVE[rnd.nextInt(IMPROVE.length)], false);
    if (d.legacyTable) {
      s.head("附表：" + d.year + "年度政府信息公开情况统计表");
      s.table(d, Tables.legacyTable(d));
    }
  }

  /** The organ named without its place, for sentences (教育局, 区政府办公室 …). */
  private static String suffixOrName(Organ o) {
    return o.name();
  }

  /** The organ's name after its place chain (鹿城区教育局 → 教育局). */
  private static String suffix(Organ o) {
    String place = o.county() != null ? o.county() : o.prefecture() != null ? o.prefecture() : o.province();
    return o.name().startsWith(place) ? o.name().substring(place.length()) : o.name();
  }

  private static String filler(SplittableRandom rnd) {
    return FILLER[rnd.nextInt(FILLER.length)];
  }

  /** Gambling spam injected into the article (a hijacked page): chains of phrases joined by underscores. */
  private static void spam(StringBuilder sb, SplittableRandom rnd, boolean html) {
    int lines = 3 + rnd.nextInt(4);
    for (int i = 0; i < lines; i++) {
      StringBuilder chain = new StringBuilder();
      int parts = 3 + rnd.nextInt(3);
      for (int k = 0; k < parts; k++) {
        if (k > 0) {
          chain.append('_');
        }
        chain.append(SPAM[rnd.nextInt(SPAM.length)]);
      }
      if (html) {
        sb.append("<p>").append(chain).append("</p>\n");
      } else {
        sb.append(chain).append('\n');
      }
    }
  }

  private static String site(Organ o) {
    return o.chain() + "人民政府";
  }

  /** Paragraphs, headings and tables in the document's layout. */
  private static final class Section {
    private final StringBuilder sb;
    private final boolean html;
    private final boolean office;

    Section(StringBuilder sb, boolean html, boolean office) {
      this.sb = sb;
      this.html = html;
      this.office = office;
    }

    void head(String text) {
      if (office) {
        sb.append("<p class=\"MsoNormal\" style=\"text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly\">")
            .append("<b><span style=\"font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体\">").append(text)
            .append("</span></b><span lang=\"EN-US\"><o:p></o:p></span></p>\n");
      } else if (html) {
        sb.append("<p><strong>").append(text).append("</strong></p>\n");
      } else {
        sb.append(text).append('\n');
      }
    }

    void para(String text, boolean right) {
      if (office) {
        sb.append(right ? "<p class=\"MsoNormal\" align=\"right\" style=\"text-align:right;line-height:28.0pt\">"
            : "<p class=\"MsoNormal\" style=\"text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly\">")
            .append("<span style=\"font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;color:black\">");
        Tbl.escape(sb, text);
        sb.append("</span><span lang=\"EN-US\"><o:p></o:p></span></p>\n");
      } else if (html) {
        sb.append(right ? "<p style=\"text-align:right\">" : "<p>　　");
        Tbl.escape(sb, text);
        sb.append("</p>\n");
      } else {
        sb.append(text).append('\n');
      }
    }

    void table(Doc d, Tbl t) {
      switch (d.layout) {
        case HTML, HTML_GBK -> {
          if (office) {
            t.officeHtml(sb);
          } else {
            t.html(sb);
          }
        }
        case TEXT_CELLS -> t.cellLines(sb);
        case TEXT_PIPES -> t.pipes(sb);
        case TEXT_TABS -> t.tabs(sb);
        default -> throw new IllegalStateException("no tables in layout " + d.layout);
      }
    }
  }
}
