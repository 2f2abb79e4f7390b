package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job on a folder of near-duplicates and look-alikes: the same report crawled twice
 * (other chrome, whitespace, visitor counter, URL) is counted once; a corrected re-publication,
 * another organ of the same city and the same organ's other year are not merged.
 */
class NearDuplicatesJobTest {

  private static final Path SEED = Paths.get("src/test/resources/seeds/000_a78cc7a962d3243c.txt");
  private static final Path HTML = Paths.get("samples/corpus/a_lujiang_2022.html");

  @TempDir static Path tmp;
  static SparkSession spark;
  static RunSummary summary;
  static Map<String, Row> docs = new HashMap<>();

  @BeforeAll
  static void run() throws IOException {
    spark = TestSpark.session();
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("site-a"));
    Files.createDirectories(in.resolve("site-b"));
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    write(in.resolve("site-a/mdj_2019.txt"), seed);
    // the same report from a mirror: other breadcrumb and counter, CRLF, padded prose lines
    StringBuilder mirror = new StringBuilder();
    String[] lines = seed.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (i == 0) {
        l = "当前位置：首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报";
      } else if (l.startsWith("扫一扫在手机打开当前页")) {
        l = "扫一扫在手机打开当前页 8812";
      } else if (i < 12 && !l.contains("|")) {
        l = "　　" + l + "  ";
      }
      mirror.append(l).append("\r\n");
    }
    mirror.append("浏览次数：5203\r\n");
    write(in.resolve("site-b/mirror_of_mdj.txt"), mirror.toString());
    // an exact copy of the mirror: points at the report finally kept, not at the mirror
    Files.createDirectories(in.resolve("site-c"));
    write(in.resolve("site-c/copy_of_mirror.txt"), mirror.toString());
    // a corrected re-publication: one number of table 二 changed (101 → 102)
    String corrected = seed.replaceFirst("规范性文件 \\|\n14 \\|\n14 \\|\n101 \\|", "规范性文件 |\n14 |\n14 |\n102 |");
    assertThat(corrected).isNotEqualTo(seed);
    write(in.resolve("site-a/mdj_2019_corrected.txt"), corrected);
    // another organ of the same city (the government, not its office), same numbers and words
    write(in.resolve("site-a/mdj_gov_2019.txt"),
        seed.replaceFirst("牡丹江市人民政府办公室2019年", "牡丹江市人民政府2019年"));
    // the same organ's report for another year, otherwise identical
    write(in.resolve("site-a/mdj_2020.txt"),
        seed.replaceFirst("牡丹江市人民政府办公室2019年政府信息公开工作年度报告", "牡丹江市人民政府办公室2020年政府信息公开工作年度报告")
            .replace("数据统计时间自2019年1月1日至2019年12月31日", "数据统计时间自2020年1月1日至2020年12月31日"));
    // an HTML page and its re-crawl: other date bar, counter, navigation and indentation
    String html = Files.readString(HTML, StandardCharsets.UTF_8);
    write(in.resolve("site-a/lujiang_2022.html"), html);
    String recrawl = html.replace("2023年1月18日 星期三", "2023年3月2日 星期四")
        .replace("<span id=\"hits\">1024</span>", "<span id=\"hits\">5871</span>")
        .replace("<li><a href=\"/zwfw/\">政务服务</a></li", "<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/zwfw/\">政务服务</a></li")
        .replace("\n  ", "\n\t\t");
    assertThat(recrawl).isNotEqualTo(html);
    write(in.resolve("site-b/lujiang_2022_copy.html?id=3"), recrawl);
    summary = new ReportJob().run(JobConfig.of(in.toString(), tmp.resolve("out").toString()), spark);
    // again, with every join of the marking by shuffle instead of broadcast
    new ReportJob().run(JobConfig.of(in.toString(), tmp.resolve("out-shuffled").toString()).withBroadcastMaxRows(0), spark);
    for (Row r : spark.read().parquet(tmp.resolve("out/documents").toString()).collectAsList()) {
      String p = r.getAs("source_path");
      docs.put(p.substring(p.indexOf("/in/") + 4), r);
    }
  }

  private static void write(Path p, String s) throws IOException {
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  @Test
  void theMirrorsAreDuplicatesOfTheFirstCrawl() {
    assertThat(summary.inputs()).isEqualTo(8);
    assertThat(summary.duplicate()).isEqualTo(3);
    assertThat(summary.reconciled()).isTrue();
    Row mirror = docs.get("site-b/mirror_of_mdj.txt");
    Row kept = docs.get("site-a/mdj_2019.txt");
    assertThat(mirror.<String>getAs("status")).isEqualTo("duplicate");
    assertThat(mirror.<String>getAs("duplicate_of")).endsWith("/in/site-a/mdj_2019.txt");
    assertThat(mirror.<String>getAs("duplicate_of_doc_id")).isEqualTo(kept.getAs("doc_id"));
    assertThat(mirror.<String>getAs("doc_id")).isNotEqualTo(kept.getAs("doc_id"));
    assertThat(mirror.<String>getAs("reason")).startsWith("near-duplicate of duplicate_of");
    assertThat(mirror.<String>getAs("agency")).isEqualTo("牡丹江市人民政府办公室");
    assertThat(kept.<String>getAs("status")).isIn("parsed", "partial");
    Row exact = docs.get("site-c/copy_of_mirror.txt");
    assertThat(exact.<String>getAs("status")).isEqualTo("duplicate");
    assertThat(exact.<String>getAs("reason")).startsWith("same content");
    assertThat(exact.<String>getAs("duplicate_of")).endsWith("/in/site-a/mdj_2019.txt");
    assertThat(exact.<String>getAs("duplicate_of_doc_id")).isEqualTo(kept.getAs("doc_id"));
    Row copy = docs.get("site-b/lujiang_2022_copy.html?id=3");
    assertThat(copy.<String>getAs("status")).isEqualTo("duplicate");
    assertThat(copy.<String>getAs("duplicate_of")).endsWith("/in/site-a/lujiang_2022.html");
    assertThat(copy.<String>getAs("duplicate_of_doc_id"))
        .isEqualTo(docs.get("site-a/lujiang_2022.html").getAs("doc_id"));
    assertThat(docs.get("site-a/lujiang_2022.html").<String>getAs("county")).isEqualTo("庐江县");
  }

  @Test
  void joinedByShuffleTheMarkingIsTheSame() throws IOException {
    var joins = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(tmp.resolve("out-shuffled/_manifest.json").toFile()).get("joins");
    for (String side : List.of("duplicates", "near_duplicate_groups", "near_duplicates", "near_duplicates_via",
        "cross_year", "corrections")) {
      assertThat(joins.get(side).get("strategy").asText()).as(side).isEqualTo("shuffle");
    }
    assertThat(joins.get("duplicates").get("rows").asLong()).as("the copy of the mirror").isEqualTo(1);
    assertThat(joins.get("near_duplicates").get("rows").asLong()).as("the mirror and the HTML re-crawl").isEqualTo(2);
    var usual = spark.read().parquet(tmp.resolve("out/documents").toString());
    var shuffled = spark.read().parquet(tmp.resolve("out-shuffled/documents").toString());
    assertThat(shuffled.where("status = 'duplicate'").count()).isEqualTo(3);
    long warned = shuffled.where("exists(flags, f -> f like 'cross_year%')").count();
    assertThat(warned).as("the 2020 report's carried-over count against 2019's").isEqualTo(1);
    assertThat(joins.get("cross_year").get("rows").asLong()).isEqualTo(warned);
    assertThat(joins.get("corrections").get("rows").asLong()).as("the three duplicates and the warned report")
        .isEqualTo(3 + warned);
    assertThat(usual.exceptAll(shuffled).count()).isZero();
    assertThat(shuffled.exceptAll(usual).count()).isZero();
  }

  @Test
  void lookAlikesAreKept() {
    for (String p : List.of("site-a/mdj_2019_corrected.txt", "site-a/mdj_gov_2019.txt", "site-a/mdj_2020.txt")) {
      Row r = docs.get(p);
      assertThat(r.<String>getAs("status")).as(p).isIn("parsed", "partial");
      assertThat(r.<String>getAs("duplicate_of")).as(p).isNull();
    }
    assertThat(docs.get("site-a/mdj_gov_2019.txt").<String>getAs("issuer_kind")).isEqualTo("government");
    assertThat(docs.get("site-a/mdj_2020.txt").<Integer>getAs("year")).isEqualTo(2020);
    assertThat(docs.get("site-a/mdj_2019_corrected.txt").<String>getAs("agency")).isEqualTo("牡丹江市人民政府办公室");
  }

  @Test
  void trendsCountTheReportOnce() {
    Row t = spark.read().parquet(tmp.resolve("out/trends_national_year").toString())
        .where("year = 2019 and scope = 'agency'").first();
    // kept 2019 reports: the first crawl, the correction and the government's (the mirror is not)
    assertThat(t.<Long>getAs("reports")).isEqualTo(3L);
    assertThat(t.<Long>getAs("new_applications")).isEqualTo(60L);
    // coverage beside the figures: all three are the city's organs (level prefecture)
    assertThat(t.<Long>getAs("agencies")).isEqualTo(2L);
    assertThat(t.<Long>getAs("reports_level_prefecture")).isEqualTo(3L);
    assertThat(t.<Long>getAs("reports_level_county") + t.<Long>getAs("reports_level_unknown")).isZero();
  }
}
