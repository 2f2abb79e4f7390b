package io.ogi.parse.pdf;

import io.ogi.parse.pdf.PdfReportWriter.Cell;
import io.ogi.parse.pdf.PdfReportWriter.Row;
import io.ogi.parse.pdf.PdfReportWriter.Table;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Generates the PDF development set, {@code src/test/resources/devset/pdf/}: reports in the shapes
 * PDFs have in the wild, drawn with PDFBox, and their gold lines (docs/gold-format.md). The numbers
 * come from a seeded random source and are made consistent (一 + 二 = (七) + 四 per column, section
 * items sum to (七), the 总计 column sums the others); the gold is written from the same numbers as
 * the drawing, so the two cannot disagree.
 *
 * <p>Run {@code java -cp target/test-classes:target/classes:<cp> io.ogi.parse.pdf.PdfDevset [outDir]
 * [font.ttf]}. The font is Droid Sans Fallback (Debian package
 * fonts-droid-fallback, Apache-2.0), embedded as a subset; any TrueType font with CJK glyphs works.
 */
public final class PdfDevset {

  static final String[] FONT_CANDIDATES = {
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  };

  private static final String[] T3_COLS = {"natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"};
  private static final String[] DENIED = {"state_secret", "prohibited_by_law", "three_safety_one_stability", "third_party_rights",
    "internal_affairs", "process_info", "law_enforcement_file", "administrative_query"};
  private static final String[] DENIED_L = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"};
  private static final String[] UNABLE = {"not_held", "needs_creation", "unclear_after_correction"};
  private static final String[] UNABLE_L = {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"};
  private static final String[] NOTP = {"petition_complaint", "repeat", "publication", "excessive", "confirmation"};
  private static final String[] NOTP_L = {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息"};
  private static final String[] OTHER = {"overdue_correction", "overdue_fee", "other"};
  private static final String[] OTHER_L = {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"};
  private static final String[] T4_OUT = {"upheld", "corrected", "other", "pending", "total"};
  private static final String[] T4_OUT_L = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  private static final String[] T4_BLOCKS = {"review", "lit_direct", "lit_after_review"};

  /** How a generated document is drawn. */
  record Shape(
      boolean rev2021, boolean blankZeros, boolean narrowLabels, boolean verticalT4, boolean repeatHeader,
      String pageNumbers, String runningHeader, float bodySize, float tableSize, float proseBefore3) {}

  /** One generated document: its file name, gold line and bytes. */
  record Doc(String file, Map<String, Object> gold, byte[] pdf) {}

  private final Path font;

  PdfDevset(Path font) {
    this.font = font;
  }

  /** A CJK font available on this machine, or null. */
  static Path findFont() {
    for (String f : FONT_CANDIDATES) {
      Path p = Path.of(f);
      if (Files.isReadable(p)) {
        return p;
      }
    }
    return null;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/devset/pdf");
    Path font = args.length > 1 ? Path.of(args[1]) : findFont();
    if (font == null) {
      throw new IllegalStateException("no CJK font: apt-get install fonts-droid-fallback, or pass a .ttf");
    }
    for (Doc d : write(out, font)) {
      System.out.println(d.file() + " " + d.pdf().length + " bytes");
    }
  }

  /** Writes every document and gold.jsonl into {@code out}. */
  static List<Doc> write(Path out, Path font) throws IOException {
    Files.createDirectories(out);
    StringBuilder gold = new StringBuilder();
    List<Doc> docs = new PdfDevset(font).documents();
    for (Doc d : docs) {
      Files.write(out.resolve(d.file()), d.pdf());
      gold.append(json(d.gold())).append('\n');
    }
    Files.writeString(out.resolve("gold.jsonl"), gold.toString(), StandardCharsets.UTF_8);
    return docs;
  }

  /** Every document of the set, in a fixed order. */
  List<Doc> documents() throws IOException {
    List<Doc> docs = new ArrayList<>();
    Shape plain = new Shape(true, false, false, false, false, "dash", null, 14, 9, 3);
    docs.add(report2019("01-county-2021-template.pdf", "温州市鹿城区人民政府", "浙江省", 2022, 101, plain,
        "2021-revision tables 二/三/四 on 5 pages, every cell filled; page numbers -n-."));
    docs.add(report2019("02-blank-cells.pdf", "嘉兴市南湖区人民政府", "浙江省", 2023, 202,
        new Shape(true, true, false, false, false, "dash", null, 14, 9, 3),
        "Zeros printed as blank cells in table 三 (whole columns blank: 科研机构, 社会公益组织 …) and table 四 (blank "
            + "cells in every block); a blank cell must stay blank in its column, never shift numbers left."));
    docs.add(report2019("03-split-repeated-header.pdf", "绍兴市柯桥区人民政府", "浙江省", 2022, 303,
        new Shape(true, false, false, false, true, "page", null, 14, 9, 14),
        "Table 三 split across two pages with 第 n 页 between its rows and its header repeated on the next page."));
    docs.add(report2019("04-split-no-header.pdf", "湖州市吴兴区人民政府", "浙江省", 2023, 404,
        new Shape(true, false, false, false, false, "dash", null, 14, 9, 16),
        "Table 三 split across two pages with -n- between its rows and no header on the next page."));
    docs.add(report2019("05-wrapped-labels.pdf", "金华市婺城区人民政府", "浙江省", 2022, 505,
        new Shape(true, false, true, false, false, "dash", null, 14, 9, 3),
        "Narrow label columns: row labels wrapped over two to four lines with the numbers centred beside them, "
            + "section labels (（三）不予公开) one or two characters per line spanning their items."));
    docs.add(report2019("06-vertical-headers.pdf", "台州市椒江区人民政府", "浙江省", 2023, 606,
        new Shape(true, false, false, true, false, "dash", null, 14, 9, 3),
        "Table 四 with one character per line in its 15 outcome headers (结/果/维/持) and narrow columns."));
    docs.add(report2019("07-trial-template-2019.pdf", "丽水市莲都区人民政府", "浙江省", 2019, 707,
        new Shape(false, false, false, false, false, "dash", null, 14, 9, 3),
        "2019 trial format: table 二 with 本年新制作/本年新公开/对外公开总数量, 上一年项目数量/本年增/减 (negative "
            + "changes) and 政府集中采购; table 三 with one 其他处理 row."));
    docs.add(report2019("08-running-header-same-font.pdf", "衢州市柯城区人民政府", "浙江省", 2024, 808,
        new Shape(true, false, false, false, false, "page", "衢州市柯城区人民政府2024年政府信息公开工作年度报告", 11, 11, 3),
        "Tables in the body font size; a running header on every page and 第 n 页 footers."));
    docs.add(legacy("09-legacy-2016.pdf", "舟山市定海区人民政府", "浙江省", 2016, 909));
    docs.add(report2019("10-jurisdiction-thousands.pdf", "宁波市人民政府", "浙江省", 2024, 1010,
        new Shape(true, false, false, false, false, "dash", null, 14, 9, 3),
        "A city-wide aggregate (全市) with counts in the thousands written with separators (10,022)."));
    docs.add(scanned("11-scanned.pdf"));
    docs.add(encrypted("12-encrypted.pdf", plain));
    return docs;
  }

  // ---------------------------------------------------------------- 2019-template reports

  private Doc report2019(String file, String agency, String province, int year, long seed, Shape s, String notes)
      throws IOException {
    Random rnd = new Random(seed);
    boolean big = file.contains("jurisdiction");
    Map<String, Object> values = new LinkedHashMap<>();
    try (PdfReportWriter w = new PdfReportWriter(font, s.bodySize(), s.tableSize(), s.pageNumbers(), s.runningHeader())) {
      String scopeWord = big ? "全市" : "本区";
      w.title(agency + year + "年政府信息公开工作年度报告");
      w.para("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室"
          + "有关要求编制。报告所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
      w.heading("一、总体情况");
      if (big) {
        w.para("本报告综合全市各县（市、区）人民政府和市政府各部门的政府信息公开工作情况编制。");
      }
      w.para(year + "年，" + scopeWord + "坚持以公开为常态、不公开为例外，持续深化政务公开，"
          + (big ? "全市各县（市、区）和各部门共同推进" : "区政府办公室牵头推进") + "政府信息公开工作，主动回应社会关切。");
      w.heading("二、主动公开政府信息情况");
      w.table(table2(s.rev2021(), rnd, big, values));
      w.heading("三、收到和处理政府信息公开申请情况");
      for (int i = 0; i < s.proseBefore3(); i++) {
        w.para("依法依规办理政府信息公开申请，严格执行登记、审核、办理、答复、归档等环节的工作流程，做到按时答复。");
      }
      w.table(table3(s, rnd, big, values));
      w.heading("四、政府信息公开行政复议、行政诉讼情况");
      w.table(table4(s, rnd, big, values));
      w.heading("五、存在的主要问题及改进情况");
      w.para("政策解读的针对性还需加强，基层政务公开标准化规范化建设仍需深化。下一步将加强培训，提升公开质量。");
      w.heading("六、其他需要报告的事项");
      w.para("本年度未收取政府信息公开信息处理费。");
      w.para(agency);
      Map<String, Object> gold = new LinkedHashMap<>();
      gold.put("file", file);
      gold.put("year", year);
      gold.put("agency", agency);
      gold.put("province", province);
      gold.put("template", "2019");
      if (big) {
        gold.put("scope", "jurisdiction");
      }
      gold.put("values", values);
      gold.put("notes", "Generated by io.ogi.parse.pdf.PdfDevset. " + notes);
      return new Doc(file, gold, w.finish());
    }
  }

  private Table table2(boolean rev2021, Random rnd, boolean big, Map<String, Object> values) {
    float[] x = {72, 220, 327, 434, 523};
    List<Row> rows = new ArrayList<>();
    int scale = big ? 1000 : 1;
    if (rev2021) {
      block(rows, "第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数");
      for (String[] item : new String[][] {{"regulations", "规章"}, {"normative_docs", "行政规范性文件"}}) {
        int a = rnd.nextInt(9);
        int b = rnd.nextInt(6);
        int c = a + rnd.nextInt(40);
        rows.add(row(item[1], a, b, c));
        values.put("t2." + item[0] + ".issued", a);
        values.put("t2." + item[0] + ".repealed", b);
        values.put("t2." + item[0] + ".in_force", c);
      }
      block(rows, "第二十条第（五）项", "本年处理决定数量");
      int lic = rnd.nextInt(900) * scale + rnd.nextInt(1000);
      rows.add(wide(item("行政许可"), lic));
      values.put("t2.licensing.decisions", lic);
      block(rows, "第二十条第（六）项", "本年处理决定数量");
      int pen = rnd.nextInt(900) * scale + rnd.nextInt(100);
      int coe = rnd.nextInt(90);
      rows.add(wide(item("行政处罚"), pen));
      rows.add(wide(item("行政强制"), coe));
      values.put("t2.penalty.decisions", pen);
      values.put("t2.coercion.decisions", coe);
      block(rows, "第二十条第（八）项", "本年收费金额（单位：万元）");
      double fee = Math.round(rnd.nextDouble() * 90000) / 100.0;
      rows.add(new Row(List.of(Cell.label(0, 1, "行政事业性收费"), Cell.center(1, 3, fmt(fee))), false));
      values.put("t2.fees.amount_10k_yuan", fee);
    } else {
      block(rows, "第二十条第（一）项", "本年新制作数量", "本年新公开数量", "对外公开总数量");
      for (String[] item : new String[][] {{"regulations", "规章"}, {"normative_docs", "规范性文件"}}) {
        int a = rnd.nextInt(9);
        int c = a + rnd.nextInt(40);
        rows.add(row(item[1], a, a, c));
        values.put("t2." + item[0] + ".issued", a);
        values.put("t2." + item[0] + ".published", a);
        values.put("t2." + item[0] + ".published_total", c);
      }
      block(rows, "第二十条第（五）项", "上一年项目数量", "本年增/减", "处理决定数量");
      for (String[] item : new String[][] {{"licensing", "行政许可"}, {"other_services", "其他对外管理服务事项"}}) {
        int p = 10 + rnd.nextInt(90);
        int d = rnd.nextInt(7) - 3;
        int n = rnd.nextInt(3000);
        rows.add(row(item[1], p, d, n));
        values.put("t2." + item[0] + ".items_prev_year", p);
        values.put("t2." + item[0] + ".items_change", d);
        values.put("t2." + item[0] + ".decisions", n);
      }
      block(rows, "第二十条第（九）项", "采购项目数量", "采购总金额");
      int proj = rnd.nextInt(60);
      double amt = Math.round(rnd.nextDouble() * 500000) / 100.0;
      rows.add(new Row(List.of(Cell.label(0, 1, "政府集中采购"), Cell.center(1, 1, String.valueOf(proj)),
          Cell.center(2, 2, fmt(amt))), false));
      values.put("t2.procurement.projects", proj);
      values.put("t2.procurement.amount_10k_yuan", amt);
    }
    return new Table(x, rows, false);
  }

  private static void block(List<Row> rows, String title, String... measures) {
    rows.add(new Row(List.of(Cell.center(0, 4, title)), false));
    List<Cell> h = new ArrayList<>();
    h.add(Cell.center(0, 1, "信息内容"));
    if (measures.length == 1) {
      h.add(Cell.center(1, 3, measures[0]));
    } else if (measures.length == 2) {
      h.add(Cell.center(1, 1, measures[0]));
      h.add(Cell.center(2, 2, measures[1]));
    } else {
      for (int i = 0; i < measures.length; i++) {
        h.add(Cell.center(1 + i, 1, measures[i]));
      }
    }
    rows.add(new Row(h, false));
  }

  private static String item(String s) {
    return s;
  }

  private static Row row(String label, int a, int b, int c) {
    return new Row(List.of(Cell.label(0, 1, label), Cell.center(1, 1, String.valueOf(a)),
        Cell.center(2, 1, String.valueOf(b)), Cell.center(3, 1, String.valueOf(c))), false);
  }

  private static Row wide(String label, int v) {
    return new Row(List.of(Cell.label(0, 1, label), Cell.center(1, 3, String.valueOf(v))), false);
  }

  private Table table3(Shape s, Random rnd, boolean big, Map<String, Object> values) {
    // Per column: the results rows, then new/carried/carried_forward balanced on them.
    int[] active = s.blankZeros() ? new int[] {0, 1, 4} : new int[] {0, 1, 2, 3, 4, 5};
    Map<String, int[]> v = new LinkedHashMap<>();
    List<String> resultRows = new ArrayList<>();
    resultRows.add("granted");
    resultRows.add("partial");
    for (String d : DENIED) {
      resultRows.add("denied." + d);
    }
    for (String d : UNABLE) {
      resultRows.add("unable." + d);
    }
    for (String d : NOTP) {
      resultRows.add("not_processed." + d);
    }
    if (s.rev2021()) {
      for (String d : OTHER) {
        resultRows.add("other." + d);
      }
    } else {
      resultRows.add("other");
    }
    int mult = big ? 60 : 1;
    for (String r : resultRows) {
      int[] row = new int[7];
      for (int c : active) {
        int top = r.equals("granted") ? 40 : r.equals("partial") || r.startsWith("unable.not_held") ? 15 : 3;
        row[c] = (c == 0 ? 1 : c == 1 ? 1 : 0) * rnd.nextInt(top + 1) * (c == 0 ? mult : 1)
            + (c > 1 && rnd.nextInt(4) == 0 ? 1 : 0);
      }
      if (s.blankZeros() && r.equals("denied.state_secret")) {
        row = new int[7]; // a whole row of zeros, printed blank
      }
      v.put(r, row);
    }
    int[] results = new int[7];
    for (String r : resultRows) {
      for (int c = 0; c < 6; c++) {
        results[c] += v.get(r)[c];
      }
    }
    int[] carried = new int[7];
    int[] forward = new int[7];
    int[] fresh = new int[7];
    for (int c : active) {
      carried[c] = rnd.nextInt(c == 0 ? 6 * mult + 1 : 2);
      forward[c] = rnd.nextInt(c == 0 ? 6 * mult + 1 : 2);
      if (forward[c] > results[c] + carried[c]) {
        forward[c] = 0;
      }
      fresh[c] = results[c] + forward[c] - carried[c];
      if (fresh[c] < 0) {
        carried[c] += fresh[c];
        fresh[c] = 0;
      }
    }
    v.put("new", fresh);
    v.put("carried", carried);
    v.put("results", results);
    v.put("carried_forward", forward);
    for (int[] row : v.values()) {
      int t = 0;
      for (int c = 0; c < 6; c++) {
        t += row[c];
      }
      row[6] = t;
    }
    for (Map.Entry<String, int[]> e : v.entrySet()) {
      for (int c = 0; c < 7; c++) {
        values.put("t3." + e.getKey() + "." + T3_COLS[c], e.getValue()[c]);
      }
    }

    // Layout: three label columns then seven value columns.
    float[] x = s.narrowLabels()
        ? new float[] {72, 88, 118, 200, 237, 274, 311, 348, 385, 422, 459}
        : new float[] {72, 92, 152, 270, 307, 344, 381, 418, 455, 492, 529};
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(new Cell(0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", true),
        Cell.center(3, 7, "申请人情况")), true));
    rows.add(new Row(List.of(new Cell(3, 1, 2, "自然人", false), Cell.center(4, 5, "法人或其他组织"),
        new Cell(9, 1, 2, "总计", false)), true));
    rows.add(new Row(List.of(Cell.center(4, 1, "商业企业"), Cell.center(5, 1, "科研机构"), Cell.center(6, 1, "社会公益组织"),
        Cell.center(7, 1, "法律服务机构"), Cell.center(8, 1, "其他")), true));
    rows.add(valueRow(List.of(Cell.label(0, 3, "一、本年新收政府信息公开申请数量")), v.get("new"), s.blankZeros(), big));
    rows.add(valueRow(List.of(Cell.label(0, 3, "二、上年结转政府信息公开申请数量")), v.get("carried"), s.blankZeros(), big));
    int spanResults = 2 + DENIED.length + UNABLE.length + NOTP.length + (s.rev2021() ? OTHER.length : 1) + 1;
    rows.add(valueRow(List.of(new Cell(0, 1, spanResults, "三、本年度办理结果", false), Cell.label(1, 2, "（一）予以公开")),
        v.get("granted"), s.blankZeros(), big));
    rows.add(valueRow(List.of(Cell.label(1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
        v.get("partial"), s.blankZeros(), big));
    section(rows, "（三）不予公开", "denied", DENIED, DENIED_L, v, s, big);
    section(rows, "（四）无法提供", "unable", UNABLE, UNABLE_L, v, s, big);
    section(rows, "（五）不予处理", "not_processed", NOTP, NOTP_L, v, s, big);
    if (s.rev2021()) {
      section(rows, "（六）其他处理", "other", OTHER, OTHER_L, v, s, big);
    } else {
      rows.add(valueRow(List.of(Cell.label(1, 2, "（六）其他处理")), v.get("other"), s.blankZeros(), big));
    }
    rows.add(valueRow(List.of(Cell.label(1, 2, "（七）总计")), v.get("results"), s.blankZeros(), big));
    rows.add(valueRow(List.of(Cell.label(0, 3, "四、结转下年度继续办理")), v.get("carried_forward"), s.blankZeros(), big));
    return new Table(x, rows, s.repeatHeader());
  }

  private static void section(List<Row> rows, String label, String key, String[] items, String[] labels,
      Map<String, int[]> v, Shape s, boolean big) {
    for (int i = 0; i < items.length; i++) {
      List<Cell> cells = new ArrayList<>();
      if (i == 0) {
        cells.add(new Cell(1, 1, items.length, label, false));
      }
      cells.add(Cell.label(2, 1, labels[i]));
      rows.add(valueRow(cells, v.get(key + "." + items[i]), s.blankZeros(), big));
    }
  }

  private static Row valueRow(List<Cell> labels, int[] vals, boolean blankZeros, boolean thousands) {
    List<Cell> cells = new ArrayList<>(labels);
    for (int c = 0; c < 7; c++) {
      String t = vals[c] == 0 && blankZeros && c < 6 ? "" : thousands ? String.format(Locale.ROOT, "%,d", vals[c]) : String.valueOf(vals[c]);
      cells.add(Cell.center(3 + c, 1, t));
    }
    return new Row(cells, false);
  }

  private Table table4(Shape s, Random rnd, boolean big, Map<String, Object> values) {
    int[] v = new int[15];
    for (int b = 0; b < 3; b++) {
      int sum = 0;
      for (int o = 0; o < 4; o++) {
        int val = s.blankZeros() && (o == 2 || b == 1) ? 0 : rnd.nextInt(big ? 80 : 6);
        v[b * 5 + o] = val;
        sum += val;
      }
      v[b * 5 + 4] = sum;
    }
    for (int c = 0; c < 15; c++) {
      values.put("t4." + T4_BLOCKS[c / 5] + "." + T4_OUT[c % 5], v[c]);
    }
    float cw = s.verticalT4() ? 24 : 30;
    float[] x = new float[16];
    for (int i = 0; i <= 15; i++) {
      x[i] = 72 + i * cw;
    }
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(new Cell(0, 5, 2, "行政复议", false), Cell.center(5, 10, "行政诉讼")), true));
    rows.add(new Row(List.of(Cell.center(5, 5, "未经复议直接起诉"), Cell.center(10, 5, "复议后起诉")), true));
    List<Cell> heads = new ArrayList<>();
    for (int c = 0; c < 15; c++) {
      heads.add(Cell.center(c, 1, T4_OUT_L[c % 5]));
    }
    rows.add(new Row(heads, true));
    List<Cell> vals = new ArrayList<>();
    for (int c = 0; c < 15; c++) {
      boolean blank = s.blankZeros() && v[c] == 0 && c % 5 != 4;
      vals.add(Cell.center(c, 1, blank ? "" : String.valueOf(v[c])));
    }
    rows.add(new Row(vals, false));
    return new Table(x, rows, false);
  }

  // ---------------------------------------------------------------- legacy report

  private Doc legacy(String file, String agency, String province, int year, long seed) throws IOException {
    Random rnd = new Random(seed);
    Map<String, Object> values = new LinkedHashMap<>();
    try (PdfReportWriter w = new PdfReportWriter(font, 14, 10.5f, "dash", null)) {
      w.title(agency + year + "年政府信息公开工作年度报告");
      w.para("本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自" + year + "年1月1日起至" + year + "年12月31日止。");
      w.heading("一、主动公开政府信息情况");
      int items = 200 + rnd.nextInt(3000);
      w.para("全年主动公开政府信息" + items + "条。");
      w.heading("二、政府信息公开情况统计表");
      int inPerson = rnd.nextInt(20);
      int online = rnd.nextInt(60);
      int letter = rnd.nextInt(10);
      int received = inPerson + online + letter;
      int granted = received / 2;
      int partial = received / 6;
      int denied = received / 10;
      int secret = denied > 0 ? 1 : 0;
      int review = rnd.nextInt(4);
      int reviewUpheld = review;
      int lit = rnd.nextInt(3);
      int docs = rnd.nextInt(12);
      double fees = 0;
      Object[][] rows = {
        {"一、主动公开情况", null, null, null},
        {"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", items, "proactive.items"},
        {"其中：主动公开规范性文件数", "条", docs, "legacy.normative_docs_published"},
        {"制发规范性文件总数", "件", docs, "legacy.normative_docs_issued"},
        {"二、回应解读情况", null, null, null},
        {"三、依申请公开情况", null, null, null},
        {"（一）收到申请数", "件", received, "legacy.received"},
        {"1.当面申请数", "件", inPerson, "legacy.received.in_person"},
        {"2.传真申请数", "件", 0, "legacy.received.fax"},
        {"3.网络申请数", "件", online, "legacy.received.online"},
        {"4.信函申请数", "件", letter, "legacy.received.letter"},
        {"（二）申请答复数", "件", received, null},
        {"1.属于已主动公开范围数", "件", received - granted - partial - denied, null},
        {"2.同意公开答复数", "件", granted, "legacy.granted"},
        {"3.同意部分公开答复数", "件", partial, "legacy.partial"},
        {"4.不同意公开答复数", "件", denied, "legacy.denied"},
        {"其中：涉及国家秘密", "件", secret, "legacy.denied.state_secret"},
        {"四、行政复议数量", "件", review, "legacy.review"},
        {"（一）维持具体行政行为数", "件", reviewUpheld, "legacy.review.upheld"},
        {"（二）被依法纠错数", "件", 0, "legacy.review.corrected"},
        {"（三）其他情形数", "件", 0, "legacy.review.other"},
        {"五、行政诉讼数量", "件", lit, "legacy.litigation"},
        {"六、举报投诉数量", "件", 0, "legacy.complaints"},
        {"七、依申请公开信息收取的费用", "万元", fees, "legacy.fees_10k_yuan"},
      };
      float[] x = {72, 370, 440, 523};
      List<Row> trows = new ArrayList<>();
      trows.add(new Row(List.of(Cell.center(0, 1, "统计指标"), Cell.center(1, 1, "单位"), Cell.center(2, 1, "统计数")), true));
      for (Object[] r : rows) {
        if (r[1] == null) {
          trows.add(new Row(List.of(Cell.label(0, 3, (String) r[0])), false));
          continue;
        }
        String val = r[2] instanceof Double d ? fmt(d) : String.valueOf(r[2]);
        trows.add(new Row(List.of(Cell.label(0, 1, (String) r[0]), Cell.center(1, 1, (String) r[1]),
            Cell.center(2, 1, val)), false));
        if (r[3] != null) {
          values.put((String) r[3], r[2]);
        }
      }
      w.table(new Table(x, trows, true));
      w.heading("三、存在的主要问题及改进情况");
      w.para("下一步将进一步规范依申请公开工作。");
      w.para(agency);
      Map<String, Object> gold = new LinkedHashMap<>();
      gold.put("file", file);
      gold.put("year", year);
      gold.put("agency", agency);
      gold.put("province", province);
      gold.put("template", "legacy");
      gold.put("values", values);
      gold.put("notes", "Generated by io.ogi.parse.pdf.PdfDevset. Legacy (2008-2018) statistics table 政府信息公开情况统计表 "
          + "with 指标/单位/统计数 columns, set in a 10.5-point table font; section rows without values.");
      return new Doc(file, gold, w.finish());
    }
  }

  // ---------------------------------------------------------------- unreadable PDFs

  /** A scanned report: one page that is only an image, no text layer. */
  private Doc scanned(String file) throws IOException {
    BufferedImage img = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 595, 842);
    g.setColor(Color.BLACK);
    for (int i = 0; i < 30; i++) {
      g.fillRect(80, 100 + i * 22, 300 + (i * 37) % 130, 9); // lines of "text" as a scan shows them
    }
    g.drawRect(80, 500, 430, 200);
    g.dispose();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      Map<String, Object> gold = new LinkedHashMap<>();
      gold.put("file", file);
      gold.put("values", new LinkedHashMap<>());
      gold.put("notes", "Generated by io.ogi.parse.pdf.PdfDevset. A scanned report: one page that is only an image. "
          + "Must be rejected with a reason saying the PDF has no text layer; nothing is labelled.");
      return new Doc(file, gold, out.toByteArray());
    }
  }

  /** A report that needs a password to open. */
  private Doc encrypted(String file, Shape s) throws IOException {
    Doc plain = report2019(file, "温州市瓯海区人民政府", "浙江省", 2022, 1212, s, "");
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.pdf())) {
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      Map<String, Object> gold = new LinkedHashMap<>();
      gold.put("file", file);
      gold.put("values", new LinkedHashMap<>());
      gold.put("notes", "Generated by io.ogi.parse.pdf.PdfDevset. A report encrypted with a user password: must be "
          + "rejected as encrypted; nothing is labelled.");
      return new Doc(file, gold, out.toByteArray());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String fmt(double d) {
    String s = String.format(Locale.ROOT, "%.2f", d);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String json(Object o) {
    if (o == null) {
      return "null";
    }
    if (o instanceof String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          default -> sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
    if (o instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(json(String.valueOf(e.getKey()))).append(": ").append(json(e.getValue()));
      }
      return sb.append('}').toString();
    }
    if (o instanceof Double d) {
      return fmt(d);
    }
    return String.valueOf(o);
  }
}
