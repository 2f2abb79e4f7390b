package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.ReportContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table 二 of the 2019 template, as an HTML grid gives it: a measure whose header spans three
 * columns ("本年处理决定数量") over a value cell spanning them too, repeated once per column.
 */
class Table2ReaderTest {

  private static ReportContent.Table grid(List<List<String>> rows) {
    return new ReportContent.Table(rows, true);
  }

  @Test
  void aValueUnderASpannedHeaderIsReadOnce() {
    ParsedReport r = new ParsedReport();
    Table2Reader.read(
        grid(
            List.of(
                List.of("第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项"),
                List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("行政规范性文件", "0", "1", "32"),
                List.of("信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"),
                List.of("行政许可", "31", "31", "31"),
                List.of("行政处罚", "41", "41", "41"))),
        r);

    assertThat(r.getValues()).extracting(ReportValue::key)
        .containsExactly(
            "t2.normative_docs.issued", "t2.normative_docs.repealed", "t2.normative_docs.in_force",
            "t2.licensing.decisions", "t2.penalty.decisions");
    assertThat(r.value("t2.licensing.decisions").value()).isEqualTo(31);
    assertThat(r.value("t2.penalty.decisions").value()).isEqualTo(41);
    assertThat(r.getFlags()).isEmpty();
  }

  @Test
  void differentNumbersUnderOneSpannedHeaderAreAmbiguousNotRead() {
    ParsedReport r = new ParsedReport();
    Table2Reader.read(
        grid(
            List.of(
                List.of("信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"),
                List.of("行政许可", "31", "2", "31"),
                List.of("行政处罚", "41", "41", "41"))),
        r);

    assertThat(r.value("t2.licensing.decisions")).isNull();
    assertThat(r.getAmbiguous()).containsExactly("t2.licensing.decisions");
    assertThat(r.getFlags()).containsExactly("t2.columns_uncertain:licensing");
    assertThat(r.value("t2.penalty.decisions").value()).isEqualTo(41);
  }
}
