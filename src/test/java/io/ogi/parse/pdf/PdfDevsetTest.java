package io.ogi.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ogi.eval.EvaluationResult;
import io.ogi.eval.Evaluator;
import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed dev set is what {@link PdfDevset} generates: regenerated into a temporary folder
 * (where a CJK font is installed: fonts-droid-fallback), its gold lines equal the committed ones
 * and the fresh PDFs score exactly. Skipped on a machine without the font; the committed PDFs are
 * scored by {@link PdfGoldTest} everywhere.
 */
class PdfDevsetTest {

  @TempDir Path tmp;

  @Test
  void regeneratedSetMatchesTheCommittedGoldAndScoresExactly() throws IOException {
    Path font = PdfDevset.findFont();
    assumeTrue(font != null, "no CJK font installed (apt-get install fonts-droid-fallback)");
    PdfDevset.write(tmp, font);
    String fresh = Files.readString(tmp.resolve("gold.jsonl"), StandardCharsets.UTF_8);
    String committed = Files.readString(Path.of("src/test/resources/devset/pdf/gold.jsonl"), StandardCharsets.UTF_8);
    assertThat(fresh).isEqualTo(committed);
    EvaluationResult r = new Evaluator(new ReportParser()::parse).evaluate(tmp.resolve("gold.jsonl"));
    assertThat(r.values().wrong()).isZero();
    assertThat(r.values().missing()).isZero();
    assertThat(r.values().exact()).isEqualTo(r.values().gold());
  }
}
