package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.ReportContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legacy statistics table's indicator rows, matched by the words of their labels (seed 003). */
class LegacyTableReaderTest {

  @Test
  void rowsAreKeyedByTheirWordsAndSubRowsByTheirBlock() {
    ParsedReport r = new ParsedReport();
    LegacyTableReader.read(new ReportContent.Table(List.of(
        List.of("统计指标", "单位", "统计数"),
        List.of("一、主动公开情况"),
        List.of("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "120"),
        List.of("其中：主动公开规范性文件数", "条", "4"),
        List.of("（一）收到申请数", "件", "12"),
        List.of("1.当面申请数", "件", "2"),
        List.of("5.电子邮件申请数", "件", "10"),
        List.of("（二）办结数", "件", "12"),
        List.of("不是《条例》所指政府信息", "件", "1"),
        List.of("三、行政复议数量", "件", "3"),
        List.of("（一）维持具体行政行为数", "件", "2"),
        List.of("（二）被依法纠错数", "件", "1"),
        List.of("四、行政诉讼数量", "件", "2"),
        List.of("（三）其他情形数", "件", "1"),
        List.of("六、依申请公开信息收取的费用", "元", "500"),
        List.of("（三）其他情形数", "件", "9")), false), r);

    assertThat(r.getValues()).extracting(ReportValue::key).containsExactly(
        "proactive.items", "legacy.normative_docs_published", "legacy.received", "legacy.received.in_person",
        "legacy.received.email", "legacy.closed", "legacy.denied.not_gov_info", "legacy.review",
        "legacy.review.upheld", "legacy.review.corrected", "legacy.litigation", "legacy.litigation.other",
        "legacy.fees_10k_yuan");
    assertThat(r.value("legacy.fees_10k_yuan").value()).isEqualTo(0.05);
    // 2 suits, of which one sub-row read: the block disagrees with its total
    assertThat(r.getFlags()).containsExactly("legacy.litigation_sum");
  }
}
