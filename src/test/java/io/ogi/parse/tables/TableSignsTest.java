package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.ReportContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four table tests answered from one walk ({@link TableSigns}): each test alone, and the walk the
 * parser makes, stopped at table 三's sign or not.
 */
class TableSignsTest {

  private static ReportContent.Table text(List<List<String>> rows) {
    return new ReportContent.Table(rows, false);
  }

  private static final ReportContent.Table TABLE_2 = text(List.of(
      List.of("第二十条第（一）项"),
      List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
      List.of("规章", "0", "0", "3"),
      List.of("行政规范性文件", "1", "0", "12")));
  private static final ReportContent.Table TABLE_3 = text(List.of(
      List.of("申请人情况", "自然人", "总计"),
      List.of("一、本年 新收 政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"),
      List.of("（三）不予公开", "1.属于国家秘密", "0")));
  private static final ReportContent.Table TABLE_4 = text(List.of(
      List.of("行政复议", "行政诉讼"),
      List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
      List.of("0", "0", "0", "0", "0")));
  private static final ReportContent.Table LEGACY = text(List.of(
      List.of("统计指标", "单位", "统计数"),
      List.of("（一）收到申请数", "件", "12"),
      List.of("行政复议数量", "件", "0")));
  private static final ReportContent.Table NONE = text(List.of(
      List.of("1", "2", "3"),
      List.of("", "-", "/")));

  @Test
  void eachTableAnswersItsOwnTestOnly() {
    for (ReportContent.Table t : List.of(TABLE_2, TABLE_3, TABLE_4, LEGACY, NONE)) {
      // in the parser's order, each table asked every test (the parser stops at the first that holds)
      assertThat(Table3Reader.isTable3(t)).isEqualTo(t == TABLE_3);
      assertThat(LegacyTableReader.isLegacyTable(t)).isEqualTo(t == LEGACY);
      assertThat(Table4Reader.isTable4(t)).isEqualTo(t == TABLE_4);
      assertThat(Table2Reader.isTable2(t)).isEqualTo(t == TABLE_2);
    }
  }

  @Test
  void oneWalkGivesEveryAnswer() {
    for (ReportContent.Table t : List.of(TABLE_2, TABLE_3, TABLE_4, LEGACY, NONE)) {
      for (boolean stop : new boolean[] {false, true}) {
        TableSigns signs = TableSigns.of(t, stop);
        assertThat(signs.table3()).isEqualTo(t == TABLE_3);
        assertThat(signs.legacy()).isEqualTo(t == LEGACY);
        assertThat(signs.table4()).isEqualTo(t == TABLE_4);
        assertThat(signs.table2()).isEqualTo(t == TABLE_2);
      }
    }
  }

  @Test
  void aWalkStoppedAtTable3SignLeavesTheOthersUnknown() {
    ReportContent.Table both = text(List.of(
        List.of("新收政府信息公开申请"),
        List.of("行政复议", "结果维持")));
    assertThat(TableSigns.of(both, true).table3()).isTrue();
    assertThat(TableSigns.of(both, true).table4()).isFalse(); // not looked at
    assertThat(TableSigns.of(both, false).table3()).isTrue();
    assertThat(TableSigns.of(both, false).table4()).isTrue();
    assertThat(Table3Reader.isTable3(both)).isTrue();
    assertThat(Table4Reader.isTable4(both)).isTrue();
  }
}
