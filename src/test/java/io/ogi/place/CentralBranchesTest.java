package io.ogi.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.parse.ReportParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Central organs and their local branches: 国家税务总局 is central, 国家税务总局温州市税务局 sits in
 * 温州市 at prefecture level.
 */
class CentralBranchesTest {

  private static final ReportParser PARSER = new ReportParser();

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "国家税务总局, central, -, -, -, 税务",
        "中国人民银行, central, -, -, -, other",
        "中国气象局, central, -, -, -, 气象",
        "国家税务总局温州市税务局, prefecture, 浙江省, 温州市, -, 税务",
        "国家税务总局温州市鹿城区税务局, county, 浙江省, 温州市, 鹿城区, 税务",
        "国家税务总局浙江省税务局, province, 浙江省, -, -, 税务",
        "国家税务总局北京市税务局, province, 北京市, -, -, 税务"
      })
  void levelAndPlace(String agency, String level, String province, String prefecture, String county,
      String type) {
    ParsedReport r = PARSER.parseText("x.txt", agency + "2021年政府信息公开工作年度报告\n"
        + "本报告统计期限自2021年1月1日起至2021年12月31日止。\n全年主动公开政府信息56条。\n" + agency
        + "\n2022年1月25日\n");
    assertThat(r.getPlace().level()).as(agency).isEqualTo(level);
    assertThat(r.getPlace().province()).as(agency).isEqualTo(province);
    assertThat(r.getPlace().prefecture()).as(agency).isEqualTo(prefecture);
    assertThat(r.getPlace().county()).as(agency).isEqualTo(county);
    assertThat(r.getIssuer()).isEqualTo("department");
    assertThat(r.getDepartmentType()).as(agency).isEqualTo(type);
  }
}
