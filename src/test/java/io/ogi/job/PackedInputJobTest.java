package io.ogi.job;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The real job on the sample corpus three ways — the folder, packed Parquet and WARC, both made by
 * {@link Packer} — gives the same tables; and a crawler-style WARC (HTTP responses with their
 * headers, request and metadata records, a 404) is read record by record with the HTTP charset as
 * the hint.
 */
class PackedInputJobTest {

  private static final Path CORPUS = Paths.get("samples/corpus").toAbsolutePath();
  private static final List<String> TABLES =
      List.of(
          OutputSchemas.DOCUMENTS,
          OutputSchemas.APPLICATIONS,
          OutputSchemas.REVIEW_LITIGATION,
          OutputSchemas.PROACTIVE_DISCLOSURE,
          OutputSchemas.LEGACY_STATISTICS,
          OutputSchemas.TRENDS_PROVINCE_YEAR,
          OutputSchemas.TRENDS_NATIONAL_YEAR);

  @TempDir static Path tmp;
  static SparkSession spark;
  static RunSummary folder;
  static RunSummary parquet;
  static RunSummary warc;
  static RunSummary crawl;

  @BeforeAll
  static void runThreeWays() throws IOException {
    spark = TestSpark.session();
    folder = run(CORPUS.toString(), "folder", InputFormat.AUTO);
    Packer.Result p =
        Packer.pack(spark, CORPUS.toString(), tmp.resolve("corpus.parquet").toString(), "parquet", null, JobConfig.DEFAULT_MAX_DOC_BYTES);
    assertThat(p.documents()).isEqualTo(12);
    assertThat(p.files()).hasSize(1);
    parquet = run(tmp.resolve("corpus.parquet").toString(), "parquet", InputFormat.AUTO);
    Packer.Result w =
        Packer.pack(spark, CORPUS.toString(), tmp.resolve("warc").toString(), "warc", 2, JobConfig.DEFAULT_MAX_DOC_BYTES);
    assertThat(w.files()).hasSize(2).allMatch(f -> f.endsWith(".warc.gz"));
    warc = run(tmp.resolve("warc").toString(), "warc", InputFormat.AUTO);
    writeCrawl(tmp.resolve("crawl").resolve("crawl-00001.warc.gz"));
    crawl = run(tmp.resolve("crawl").toString(), "crawl", InputFormat.WARC);
  }

  private static RunSummary run(String input, String name, InputFormat format) throws IOException {
    JobConfig config = JobConfig.of(input, tmp.resolve("out-" + name).toString()).withInputFormat(format);
    return new ReportJob().run(config, spark);
  }

  private static Dataset<Row> table(String run, String name) {
    return spark.read().parquet(tmp.resolve("out-" + run).resolve(name).toString());
  }

  /** Every row of a table as text, without the packed-file provenance columns, sorted. */
  private static List<String> rows(String run, String name) {
    Dataset<Row> t = table(run, name);
    List<String> cols = new ArrayList<>(Arrays.asList(t.columns()));
    cols.removeAll(List.of("container", "container_offset"));
    List<String> out = new ArrayList<>();
    for (Row r : t.selectExpr(cols.toArray(String[]::new)).collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  @Test
  void packedParquetAndWarcGiveTheFolderRunsTables() {
    assertThat(folder.line()).contains("inputs=12 parsed=7 partial=2 rejected=2 duplicate=1");
    for (RunSummary s : List.of(parquet, warc)) {
      assertThat(List.of(s.inputs(), s.parsed(), s.partial(), s.rejected(), s.duplicate()))
          .isEqualTo(List.of(12L, 7L, 2L, 2L, 1L));
    }
    for (String t : TABLES) {
      List<String> expected = rows("folder", t);
      assertThat(rows("parquet", t)).as("parquet %s", t).isEqualTo(expected);
      assertThat(rows("warc", t)).as("warc %s", t).isEqualTo(expected);
    }
    // Values read from the documents, the same three ways: seed 000's table 三 and the GBK page.
    for (String run : List.of("folder", "parquet", "warc")) {
      Row seed =
          table(run, OutputSchemas.APPLICATIONS)
              .join(table(run, OutputSchemas.DOCUMENTS).select("doc_id", "source_path"), "doc_id")
              .where(col("source_path").endsWith("000_a78cc7a962d3243c.txt"))
              .where(col("row_key").equalTo("new").and(col("column_key").equalTo("total")))
              .select("value")
              .first();
      assertThat(seed.getLong(0)).as(run).isEqualTo(20L);
      Row gbk =
          table(run, OutputSchemas.DOCUMENTS)
              .where(col("source_path").endsWith("b_luoyang_jyj_2020_gbk.html"))
              .select("status", "charset", "province", "year")
              .first();
      assertThat(gbk.getString(1)).isEqualTo("GB18030");
      assertThat(gbk.getString(2)).isEqualTo("河南省");
      assertThat(gbk.getInt(3)).isEqualTo(2020);
    }
  }

  @Test
  void packedDocumentsNameTheirContainerAndPlace() {
    List<Row> plain = table("folder", OutputSchemas.DOCUMENTS).select("container", "container_offset").collectAsList();
    assertThat(plain).hasSize(12).allMatch(r -> r.isNullAt(0) && r.isNullAt(1));
    List<Row> rows =
        table("parquet", OutputSchemas.DOCUMENTS).select("container", "container_offset").collectAsList();
    assertThat(rows).allMatch(r -> r.getString(0).endsWith("/corpus.parquet"));
    assertThat(rows.stream().map(r -> r.getLong(1)).sorted().toList())
        .isEqualTo(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L));
    List<Row> records =
        table("warc", OutputSchemas.DOCUMENTS).select("container", "container_offset").collectAsList();
    assertThat(records).allMatch(r -> r.getString(0).matches(".*/part-0000[01]\\.warc\\.gz") && r.getLong(1) > 0);
    assertThat(records.stream().map(r -> r.getString(0) + "@" + r.getLong(1)).distinct().count()).isEqualTo(12);
  }

  @Test
  void warcRecordsThatAreNotDocumentsAreCountedInTheManifest() throws IOException {
    JsonNode counts = manifest("warc").get("counts");
    assertThat(counts.get("inputs").asLong()).isEqualTo(12);
    assertThat(counts.get("skipped_records").get("warcinfo").asLong()).isEqualTo(2); // one per part file
    assertThat(manifest("warc").get("input_format").asText()).isEqualTo("warc");
    assertThat(manifest("parquet").get("input_format").asText()).isEqualTo("parquet");
    assertThat(manifest("folder").get("input_format").asText()).isEqualTo("files");

    JsonNode crawlCounts = manifest("crawl").get("counts");
    Map<String, Long> skipped = new TreeMap<>();
    crawlCounts.get("skipped_records").fields().forEachRemaining(e -> skipped.put(e.getKey(), e.getValue().asLong()));
    assertThat(skipped).isEqualTo(Map.of("metadata", 1L, "request", 2L, "warcinfo", 1L));
    assertThat(crawlCounts.get("inputs").asLong()).isEqualTo(3);
  }

  @Test
  void crawlResponsesAreParsedWithTheirHttpCharsetAndTheirUriAsPath() {
    assertThat(List.of(crawl.inputs(), crawl.parsed() + crawl.partial(), crawl.rejected(), crawl.duplicate()))
        .isEqualTo(List.of(3L, 2L, 1L, 0L));
    Map<String, Row> docs = new TreeMap<>();
    for (Row r :
        table("crawl", OutputSchemas.DOCUMENTS)
            .select("source_path", "status", "reason", "charset", "format", "province", "doc_id", "flags", "container_offset")
            .collectAsList()) {
      docs.put(r.getString(0), r);
    }
    assertThat(docs.keySet())
        .containsExactlyInAnyOrder(
            "http://www.ly.gov.cn/jyj/xxgk/report?id=2020",
            "http://example.gov.cn/xxgk/000",
            "http://example.gov.cn/xxgk/missing");
    // The GBK page without its meta tag, gzip-encoded: the HTTP charset decides, without a mismatch.
    Row gbk = docs.get("http://www.ly.gov.cn/jyj/xxgk/report?id=2020");
    assertThat(gbk.getString(3)).isEqualTo("GB18030");
    assertThat(gbk.getString(4)).isEqualTo("html");
    assertThat(gbk.getString(5)).isEqualTo("河南省");
    assertThat(gbk.getList(7)).doesNotContain("charset_mismatch");
    // Its values are those of the same page read from the folder (the meta tag aside).
    assertThat(values("crawl", gbk.getString(6))).isEqualTo(valuesOfFolderDoc("b_luoyang_jyj_2020_gbk.html"));
    // Seed 000 served chunked as text/plain at a URI without an extension: the very same bytes.
    Row seed = docs.get("http://example.gov.cn/xxgk/000");
    assertThat(seed.getString(4)).isEqualTo("text");
    assertThat(values("crawl", seed.getString(6))).isEqualTo(valuesOfFolderDoc("000_a78cc7a962d3243c.txt"));
    assertThat(values("crawl", seed.getString(6))).contains("new/total=20");
    Row missing = docs.get("http://example.gov.cn/xxgk/missing");
    assertThat(missing.getString(1)).isEqualTo("rejected");
    assertThat(missing.getString(2)).isEqualTo("HTTP status 404 (Not Found), not a document");
  }

  private static List<String> values(String run, String docId) {
    List<String> out = new ArrayList<>();
    for (Row r :
        table(run, OutputSchemas.APPLICATIONS)
            .where(col("doc_id").equalTo(docId))
            .select("row_key", "column_key", "value")
            .collectAsList()) {
      out.add(r.getString(0) + "/" + r.getString(1) + "=" + (r.isNullAt(2) ? null : r.getLong(2)));
    }
    out.sort(null);
    return out;
  }

  private static List<String> valuesOfFolderDoc(String name) {
    String id =
        table("folder", OutputSchemas.DOCUMENTS)
            .where(col("source_path").endsWith("/" + name))
            .select("doc_id")
            .first()
            .getString(0);
    List<String> v = values("folder", id);
    assertThat(v).isNotEmpty();
    return v;
  }

  private static JsonNode manifest(String run) throws IOException {
    return new ObjectMapper().readTree(tmp.resolve("out-" + run).resolve(RunManifest.LAST_RUN).toFile());
  }

  /** A crawler's WARC: warcinfo, then request/response pairs, a metadata record and a 404. */
  private static void writeCrawl(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Charset gbk = Charset.forName("GBK");
    byte[] page = Files.readAllBytes(CORPUS.resolve("b_luoyang_jyj_2020_gbk.html"));
    // Drop the meta charset (ASCII within GBK bytes), so only the HTTP header tells the charset.
    String latin = new String(page, StandardCharsets.ISO_8859_1);
    String stripped = latin.replaceFirst("(?i)<meta http-equiv=\"Content-Type\"[^>]*>", "");
    assertThat(stripped).isNotEqualTo(latin);
    byte[] gbkPage = stripped.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(new String(gbkPage, gbk)).contains("洛阳市教育局");
    byte[] seed = Files.readAllBytes(CORPUS.resolve("000_a78cc7a962d3243c.txt"));

    try (OutputStream os = Files.newOutputStream(file);
        WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os), WarcCompression.GZIP)) {
      w.write(new Warcinfo.Builder().date(Instant.EPOCH).fields(Map.of("software", List.of("test crawler"))).build());
      String u1 = "http://www.ly.gov.cn/jyj/xxgk/report?id=2020";
      w.write(request(u1));
      w.write(
          response(
              u1,
              http("200 OK", "Content-Type: text/html; charset=GBK\r\nContent-Encoding: gzip\r\n", gzip(gbkPage))));
      w.write(new WarcMetadata.Builder().targetURI(u1).fields(Map.of("via", List.of("http://www.ly.gov.cn/"))).build());
      String u2 = "http://example.gov.cn/xxgk/000";
      w.write(request(u2));
      w.write(response(u2, http("200 OK", "Content-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n", chunked(seed))));
      w.write(response("http://example.gov.cn/xxgk/missing", http("404 Not Found", "Content-Type: text/html\r\n", "<html>not here</html>".getBytes(StandardCharsets.UTF_8))));
    }
  }

  private static WarcRequest request(String uri) throws IOException {
    byte[] req = ("GET " + uri.replaceFirst("http://[^/]+", "") + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return new WarcRequest.Builder(uri).body(MediaType.HTTP_REQUEST, req).build();
  }

  private static WarcResponse response(String uri, byte[] http) {
    return new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, http).build();
  }

  private static byte[] http(String status, String headers, byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("HTTP/1.1 " + status + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] chunked(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i += 1000) {
      int n = Math.min(1000, bytes.length - i);
      out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, i, n);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
