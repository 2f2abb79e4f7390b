package io.ogi.parse.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ogi.parse.ReportContent;
import io.ogi.parse.ReportContent.Block;
import io.ogi.parse.ReportContent.Line;
import io.ogi.parse.ReportContent.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlContentExtractorTest {

  static final String A = "a_lujiang_2022.html";
  static final String B = "b_luoyang_jyj_2020_gbk.html";
  static final String C = "c_wulidun_2023.html";
  static final String D = "d_tonglu_scjgj_2022.html";

  // ---------------------------------------------------------------- loading

  static byte[] bytes(String name) {
    try (InputStream in = HtmlContentExtractorTest.class.getResourceAsStream("/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  static String html(String name) {
    Charset cs = name.contains("gbk") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    return new String(bytes(name), cs);
  }

  static ReportContent extract(String name) {
    return HtmlContentExtractor.extract(html(name));
  }

  static List<String> lines(ReportContent rc) {
    List<String> out = new ArrayList<>();
    for (Block b : rc.blocks()) {
      if (b instanceof Line l) {
        out.add(l.text());
      }
    }
    return out;
  }

  /** The first table having a cell that contains {@code marker}. */
  static Table tableWith(ReportContent rc, String marker) {
    for (Table t : rc.tables()) {
      for (List<String> row : t.rows()) {
        for (String c : row) {
          if (c.contains(marker)) {
            return t;
          }
        }
      }
    }
    throw new AssertionError("no table with " + marker);
  }

  /** The first row whose label cells (any cell) contain {@code marker}. */
  static List<String> rowWith(Table t, String marker) {
    for (List<String> row : t.rows()) {
      for (String c : row) {
        if (c.contains(marker)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row with " + marker);
  }

  /** Column of the first cell equal to {@code header} in any row. */
  static int columnOf(Table t, String header) {
    for (List<String> row : t.rows()) {
      int i = row.indexOf(header);
      if (i >= 0) {
        return i;
      }
    }
    throw new AssertionError("no header " + header);
  }

  static void assertRectangular(Table t) {
    assertThat(t.exactGrid()).isTrue();
    int w = t.rows().get(0).size();
    assertThat(t.rows()).allSatisfy(r -> assertThat(r).hasSize(w));
  }

  // ---------------------------------------------------------------- grids

  @Test
  void fixtureA_applicantColumnsLandUnderTheirHeaders() {
    ReportContent rc = extract(A);
    Table t3 = tableWith(rc, "本年新收");
    assertRectangular(t3);
    List<String> newRow = rowWith(t3, "本年新收");
    int natural = columnOf(t3, "自然人");
    assertThat(natural).isEqualTo(3); // the 勾稽关系 cell spans three label columns
    assertThat(newRow.get(natural)).isEqualTo("46");
    assertThat(newRow.get(newRow.size() - 1)).isEqualTo("58");
    assertThat(columnOf(t3, "总计")).isEqualTo(newRow.size() - 1);
    // 法人或其他组织 colspan=5 is repeated over the five organisation columns.
    List<String> orgHeader = rowWith(t3, "法人或其他组织");
    assertThat(orgHeader.subList(4, 9)).containsOnly("法人或其他组织");
    assertThat(orgHeader.get(3)).isEqualTo("自然人"); // rowspan=2 repeated down
    assertThat(newRow.get(columnOf(t3, "商业企业"))).isEqualTo("9");
    assertThat(newRow.get(columnOf(t3, "法律服务机构"))).isEqualTo("2");
    assertThat(newRow.get(columnOf(t3, "社会公益组织"))).isEqualTo("1");
  }

  @Test
  void fixtureA_rowspansRepeatDownAndBlankCellsStayBlank() {
    Table t3 = tableWith(extract(A), "本年新收");
    List<String> other = rowWith(t3, "3.其他");
    assertThat(other.subList(0, 3)).containsExactly("三、本年度办理结果", "（六）其他处理", "3.其他");
    assertThat(other.subList(3, 10)).containsExactly("1", "0", "0", "0", "0", "0", "1");
    List<String> secret = rowWith(t3, "1.属于国家秘密");
    assertThat(secret.get(1)).isEqualTo("（三）不予公开");
    assertThat(secret.subList(3, 10)).containsOnly("");
    List<String> partial = rowWith(t3, "（二）部分公开");
    assertThat(partial.subList(3, 10)).containsExactly("5", "1", "", "", "", "", "6");
    List<String> totals = rowWith(t3, "（七）总计");
    assertThat(totals.get(0)).isEqualTo("三、本年度办理结果"); // rowspan=22 reaches the totals row
    assertThat(totals.subList(3, 10)).containsExactly("47", "8", "0", "1", "2", "0", "58");
    List<String> carry = rowWith(t3, "结转下年度");
    assertThat(carry.get(0)).isEqualTo("四、结转下年度继续办理");
    assertThat(carry.subList(3, 10)).containsExactly("2", "2", "0", "0", "0", "0", "4");
  }

  @Test
  void fixtureA_tables2And4() {
    ReportContent rc = extract(A);
    Table t2 = tableWith(rc, "行政许可");
    assertRectangular(t2);
    assertThat(rowWith(t2, "行政许可")).containsExactly("行政许可", "1536", "1536", "1536");
    assertThat(rowWith(t2, "行政事业性收费").get(1)).isEqualTo("356.82");
    Table t4 = tableWith(rc, "行政复议");
    assertRectangular(t4);
    assertThat(t4.rows()).hasSize(4);
    assertThat(t4.rows().get(0).subList(5, 15)).containsOnly("行政诉讼");
    assertThat(t4.rows().get(1).subList(10, 15)).containsOnly("复议后起诉");
    assertThat(t4.rows().get(2).get(0)).isEqualTo("结果维持"); // rowspan=2 under 行政复议
    assertThat(t4.rows().get(3))
        .containsExactly("2", "1", "0", "1", "4", "1", "0", "1", "0", "2", "1", "0", "0", "0", "1");
  }

  @Test
  void fixtureB_gbkWordExportDecodesAndJoinsParagraphsInCells() {
    byte[] raw = bytes(B);
    String viaTest = new String(raw, Charset.forName("GB18030"));
    assertThat(decode(raw)).isEqualTo(viaTest);
    ReportContent rc = HtmlContentExtractor.extract(viaTest);
    assertThat(lines(rc).get(0)).isEqualTo("洛阳市教育局2020年政府信息公开工作年度报告");
    Table t2 = tableWith(rc, "本年新制作数量"); // "本年新<br>制作数量" joined without a break
    assertThat(rowWith(t2, "行政许可")).containsExactly("行政许可", "23", "-2", "1,234");
    assertThat(rowWith(t2, "政府集中采购").subList(0, 3)).containsExactly("政府集中采购", "37", "1268.4575");
    Table t3 = tableWith(rc, "本年新收");
    assertRectangular(t3);
    assertThat(rowWith(t3, "社会公益组织").get(6)).isEqualTo("社会公益组织");
    List<String> other = rowWith(t3, "（六）其他处理");
    assertThat(other.subList(1, 10)).containsExactly("（六）其他处理", "（六）其他处理", "1", "0", "0", "0", "0", "0", "1");
    Table t4 = tableWith(rc, "行政复议");
    assertThat(t4.rows().get(2)).contains("结果维持"); // 结果<br>维持
    assertThat(t4.rows().get(3).get(8)).isEqualTo("1");
  }

  @Test
  void fixtureC_sectionTotalRowsAndSplitHeaders() {
    Table t3 = tableWith(extract(C), "本年新收");
    assertRectangular(t3);
    assertThat(columnOf(t3, "社会公益组织")).isEqualTo(6); // 社会<br>公益<br>组织
    assertThat(rowWith(t3, "小计").subList(1, 10))
        .containsExactly("（三）不予公开", "小计", "1", "0", "0", "0", "0", "0", "1");
    List<String> unable = rowWith(t3, "（四）无法提供");
    assertThat(unable.subList(1, 3)).containsOnly("（四）无法提供");
    assertThat(unable.get(9)).isEqualTo("3"); // the deliberate contradiction is kept as printed
    List<String> notHeld = rowWith(t3, "本机关不掌握");
    assertThat(notHeld.subList(3, 10)).containsExactly("1", "1", "0", "0", "0", "0", "2");
  }

  @Test
  void fixtureD_layoutTableIsAContainerAndTheadRowsAreKept() {
    ReportContent rc = extract(D);
    assertThat(lines(rc).get(0)).isEqualTo("桐庐县市场监督管理局2022年政府信息公开工作年度报告");
    assertThat(rc.tables()).hasSize(3); // no giant grid from the page layout table
    Table t3 = tableWith(rc, "本年新收");
    assertRectangular(t3);
    assertThat(t3.rows().get(0).get(3)).isEqualTo("申请人情况");
    List<String> newRow = rowWith(t3, "本年新收");
    assertThat(newRow.get(columnOf(t3, "自然人"))).isEqualTo("112");
    assertThat(newRow.get(newRow.size() - 1)).isEqualTo("146");
    assertThat(rowWith(tableWith(rc, "行政许可"), "行政许可").get(1)).isEqualTo("2,876");
  }

  // ---------------------------------------------------------------- prose and chrome

  static final String[] CHROME = {
    "您当前的位置", "当前位置", "您现在的位置", "扫一扫", "版权所有", "ICP备", "网站标识码", "公网安备", "分享到", "撰稿",
    "校对", "一审：", "二审：", "三审：", "来源：", "发布时间", "发布日期", "浏览次数", "点击数", "关联稿件", "相关文章", "主办单位",
    "【打印", "打印】", "字号", "友情链接", "搜索", "首页", "热点信息", "年报导航", "索引号", "无障碍", "政府网站找错",
    "富阳区2021年", "建德市人民政府2020年", "淳安县卫生健康局", "临安区市场监督管理局", "余杭区人民政府", "守护消费",
    "五里墩街道2022年", "五里墩街道2021年", "桐庐县市场监督管理局2021年", "桐庐县市场监督管理局2019年", "联系地址"
  };

  @ParameterizedTest
  @ValueSource(strings = {A, B, C, D})
  void chromeIsAbsentFromLines(String name) {
    for (String line : lines(extract(name))) {
      for (String chrome : CHROME) {
        assertThat(line).as(name).doesNotContain(chrome);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {A, B, C, D})
  void titleFirstThenSectionsThenSignature(String name) {
    ReportContent rc = extract(name);
    List<String> lines = lines(rc);
    assertThat(rc.blocks().get(0)).isInstanceOf(Line.class);
    assertThat(lines.get(0)).endsWith("政府信息公开工作年度报告");
    assertThat(lines.subList(1, lines.size())).doesNotContain(lines.get(0)); // title not repeated
    assertThat(lines).contains("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项");
    assertThat(lines.get(lines.size() - 1)).matches("20\\d\\d年\\d{1,2}月\\d{1,2}日");
    assertThat(rc.tables()).hasSize(3);
    // Full-width indents and &nbsp; are normalised away.
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\u3000", "\u00a0").isEqualTo(l.strip()));
  }

  @Test
  void fixtureA_blocksInReadingOrder() {
    List<Block> blocks = extract(A).blocks();
    int heading3 = -1;
    int table3 = -1;
    int heading4 = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Line l && l.text().startsWith("三、收到和处理")) {
        heading3 = i;
      } else if (b instanceof Line l && l.text().startsWith("四、政府信息公开行政复议")) {
        heading4 = i;
      } else if (b instanceof Table t && t.rows().toString().contains("本年新收")) {
        table3 = i;
      }
    }
    assertThat(heading3).isPositive().isLessThan(table3);
    assertThat(table3).isEqualTo(heading3 + 1).isLessThan(heading4);
  }

  // ---------------------------------------------------------------- odd input

  @Test
  void truncatedMidTableKeepsTheRowsBeforeTheCut() {
    String full = html(A);
    int cut = full.indexOf("4.保护第三方合法权益") + 14; // inside the next cells of that row
    String truncated = full.substring(0, cut);
    ReportContent rc = HtmlContentExtractor.extract(truncated);
    assertThat(lines(rc).get(0)).isEqualTo("庐江县人民政府2022年政府信息公开工作年度报告");
    Table t3 = tableWith(rc, "本年新收");
    assertRectangular(t3);
    List<String> newRow = rowWith(t3, "本年新收");
    assertThat(newRow.get(3)).isEqualTo("46");
    assertThat(newRow.get(newRow.size() - 1)).isEqualTo("58");
    assertThat(rowWith(t3, "（一）予以公开").subList(3, 10)).containsExactly("18", "4", "0", "1", "1", "0", "24");
    assertThat(rowWith(t3, "3.危及").get(1)).isEqualTo("（三）不予公开");
    // The 22-row rowspan is clamped to the rows that exist.
    assertThat(t3.rows().get(t3.rows().size() - 1).get(2)).startsWith("4.保护第三方合法权益");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "   ", "<", "<<<>>>", "<html><body>", "<table>", "<table><tr><td colspan=999999 rowspan=abc>x",
    "<table><tr><td rowspan=0>a<td colspan=0>b<tr><td>c</table>", "<td>orphan cell</td>",
    "<div><p>正文<table><tr><td>1</td><div><table><tr><td>2", "\u0000\ufffd<h1>报告</h1>",
    "<script>var s='</table>';</script><p>文字</p>", "<title>_</title>"
  })
  void brokenHtmlNeverThrows(String html) {
    assertThatCode(() -> HtmlContentExtractor.extract(html)).doesNotThrowAnyException();
  }

  /** Decodes as the parser does: the project's one decoder. */
  private static String decode(byte[] raw) {
    return new io.ogi.parse.DocumentDecoder().decode("page.html", raw).text();
  }

  @Test
  void nullGivesEmptyContent() {
    assertThat(HtmlContentExtractor.extract(null).blocks()).isEmpty();
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "<p>深层</p>" + "<table><tr><td>a</td>".repeat(2_000);
    assertThatCode(() -> HtmlContentExtractor.extract(html)).doesNotThrowAnyException();
  }

  @Test
  void spansAreExpandedAndClampedOnSmallTables() {
    ReportContent rc = HtmlContentExtractor.extract(
        "<p>x</p><table><tr><td rowspan=5>a</td><td colspan=2>b</td><td></td></tr>"
            + "<tr><td>c</td><td>d</td></tr></table>");
    Table t = rc.tables().get(0);
    assertThat(t.rows()).containsExactly(List.of("a", "b", "b"), List.of("a", "c", "d"));
  }

  @Test
  void aLongNoteRowDoesNotTurnAStatisticsTableIntoLayout() {
    StringBuilder html = new StringBuilder("<table>");
    for (int r = 0; r < 6; r++) {
      html.append("<tr><td>项目").append(r).append("</td><td>1</td><td>2</td><td>3</td></tr>");
    }
    html.append("<tr><td colspan=4>注：").append("本表数据来源于各单位报送。".repeat(20)).append("</td></tr></table>");
    Table t = HtmlContentExtractor.extract(html.toString()).tables().get(0);
    assertThat(t.rows()).hasSize(7);
    assertThat(t.rows().get(0)).containsExactly("项目0", "1", "2", "3");
  }

  @Test
  void aLayoutTableWithoutNestedTablesIsEmittedAsLines() {
    String html = "<table><tr><td><a href=#>首页</a></td><td><a href=#>政务公开</a></td><td><a href=#>服务</a></td></tr>"
        + "<tr><td>侧栏</td><td colspan=2><p>一、总体情况</p><p>" + "本机关认真贯彻落实条例。".repeat(100)
        + "</p></td></tr></table>";
    ReportContent rc = HtmlContentExtractor.extract(html);
    assertThat(rc.tables()).isEmpty();
    assertThat(lines(rc)).contains("一、总体情况");
  }

  @Test
  void hiddenBlocksAreDropped() {
    ReportContent rc = HtmlContentExtractor.extract(
        "<div><p>一、总体情况</p><div style=\"DISPLAY: none\">澳门新葡京 北京市朝阳区 广东省深圳市</div>"
            + "<p hidden>隐藏</p><span style='visibility:hidden'>看不见</span><p>正文</p></div>");
    assertThat(lines(rc)).containsExactly("一、总体情况", "正文");
  }

  @Test
  void aTitledSectionHeadingWithoutReportWordingDoesNotBeatThePageTitle() {
    ReportContent rc = HtmlContentExtractor.extract(
        "<html><head><title>某某区2022年政府信息公开工作年度报告_某某区人民政府</title></head><body>"
            + "<div class=main><h1 class=title>信息公开专栏</h1><p>一、总体情况。本年度依法做好政府信息公开工作。</p></div>"
            + "</body></html>");
    assertThat(lines(rc).get(0)).isEqualTo("某某区2022年政府信息公开工作年度报告");
  }

  @Test
  void hiddenIsFoundInAnyLetterCaseAndLongWordStylesAreNotHidden() {
    String word = "font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt";
    ReportContent rc = HtmlContentExtractor.extract(
        "<div><p>一、总体情况</p>"
            + "<div style=\"DiSpLaY : NoNe\">藏一</div><div style='color:red; dIsplay:none'>藏二</div>"
            + "<div style=\"VISIBILITY:Hidden\">藏三</div><div style='viSIbility: hidden'>藏四</div>"
            + "<p class=MsoNormal><span style='" + word + "'>正文一</span></p>"
            + "<p style='mso-list:l0 level1 lfo1;display:block'>正文二</p>"
            + "<p style='visibility:visible'>正文三</p></div>");
    assertThat(lines(rc)).containsExactly("一、总体情况", "正文一", "正文二", "正文三");
  }

  @Test
  void wordCellsWithOneNumberInsideParagraphsAndSpansAreReadAsTheNumber() {
    String cell = "<td style='border:solid windowtext 1.0pt'>\n<p class=MsoNormal align=center><span lang=EN-US"
        + " style='font-size:10.5pt'>%s<o:p></o:p></span></p>\n</td>";
    ReportContent rc = HtmlContentExtractor.extract(
        "<table><tr>" + String.format(cell, "行政 复议") + String.format(cell, " 12 ") + String.format(cell, "&nbsp;")
            + "<td><p>结果</p><p>维持</p></td><td><span>3</span><script>var x = 4;</script></td></tr></table>");
    List<Table> tables = new ArrayList<>();
    for (Block b : rc.blocks()) {
      if (b instanceof Table t) {
        tables.add(t);
      }
    }
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).containsExactly(List.of("行政复议", "12", "", "结果维持", "3"));
  }

  @Test
  void aBodyHiddenUntilScriptsRunIsStillRead() {
    String html = html(A).replace("<body>", "<body style=\"display:none\">");
    Table t3 = tableWith(HtmlContentExtractor.extract(html), "本年新收");
    assertThat(rowWith(t3, "本年新收").get(3)).isEqualTo("46");
  }

  @Test
  void tablesInASiblingOfTheProseContainerAreKept() {
    String html = "<div class='wrap'><div class='TRS_Editor'><p>一、总体情况</p><p>"
        + "本机关认真贯彻落实条例。".repeat(80) + "</p></div>"
        + "<div><table>" + "<tr><td>自然人</td><td>3</td><td>0</td><td>3</td></tr>".repeat(8)
        + "</table></div></div>";
    ReportContent rc = HtmlContentExtractor.extract(html);
    assertThat(rc.tables()).hasSize(1);
    assertThat(lines(rc)).contains("一、总体情况");
  }

  @Test
  void titleFallsBackToTheTitleElement() {
    ReportContent rc = HtmlContentExtractor.extract(
        "<html><head><title>某县2020年政府信息公开工作年度报告_某县人民政府</title></head>"
            + "<body><div class='nav'><a>首页</a><a>政务</a><a>服务</a></div><div>正文第一段</div></body></html>");
    assertThat(lines(rc)).containsExactly("某县2020年政府信息公开工作年度报告", "正文第一段");
  }

  @Test
  void declaredGb2312IsDecodedAsGb18030AndUndeclaredUtf8IsRecognised() {
    byte[] gbk = "<meta charset=\"gb2312\"><p>镕</p>".getBytes(Charset.forName("GBK"));
    assertThat(decode(gbk)).contains("镕");
    byte[] utf8 = "<p>政府信息公开</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(utf8)).isEqualTo("<p>政府信息公开</p>");
    byte[] undeclaredGbk = "<p>政府信息公开</p>".getBytes(Charset.forName("GBK"));
    assertThat(decode(undeclaredGbk)).isEqualTo("<p>政府信息公开</p>");
  }

  // ---------------------------------------------------------------- gold file consistency

  /**
   * Reads every table number of each fixture from the extracted grids with a small label map and
   * compares the result with gold.jsonl in both directions: the gold file must label every number
   * in the tables, and label it right. This checks the fixtures, the gold file and the grids
   * against each other.
   */
  @Test
  void goldFileLabelsEveryTableNumberExactly() throws IOException {
    String gold = new String(bytes("_html_gold.jsonl"), StandardCharsets.UTF_8);
    int documents = 0;
    for (String line : gold.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher f = Pattern.compile("\"file\":\"([^\"]+)\"").matcher(line);
      assertThat(f.find()).isTrue();
      String file = f.group(1);
      Map<String, Double> expected = new TreeMap<>();
      Matcher v = Pattern.compile("\"(t[234]\\.[a-z0-9_.]+)\":(-?[0-9.]+)").matcher(line);
      while (v.find()) {
        expected.put(v.group(1), Double.parseDouble(v.group(2)));
      }
      Map<String, Double> actual = GridReader.read(extract(file));
      assertThat(actual).as(file).isEqualTo(expected);
      documents++;
    }
    assertThat(documents).isEqualTo(4);
  }

  /** Minimal label-based reader of the three 2019-template tables, for the gold check only. */
  static final class GridReader {
    static final String[] COLS = {
      "natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"
    };
    static final String[][] ITEMS = {
      {"国家秘密", "state_secret"}, {"禁止公开", "prohibited_by_law"},
      {"三安全一稳定", "three_safety_one_stability"}, {"第三方", "third_party_rights"},
      {"内部事务", "internal_affairs"}, {"过程性", "process_info"}, {"执法案卷", "law_enforcement_file"},
      {"行政查询", "administrative_query"}, {"不掌握", "not_held"}, {"另行制作", "needs_creation"},
      {"仍不明确", "unclear_after_correction"}, {"信访", "petition_complaint"}, {"重复申请", "repeat"},
      {"出版物", "publication"}, {"大量反复", "excessive"}, {"确认或重新出具", "confirmation"},
      {"逾期不补正", "overdue_correction"}, {"逾期未按收费", "overdue_fee"}, {"3.其他", "other"}
    };
    static final String[][] SECTIONS = {
      {"不予公开", "denied"}, {"无法提供", "unable"}, {"不予处理", "not_processed"}, {"其他处理", "other"}
    };
    static final String[][] T2_ITEMS = {
      {"规章", "regulations"}, {"规范性文件", "normative_docs"}, {"行政许可", "licensing"},
      {"其他对外管理服务事项", "other_services"}, {"行政处罚", "penalty"}, {"行政强制", "coercion"},
      {"行政事业性收费", "fees"}, {"政府集中采购", "procurement"}
    };
    static final String[][] T2_MEASURES = {
      {"本年制发件数", "issued"}, {"本年新制作数量", "issued"}, {"本年新公开数量", "published"},
      {"对外公开总数量", "published_total"}, {"本年废止件数", "repealed"}, {"现行有效件数", "in_force"},
      {"上一年项目数量", "items_prev_year"}, {"本年增/减", "items_change"}, {"处理决定数量", "decisions"},
      {"收费金额", "amount_10k_yuan"}, {"采购项目数量", "projects"}, {"采购总金额", "amount_10k_yuan"}
    };
    static final String[] T4_BLOCKS = {"review", "lit_direct", "lit_after_review"};
    static final String[] T4_OUTCOMES = {"upheld", "corrected", "other", "pending", "total"};

    static Map<String, Double> read(ReportContent rc) {
      Map<String, Double> out = new TreeMap<>();
      readT2(tableWith(rc, "信息内容"), out);
      readT3(tableWith(rc, "本年新收"), out);
      List<List<String>> t4 = tableWith(rc, "行政复议").rows();
      List<String> last = t4.get(t4.size() - 1);
      for (int i = 0; i < 15; i++) {
        put(out, "t4." + T4_BLOCKS[i / 5] + "." + T4_OUTCOMES[i % 5], last.get(i));
      }
      return out;
    }

    static void readT2(Table t, Map<String, Double> out) {
      List<String> measures = List.of();
      for (List<String> row : t.rows()) {
        if (row.get(0).equals("信息内容")) {
          measures = row;
          continue;
        }
        String item = lookup(T2_ITEMS, row.get(0));
        if (item == null) {
          continue;
        }
        for (int c = 1; c < row.size(); c++) {
          String m = lookup(T2_MEASURES, measures.get(c));
          if (m != null) {
            put(out, "t2." + item + "." + m, row.get(c));
          }
        }
      }
    }

    static void readT3(Table t, Map<String, Double> out) {
      String section = null;
      for (List<String> row : t.rows()) {
        String l0 = row.get(0);
        String l1 = row.get(1);
        String l2 = row.get(2);
        String key;
        if (l0.contains("本年新收")) {
          key = "new";
        } else if (l0.contains("上年结转")) {
          key = "carried";
        } else if (l0.contains("结转下年度")) {
          key = "carried_forward";
        } else if (!l0.contains("办理结果")) {
          continue; // header rows
        } else if (l1.contains("予以公开")) {
          key = "granted";
        } else if (l1.contains("部分公开")) {
          key = "partial";
        } else if (l1.contains("总计")) {
          key = "results";
        } else {
          String sec = lookup(SECTIONS, l1);
          if (sec != null) {
            section = sec;
          }
          if (sec != null && (l2.equals(l1) || l2.equals("小计"))) {
            key = sec; // a section-total row
          } else {
            key = section + "." + lookup(ITEMS, l2);
          }
        }
        for (int c = 0; c < 7; c++) {
          put(out, "t3." + key + "." + COLS[c], row.get(3 + c));
        }
      }
    }

    static String lookup(String[][] table, String label) {
      for (String[] e : table) {
        if (label.contains(e[0])) {
          return e[1];
        }
      }
      return null;
    }

    static void put(Map<String, Double> out, String key, String cell) {
      if (!cell.isEmpty()) {
        out.put(key, Double.parseDouble(cell.replace(",", "")));
      }
    }
  }
}
