package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML fixtures (merged cells, blank cells, chrome, a GBK page) parse to the values put in them. */
class HtmlReportsTest {

  private final ReportParser parser = new ReportParser();

  @Test
  void htmlFixturesScoreExactly() throws Exception {
    Path gold = Path.of(HtmlReportsTest.class.getResource("/html/_html_gold.jsonl").toURI());
    EvaluationResult result = new Evaluator(parser::parse).evaluate(gold);
    assertThat(result.values().gold()).as("gold values").isGreaterThan(700);
    assertThat(result.values().wrong()).as("wrong values").isZero();
    assertThat(result.values().missing()).as("missing values").isZero();
    assertThat(result.fields().wrong() + result.fields().missing()).as("fields not exact").isZero();
  }

  @Test
  void eachValueIsReadOnceThoughItsCellSpansColumns() throws Exception {
    // table 二's 本年处理决定数量 spans three columns over one value cell: it was read three times
    for (String name : List.of(
        "a_lujiang_2022.html", "b_luoyang_jyj_2020_gbk.html", "c_wulidun_2023.html", "d_tonglu_scjgj_2022.html")) {
      ParsedReport r = parse(name);
      List<String> keys = r.getValues().stream().map(ReportValue::key).toList();
      assertThat(keys).as(name).doesNotHaveDuplicates();
    }
    ParsedReport lujiang = parse("a_lujiang_2022.html");
    assertThat(lujiang.getValues().stream().filter(v -> v.key().startsWith("t2.")))
        .extracting(ReportValue::key, ReportValue::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("t2.licensing.decisions", 1536.0),
            org.assertj.core.groups.Tuple.tuple("t2.penalty.decisions", 412.0),
            org.assertj.core.groups.Tuple.tuple("t2.fees.amount_10k_yuan", 356.82))
        .hasSize(10);
  }

  @Test
  void gbkPageIsDecodedFromItsMetaCharset() throws Exception {
    ParsedReport r = parse("b_luoyang_jyj_2020_gbk.html");
    assertThat(r.getCharset()).isEqualTo("GB18030");
    assertThat(r.getAgency()).isEqualTo("洛阳市教育局");
    assertThat(r.getIssuer()).isEqualTo("department");
    assertThat(r.getTemplateRevision()).isEqualTo("2019");
    assertThat(r.getFlags()).as("font names in markup are not spam").doesNotContain("spam_removed");
  }

  @Test
  void deliberateSectionTotalContradictionIsFlaggedAndKept() throws Exception {
    ParsedReport r = parse("c_wulidun_2023.html");
    assertThat(r.value("t3.unable.total").value()).as("printed 3 kept").isEqualTo(3);
    assertThat(r.getFlags()).contains("t3.row_total:unable", "t3.section_sum.unable:total");
  }

  private ParsedReport parse(String name) throws Exception {
    try (InputStream in = HtmlReportsTest.class.getResourceAsStream("/html/" + name)) {
      return parser.parse(name, in.readAllBytes());
    }
  }
}
