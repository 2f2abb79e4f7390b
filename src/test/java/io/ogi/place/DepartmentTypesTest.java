package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Department types: current, short and historic names, place prefixes cut off, the doc in step. */
class DepartmentTypesTest {

  private final Gazetteer g = Gazetteer.get();

  @ParameterizedTest
  @CsvSource({
    "温州市教育局, 教育",
    "公安县教育局, 教育",
    "公安县公安局, 公安",
    "福州市公安局鼓楼分局, 公安",
    "秦皇岛市北戴河区卫生局, 卫生健康",
    "南京市卫生和计划生育委员会, 卫生健康",
    "成都市国土资源局, 自然资源",
    "杭州市规划局, 自然资源",
    "苏州市自然资源和规划局, 自然资源",
    "岳阳县环境保护局, 生态环境",
    "淮安市工商行政管理局, 市场监督管理",
    "淮安市质量技术监督局, 市场监督管理",
    "淮安市食品药品监督管理局, 市场监督管理",
    "襄樊市人事局, 人力资源和社会保障",
    "巢湖市劳动和社会保障局, 人力资源和社会保障",
    "鹿城区人力资源和社会保障局, 人力资源和社会保障",
    "温州市文化广电旅游局, 文化和旅游",
    "沈阳市铁西区教育和体育局, 教育",
    "潍坊市安全生产监督管理局, 应急管理",
    "济南市莱芜区城市管理局, 城市管理",
    "国家税务总局, 税务",
    "国家税务总局浙江省税务局, 税务",
    "教育部, 教育",
    "审计署, 审计",
    "国家发展和改革委员会, 发展和改革",
    "某县经济和信息化局, 工业和信息化",
    "贵阳市大数据发展管理局, 数据",
    "成都市政务服务和数据管理局, 政务服务",
    "朝阳区信访办公室, 信访",
    "长沙市医疗保障局, 医疗保障",
    "长沙市住房和城乡建设局, 住房和城乡建设",
    "长沙市房地产管理局, 住房和城乡建设",
    "宁波市物价局, 发展和改革",
    "城关区统计局, 统计",
    "新华区审计局, 审计",
    "某市开发区管理委员会, other",
    "某县供销合作社联合社, other"
  })
  void typesFromNames(String agency, String type) {
    assertThat(DepartmentTypes.of(agency, g)).as(agency).isEqualTo(type);
  }

  @Test
  void noKeywordBelongsToTwoTypes() {
    assertThat(DepartmentTypes.clashingKeywords()).isEmpty();
  }

  @Test
  void parserSetsTheTypeOnlyForDepartments() {
    ReportParser p = new ReportParser();
    ParsedReport dept = p.parseText("a.txt", "襄樊市卫生局2009年政府信息公开工作年度报告\n"
        + "报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。\n襄樊市卫生局\n2010年1月20日");
    assertThat(dept.getIssuer()).isEqualTo("department");
    assertThat(dept.getDepartmentType()).isEqualTo("卫生健康");
    assertThat(dept.getAgencySource()).isEqualTo("title");
    assertThat(dept.getPlace().prefecture()).isEqualTo("襄樊市");
    ParsedReport gov = p.parseText("b.txt", "襄阳市人民政府2019年政府信息公开工作年度报告\n"
        + "报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n襄阳市人民政府\n2020年3月20日");
    assertThat(gov.getIssuer()).isEqualTo("government");
    assertThat(gov.getDepartmentType()).isNull();
    ParsedReport signed = p.parseText("c.txt", "2021年政府信息公开工作年度报告\n"
        + "报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n温州市鹿城区司法局\n2022年1月20日");
    assertThat(signed.getAgencySource()).isEqualTo("signature");
    assertThat(signed.getDepartmentType()).isEqualTo("司法");
    assertThat(EvidenceKinds.of(signed.getPlace(), signed.getAgencySource())).contains("signature");
  }

  /** docs/data-dictionary.md lists exactly the types and keywords of {@link DepartmentTypes}. */
  @Test
  void dataDictionaryListsTheTypes() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/data-dictionary.md"), StandardCharsets.UTF_8);
    Map<String, String> doc = new LinkedHashMap<>();
    boolean in = false;
    for (String l : lines) {
      if (l.startsWith("## ")) {
        in = l.equals("## Department types");
        continue;
      }
      if (in && l.startsWith("| ") && !l.startsWith("| type") && !l.startsWith("| ---")) {
        String[] cells = l.split("\\|");
        doc.put(cells[1].strip(), cells[2].strip());
      }
    }
    assertThat(new ArrayList<>(doc.keySet())).containsExactlyElementsOf(DepartmentTypes.types());
    for (String t : DepartmentTypes.types()) {
      if (!t.equals(DepartmentTypes.OTHER)) {
        assertThat(doc.get(t)).as(t).isEqualTo(String.join("、", DepartmentTypes.keywords(t)));
      }
    }
  }
}
