package io.ogi.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(GoldFileTest.class.getResource(name).toURI());
  }

  private static GoldRecord seed(GoldFile gold, String prefix) {
    return gold.records().stream()
        .filter(r -> r.file().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsTheSeedGold() throws Exception {
    GoldFile gold = GoldFile.read(resource("/seeds/gold.jsonl"));

    assertThat(gold.records()).as("one record per line of the seed gold").hasSize(5);
    GoldRecord s000 = seed(gold, "000_");
    assertThat(s000.values().get("t3.new.total")).as("seed 000 t3.new.total").isEqualTo(20.0);
    assertThat(s000.year()).as("year is an int in the gold").isEqualTo(2019);
    assertThat(s000.field("template")).as("template as text").isEqualTo("2019");
    assertThat(s000.lineNumber()).as("line numbers are 1-based").isEqualTo(1);
    assertThat(gold.resolve(s000))
        .as("documents resolve against the gold file's folder")
        .isEqualTo(resource("/seeds/000_a78cc7a962d3243c.txt"));

    assertThat(seed(gold, "004_").tablesMissing()).as("seed 004 has no tables").isTrue();
    assertThat(s000.tablesMissing()).as("tables_missing absent means unknown").isNull();

    assertThat(seed(gold, "001_").ambiguous()).as("seed 001 table 4 is ambiguous").containsExactly("t4");
    assertThat(s000.ambiguous()).as("no ambiguous list means none").isEmpty();

    assertThat(seed(gold, "002_").values().get("t2.procurement.amount_10k_yuan"))
        .as("decimal amounts keep their decimals")
        .isCloseTo(49533.4728, within(1e-9));
    assertThat(seed(gold, "002_").values().get("t2.fees.items_change"))
        .as("negative numbers")
        .isEqualTo(-2.0);
  }

  @Test
  void distinguishesNullFromAbsent() throws Exception {
    GoldRecord prefectureLevel = seed(GoldFile.read(resource("/seeds/gold.jsonl")), "000_");
    assertThat(prefectureLevel.isLabelled("county"))
        .as("county: null is labelled (not applicable)")
        .isTrue();
    assertThat(prefectureLevel.field("county")).as("and its value is null").isNull();

    GoldRecord pdf =
        seed(GoldFile.read(resource("/real-reports/gold.jsonl")), "hongze-2023");
    assertThat(pdf.isLabelled("county")).as("county absent is not labelled").isFalse();
    assertThat(pdf.isLabelled("province")).as("province is labelled").isTrue();
    assertThat(pdf.labelledFields().keySet())
        .as("only labelled fields are scored")
        .containsExactly("year", "province", "template");
  }

  @Test
  void toleratesUnknownFieldsBlankLinesAndBom(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        "\uFEFF{\"file\":\"a.txt\",\"year\":2020,\"reviewer\":\"x\",\"extra\":{\"n\":[1]},"
            + "\"values\":{\"t3.new.total\":3}}\n\n   \n{\"file\":\"b.txt\"}\n",
        StandardCharsets.UTF_8);

    GoldFile gold = GoldFile.read(file);

    assertThat(gold.records()).as("blank lines skipped").hasSize(2);
    assertThat(gold.records().get(0).year()).as("BOM stripped before the first line").isEqualTo(2020);
    assertThat(gold.records().get(1).lineNumber()).as("blank lines still count").isEqualTo(4);
    assertThat(gold.records().get(1).values()).as("no values object").isEmpty();
  }

  @Test
  void malformedLineNamesTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, "{\"file\":\"a.txt\"}\n\n{\"file\":\"b.txt\",\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoldFile.read(file))
        .as("broken JSON on line 3")
        .isInstanceOf(GoldFileException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("malformed JSON")
        .satisfies(e -> assertThat(((GoldFileException) e).lineNumber()).isEqualTo(3));
  }

  @Test
  void rejectsLinesThatWouldSilentlyScoreWrong(@TempDir Path dir) throws IOException {
    Path noFile = dir.resolve("nofile.jsonl");
    Files.writeString(noFile, "{\"year\":2020}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldFile.read(noFile))
        .as("a line without file")
        .hasMessageContaining("line 1")
        .hasMessageContaining("\"file\"");

    Path quoted = dir.resolve("quoted.jsonl");
    Files.writeString(
        quoted, "{\"file\":\"a.txt\",\"values\":{\"t3.new.total\":\"3\"}}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldFile.read(quoted))
        .as("a quoted number")
        .hasMessageContaining("line 1")
        .hasMessageContaining("t3.new.total");

    Path gbk = dir.resolve("gbk.jsonl");
    Files.write(gbk, "{\"file\":\"a.txt\",\"province\":\"浙江省\"}\n".getBytes("GBK"));
    assertThatThrownBy(() -> GoldFile.read(gbk))
        .as("not UTF-8")
        .isInstanceOf(GoldFileException.class)
        .hasMessageContaining("UTF-8");
  }
}
