package io.ogi.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.eval.Comparison;
import io.ogi.eval.DocumentResult;
import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The parser scored on PDFs with the evaluator, exactly as {@code bin/ogi evaluate} does: the
 * generated development set ({@code devset/pdf/gold.jsonl}, the shapes of the wild: blank cells,
 * split tables, wrapped and vertical labels, legacy table, scanned and encrypted files) and three
 * real published reports ({@code real-reports/gold.jsonl}). No value may be wrong and at least 99%
 * must be exact.
 */
class PdfGoldTest {

  private static EvaluationResult evaluate(String gold) throws IOException {
    ReportParser parser = new ReportParser();
    return new Evaluator(parser::parse).evaluate(Path.of(gold));
  }

  @Test
  void generatedDevsetIsReadExactly() throws IOException {
    EvaluationResult r = evaluate("src/test/resources/devset/pdf/gold.jsonl");
    assertThat(r.mismatches()).as("wrong or missing values").extracting(Comparison::line).isEmpty();
    assertThat(r.values().gold()).as("labelled values").isGreaterThan(1500);
    assertThat(r.values().wrong()).isZero();
    assertThat(r.valueExactRatio()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.fields().wrong()).isZero();
    assertThat(r.statusCounts().get("parsed")).isEqualTo(10);
  }

  @Test
  void scannedAndEncryptedPdfsAreRejectedWithTheirReason() throws IOException {
    EvaluationResult r = evaluate("src/test/resources/devset/pdf/gold.jsonl");
    DocumentResult scanned = doc(r, "11-scanned.pdf");
    assertThat(scanned.status()).isEqualTo("rejected");
    assertThat(scanned.reason()).contains("no text layer").contains("scanned image");
    DocumentResult encrypted = doc(r, "12-encrypted.pdf");
    assertThat(encrypted.status()).isEqualTo("rejected");
    assertThat(encrypted.reason()).contains("encrypted PDF").contains("password");
  }

  @Test
  void realReportsAreReadExactly() throws IOException {
    EvaluationResult r = evaluate("src/test/resources/real-reports/gold.jsonl");
    assertThat(r.mismatches()).as("wrong or missing values").extracting(Comparison::line).isEmpty();
    assertThat(r.values().gold()).isEqualTo(121);
    assertThat(r.values().wrong()).isZero();
    assertThat(r.valueExactRatio()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.fields().wrong()).isZero();
  }

  private static DocumentResult doc(EvaluationResult r, String file) {
    return r.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
  }
}
