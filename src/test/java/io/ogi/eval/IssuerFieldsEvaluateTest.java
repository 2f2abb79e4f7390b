package io.ogi.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.parse.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate on issuer fields: department_type as an optional gold field, wrong versus unknown. */
class IssuerFieldsEvaluateTest {

  @TempDir Path dir;

  private void report(String name, String agency, int year) throws IOException {
    Files.writeString(dir.resolve(name), agency + year + "年政府信息公开工作年度报告\n"
        + "本报告统计期限自" + year + "年1月1日起至" + year + "年12月31日止。\n全年主动公开政府信息120条。\n"
        + agency + "\n" + (year + 1) + "年1月20日\n", StandardCharsets.UTF_8);
  }

  @Test
  void scoresDepartmentTypeAndSplitsWrongPlacesFromUnknown() throws IOException {
    report("a.txt", "温州市鹿城区卫生和计划生育局", 2016);
    report("b.txt", "鼓楼区教育局", 2021);
    report("c.txt", "秦皇岛市北戴河区人民政府", 2021);
    report("d.txt", "牡丹江市人民政府办公室", 2019);
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, List.of(
        // right on every field, department_type labelled (historic name → 卫生健康)
        "{\"file\":\"a.txt\",\"province\":\"浙江省\",\"county\":\"鹿城区\",\"level\":\"county\","
            + "\"issuer\":\"department\",\"department_type\":\"卫生健康\"}",
        // four 鼓楼区 and nothing to tell them apart: the parser says unknown = missing, not wrong
        "{\"file\":\"b.txt\",\"province\":\"江苏省\",\"issuer\":\"department\",\"department_type\":\"公安\"}",
        // the labeller said none applies: a named place is wrong where unknown was right
        "{\"file\":\"c.txt\",\"province\":null}",
        // a label that names another province: a wrong other place
        "{\"file\":\"d.txt\",\"province\":\"吉林省\",\"department_type\":null}"),
        StandardCharsets.UTF_8);
    EvaluationResult r = new Evaluator(new ReportParser()::parse).evaluate(gold);
    assertThat(r.byField().get("department_type")).isEqualTo(new Counts(3, 2, 1, 0));
    assertThat(r.byField().get("issuer")).isEqualTo(new Counts(2, 2, 0, 0));
    EvaluationResult.PlaceSplit province = r.placeSplits().get(0);
    assertThat(province).isEqualTo(new EvaluationResult.PlaceSplit("province", 4, 1, 1, 1, 1));
    assertThat(r.byField().get("province")).isEqualTo(new Counts(4, 1, 2, 1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(
        "province     gold=4 exact=1 wrong=2 (other place=1, where unknown was right=1) unknown=1");
    assertThat(text).contains("b.txt department_type gold=公安 got=教育");
    assertThat(text.strip()).endsWith(
        "evaluate: values gold=0 exact=0 wrong=0 missing=0 | fields gold=11 exact=7 wrong=3 missing=1"
            + " | ambiguous gold=0 flagged=0");
  }
}
