package io.ogi.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ogi.model.ParsedReport;
import io.ogi.parse.ReportParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged PDFs (cut short, bytes overwritten) never make the parser throw or hang: each comes back
 * parsed, partial, or rejected with a reason naming the PDF problem. A PDF cut after its tables
 * may still be read (PDFBox repairs a missing cross-reference table); what it reads is then real.
 */
class MutatedPdfTest {

  @Test
  void damagedPdfsAreReadOrRejectedWithAReason() throws Exception {
    byte[] original = Files.readAllBytes(Path.of("src/test/resources/devset/pdf/01-county-2021-template.pdf"));
    ReportParser parser = new ReportParser();
    Random rnd = new Random(7);
    int rejected = 0;
    for (int i = 0; i < 24; i++) {
      byte[] b;
      if (i < 12) {
        b = Arrays.copyOf(original, 16 + rnd.nextInt(original.length - 16));
      } else {
        b = original.clone();
        for (int k = 0; k < 40; k++) {
          b[200 + rnd.nextInt(b.length - 200)] = (byte) rnd.nextInt(256);
        }
      }
      byte[] doc = b;
      ParsedReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse("damaged-" + doc.length + ".pdf", doc));
      assertThat(r.getStatus()).isIn("parsed", "partial", "rejected");
      if (r.getStatus().equals("rejected")) {
        rejected++;
        assertThat(r.getReason()).as("reason").containsAnyOf("PDF", "not an annual report");
      } else if (r.getStatus().equals("partial")) {
        assertThat(r.getReason()).as("why partial").isNotBlank();
      } else {
        // Whatever was read is the report's own year.
        assertThat(r.getYear()).isEqualTo(2022);
      }
    }
    assertThat(rejected).as("documents cut early cannot be read").isPositive();
  }
}
