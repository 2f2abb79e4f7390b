package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ogi.model.ReportValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesCodecTest {

  @Test
  void valuesComeBackInTheirOrderWithChineseLabelsAndNulls() {
    List<ReportValue> values =
        List.of(
            new ReportValue("t3.new.total", 20, "cell", "三", "本年新收政府信息公开申请数量", "总计", 1.0),
            new ReportValue("proactive.items", 331282, "prose", null, "主动公开政府信息331282条", null, 0.6),
            new ReportValue("t2.procurement.amount_10k_yuan", 5.637, "cell", "二", "政府集中采购", "采购总金额", 1.0),
            new ReportValue("legacy.fee", -0.0, "dash", "", "", "", 0.0));

    assertThat(ValuesCodec.decode(ValuesCodec.encode(values))).containsExactlyElementsOf(values);
  }

  @Test
  void aReportWithHundredsOfValuesAndLongLabelsRoundTrips() {
    // counts and lengths past 127 take more than one byte
    List<ReportValue> values = new ArrayList<>();
    String label = "因正当理由逾期不能答复".repeat(20);
    for (int i = 0; i < 300; i++) {
      values.add(new ReportValue("t3.row" + i + ".total", i * 1.5, "cell", "三", label + i, "总计", 0.9));
    }

    assertThat(ValuesCodec.decode(ValuesCodec.encode(values))).containsExactlyElementsOf(values);
  }

  @Test
  void noValuesIsOneByteAndNullDecodesAsNone() {
    assertThat(ValuesCodec.encode(List.of())).containsExactly(0, 0);
    assertThat(ValuesCodec.decode(ValuesCodec.encode(List.of()))).isEmpty();
    assertThat(ValuesCodec.decode(null)).isEmpty();
  }

  @Test
  void trailingBytesAreCorruptionNotIgnored() {
    byte[] bytes = ValuesCodec.encode(List.of(new ReportValue("t3.new.total", 20, "cell", null, null, null, 1.0)));
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);

    assertThatThrownBy(() -> ValuesCodec.decode(longer)).hasMessageContaining("1 bytes left over");
  }

  @Test
  void aCursorGivesKeysAndNumbersWithoutTheRest() {
    List<ReportValue> values =
        List.of(
            new ReportValue("t3.new.total", 20, "cell", "三", "本年新收政府信息公开申请数量", "总计", 1.0),
            new ReportValue("legacy.received", 7, "prose", null, null, null, 0.6),
            new ReportValue("t4.review.corrected", 2, "cell", "四", "纠正", null, 1.0));
    ValuesCodec.Cursor c = new ValuesCodec.Cursor(ValuesCodec.encode(values));

    List<String> seen = new ArrayList<>();
    while (c.next()) {
      seen.add(c.key() + "=" + c.number());
      if (c.key().startsWith("t4.")) {
        assertThat(c.value()).isEqualTo(values.get(2));
      }
    }

    assertThat(seen).containsExactly("t3.new.total=20.0", "legacy.received=7.0", "t4.review.corrected=2.0");
  }

  @Test
  void aCursorHandsLabelsOnAsUtf8() {
    ReportValue a = new ReportValue("t3.new.total", 20, "cell", "三", "本年新收", "总计", 1.0);
    ReportValue b = new ReportValue("t4.review.corrected", 2, "cell", "四", "纠正", null, 0.9);
    ReportValue c = new ReportValue("legacy.received", 7, "prose", null, null, null, 0.6);
    byte[] bytes = ValuesCodec.encode(List.of(a, b, c));

    ValuesCodec.Cursor cursor = new ValuesCodec.Cursor(bytes);
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.value()).isEqualTo(b);
    assertThat(cursor.keyUtf8().toString()).isEqualTo("t4.review.corrected");
    assertThat(cursor.labelUtf8(0).toString()).isEqualTo("cell");
    assertThat(cursor.labelUtf8(2).toString()).isEqualTo("纠正");
    assertThat(cursor.labelUtf8(3)).isNull();
    assertThat(cursor.confidence()).isEqualTo(0.9);
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.key()).isEqualTo("legacy.received");
    assertThat(cursor.next()).isFalse();
  }

  @Test
  void eachLabelIsWrittenOnceHoweverOftenValuesReferToIt() {
    List<ReportValue> values = new ArrayList<>();
    for (String column : List.of("natural_person", "commercial", "research", "total")) {
      values.add(new ReportValue("t3.new." + column, 1, "cell", "三", "本年新收政府信息公开申请数量", "总计", 1.0));
    }
    byte[] bytes = ValuesCodec.encode(values);

    assertThat(ValuesCodec.decode(bytes)).containsExactlyElementsOf(values);
    byte[] label = "本年新收政府信息公开申请数量".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int found = 0;
    for (int i = 0; i + label.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + label.length, label, 0, label.length)) {
        found++;
      }
    }
    assertThat(found).isEqualTo(1);
    ValuesCodec.Cursor c = new ValuesCodec.Cursor(bytes);
    c.next();
    var first = c.labelUtf8(2);
    c.next();
    assertThat(c.labelUtf8(2)).isSameAs(first);
  }

  @Test
  void aReferenceToALabelThatIsNotThereIsCorruption() {
    byte[] bytes = ValuesCodec.encode(List.of(new ReportValue("k", 1, "cell", null, null, null, 1.0)));
    // the layout: 1 value, 1 label ("cell"), then the value: key, number, source reference 1 …;
    // make the source refer to label 2
    int source = 1 + 1 + 1 + "cell".length() + 2 + Double.BYTES;
    assertThat(bytes[source]).isEqualTo((byte) 1);
    bytes[source] = 2;

    assertThatThrownBy(() -> ValuesCodec.decode(bytes)).hasMessageContaining("label 2 of 1");
  }

  @Test
  void aValueCutShortIsCorruption() {
    byte[] bytes = ValuesCodec.encode(List.of(new ReportValue("t3.new.total", 20, "cell", "三", "总计", null, 1.0)));
    byte[] shorter = java.util.Arrays.copyOf(bytes, bytes.length - 3);

    assertThatThrownBy(() -> ValuesCodec.decode(shorter)).hasMessageContaining("runs past the end");
  }

  @Test
  void labelsAreWrittenAsJavaWritesUtf8() {
    // ASCII, Latin, Han, a character beyond the BMP (a surrogate pair) and an unpaired surrogate
    String label = "No.1 é 政府信息 𠀋 \uD800x";
    byte[] bytes = ValuesCodec.encode(List.of(new ReportValue("k", 1, "cell", null, label, null, 1.0)));

    String expected = new String(label.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ValuesCodec.decode(bytes).get(0).row()).isEqualTo(expected).contains("𠀋").endsWith("?x");
  }

  @Test
  void valueOfFindsTheFirstValueOfAKey() {
    List<ReportValue> values =
        List.of(
            new ReportValue("t3.carried.total", 7, "cell", "三", "上年结转政府信息公开申请数量", "总计", 1.0),
            new ReportValue("t3.carried_forward.total", 12, "cell", "三", "结转下年度继续办理", "总计", 1.0));

    assertThat(ValuesCodec.valueOf(values, CrossYearCheck.CARRIED)).isEqualTo(7.0);
    assertThat(ValuesCodec.valueOf(values, CrossYearCheck.CARRIED_FORWARD)).isEqualTo(12.0);
    assertThat(ValuesCodec.valueOf(values, "t3.new.total")).isNull();
  }
}
