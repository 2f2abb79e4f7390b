package io.ogi.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The five seed reports, scored against their gold file and checked on the traps they carry. */
class SeedReportsTest {

  private final ReportParser parser = new ReportParser();

  private static Path seeds() throws URISyntaxException {
    return Path.of(SeedReportsTest.class.getResource("/seeds/gold.jsonl").toURI());
  }

  private ParsedReport parseSeed(String name) throws IOException {
    try (InputStream in = SeedReportsTest.class.getResourceAsStream("/seeds/" + name)) {
      return parser.parse(name, in.readAllBytes());
    }
  }

  private static double value(ParsedReport r, String key) {
    ReportValue v = r.value(key);
    assertThat(v).as("value %s emitted", key).isNotNull();
    return v.value();
  }

  @Test
  void seedsScoreWithoutWrongValuesOrFields() throws Exception {
    EvaluationResult result = new Evaluator(parser::parse).evaluate(seeds());
    assertThat(result.values().wrong()).as("wrong values").isZero();
    assertThat(result.fields().wrong()).as("wrong fields").isZero();
    assertThat(result.values().missing()).as("missing values").isZero();
    assertThat(result.fields().missing()).as("missing fields").isZero();
    assertThat(result.ambiguousFlagged()).as("ambiguous prefixes flagged").isEqualTo(result.ambiguousGold());
  }

  @Test
  void blankCarryForwardCellIsPlacedInTheCommercialColumn() throws IOException {
    ParsedReport r = parseSeed("000_a78cc7a962d3243c.txt");
    assertThat(value(r, "t3.carried_forward.commercial")).isEqualTo(1);
    assertThat(value(r, "t3.carried_forward.natural_person")).isZero();
    assertThat(r.getFlags()).as("000 balances in every column").noneMatch(f -> f.startsWith("t3.balance"));
    assertThat(value(r, "t2.procurement.amount_10k_yuan")).isEqualTo(5.637);
  }

  @Test
  void tableFourWithTwoOnesAmidBlanksIsAmbiguousAndEmitsNothing() throws IOException {
    ParsedReport r = parseSeed("001_274977fa68b70c55.txt");
    assertThat(r.getAmbiguous()).contains("t4");
    assertThat(r.getValues()).noneMatch(v -> v.key().startsWith("t4."));
    assertThat(r.getStatus()).isEqualTo(ParsedReport.STATUS_PARTIAL);
    // "4 | 4" in a seven-column row: only the total is certain.
    assertThat(value(r, "t3.new.total")).isEqualTo(4);
    assertThat(r.value("t3.new.natural_person")).isNull();
    // The results row is blank although 4 were granted: not read as zero, flagged.
    assertThat(r.value("t3.results.total")).isNull();
    assertThat(r.getFlags()).contains("t3.blank_total:results");
    assertThat(r.getYear()).as("data year, not the 2023 publication date").isEqualTo(2022);
    assertThat(r.getTemplateRevision()).isEqualTo("2021");
  }

  @Test
  void contradictorySectionTotalIsKeptAndFlagged() throws IOException {
    ParsedReport r = parseSeed("002_0d16514126ac40ad.txt");
    assertThat(value(r, "t3.denied.total")).as("printed zero kept").isZero();
    assertThat(value(r, "t3.denied.process_info.commercial")).isEqualTo(2);
    assertThat(r.getFlags()).contains("t3.section_sum.denied:total");
    // Words broken across page breaks still land in their rows.
    assertThat(value(r, "t3.not_processed.publication.total")).isZero();
    assertThat(value(r, "t2.licensing.decisions")).as("thousands separator").isEqualTo(10022);
    assertThat(value(r, "t2.fees.items_change")).as("negative delta").isEqualTo(-2);
    assertThat(value(r, "t2.procurement.amount_10k_yuan")).isEqualTo(49533.4728);
    assertThat(r.getTemplateRevision()).isEqualTo("2019");
  }

  @Test
  void legacyStatisticsTableIsReadAndItsContradictionsFlagged() throws IOException {
    ParsedReport r = parseSeed("003_9dd17c9c0fc5bf6f.txt");
    assertThat(r.getTemplate()).isEqualTo(ParsedReport.TEMPLATE_LEGACY);
    assertThat(value(r, "legacy.received")).isEqualTo(55);
    assertThat(value(r, "legacy.litigation.corrected")).isEqualTo(1);
    assertThat(r.getFlags()).contains("legacy.litigation_sum", "prose_table_mismatch:proactive.items");
    assertThat(value(r, "proactive.items")).as("table kept over prose 47098").isEqualTo(20640);
    assertThat(r.getScope()).isEqualTo(ParsedReport.SCOPE_JURISDICTION);
  }

  @Test
  void hijackedPageIsResolvedToWenzhouFromProseAndEvidence() throws IOException {
    ParsedReport r = parseSeed("004_36e6be138d2a2c92.txt");
    assertThat(r.getFlags()).contains("spam_removed", "hijacked_agency", "tables_missing");
    assertThat(r.getAgency()).isEqualTo("温州市人民政府");
    assertThat(r.getPlace().prefecture()).isEqualTo("温州市");
    assertThat(r.getPlace().province()).isEqualTo("浙江省");
    assertThat(r.getPlace().county()).as("鹿城区 is an address, not the issuer").isNull();
    ReportValue fresh = r.value("t3.new.total");
    assertThat(fresh.value()).isEqualTo(5756);
    assertThat(fresh.source()).isEqualTo(ReportValue.SOURCE_PROSE);
    assertThat(fresh.row()).contains("共收到政府信息公开申请5756件");
    assertThat(r.isTablesMissing()).isTrue();
  }
}
