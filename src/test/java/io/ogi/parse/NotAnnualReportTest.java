package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Part-year statistics and notices look like reports: {@code ReportParser.notAnnualReport} turns them down. */
class NotAnnualReportTest {

  private static String reason(String... lines) {
    return ReportParser.notAnnualReport(List.of(lines), null);
  }

  @Test
  void partYearTitlesAreNotAnnualReports() {
    assertThat(reason("昆山市人民政府办公室2023年上半年政府信息公开申请办理情况统计表"))
        .startsWith("half-year or quarterly statistics (昆山市人民政府办公室2023年上半年");
    assertThat(reason("某县2021 年 第三季度政府信息公开情况")).startsWith("half-year or quarterly statistics");
    assertThat(reason("某市2020年1-6月政府信息公开工作情况")).startsWith("half-year or quarterly statistics");
    assertThat(reason("某市2020年 1 至 6 月政府信息公开工作报告")).startsWith("half-year or quarterly statistics");
    assertThat(reason("某区2019年下半年政务公开统计")).startsWith("half-year or quarterly statistics");
  }

  @Test
  void annualReportsWithDatesInTheirOpeningAreReports() {
    assertThat(reason(
        "您当前的位置: 首页>政府信息公开>年报",
        "德江县卫生健康委员会2025年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。2025年，全年共收到申请12件。"))
        .isNull();
    // 1月 is not 1-6月; a part-year phrase needs 统计, 情况 or 报告 on its line too
    assertThat(reason("统计期限自2025年1月起至12月止，本年度新收申请12件", "某市2020年上半年工作要点")).isNull();
  }

  @Test
  void noticesAboutTheReportsAreNotReports() {
    assertThat(reason("关于做好2023年政府信息公开工作年度报告编制发布工作的通知"))
        .startsWith("a notice about the annual reports");
  }
}
