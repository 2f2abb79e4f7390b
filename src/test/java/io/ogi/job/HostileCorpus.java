package io.ogi.job;

import io.ogi.parse.Table3Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hostile crawl, generated at test time (nothing large is committed): every kind of bad file a
 * crawl of government sites brings, each with the status and the reason words the job must give it.
 *
 * <p>Sizes are chosen so that the job test runs in seconds on two cores: the giant page is over
 * {@link #MAX_DOC_BYTES}, which the test passes to the job, so it is rejected unread.
 */
final class HostileCorpus {

  /** The job's default size limit, which the giant page (50 MB) exceeds. */
  static final long MAX_DOC_BYTES = JobConfig.DEFAULT_MAX_DOC_BYTES;

  /**
   * One file of the corpus.
   *
   * @param path relative path under the corpus folder
   * @param status the status the job must give it
   * @param reasonWords words the reason must contain (none: any reason, or none, is fine)
   * @param flag a flag the document must carry, or null
   */
  record Kind(String path, String status, List<String> reasonWords, String flag) {}

  private final Path dir;
  private final List<Kind> kinds = new ArrayList<>();

  private HostileCorpus(Path dir) {
    this.dir = dir;
  }

  /** Writes the corpus under {@code dir} and returns its kinds. */
  static List<Kind> write(Path dir) throws IOException {
    HostileCorpus c = new HostileCorpus(dir);
    c.build();
    return List.copyOf(c.kinds);
  }

  private void build() throws IOException {
    byte[] seed000 = resource("/seeds/000_a78cc7a962d3243c.txt");
    byte[] seed001 = resource("/seeds/001_274977fa68b70c55.txt");
    byte[] seed002 = resource("/seeds/002_0d16514126ac40ad.txt");
    byte[] seed003 = resource("/seeds/003_9dd17c9c0fc5bf6f.txt");
    byte[] lujiang = resource("/html/a_lujiang_2022.html");
    byte[] luoyangGbk = resource("/html/b_luoyang_jyj_2020_gbk.html");
    String seed000Text = new String(seed000, StandardCharsets.UTF_8);
    String lujiangText = new String(lujiang, StandardCharsets.UTF_8);
    Charset gbk = Charset.forName("GBK");

    // A clean report. Its GBK and UTF-16 copies below read the same numbers from the same text, so
    // they are one report (near-duplicates, issue #4): the smallest path of the three is kept.
    put("clean/000.txt", seed000, "duplicate", List.of("near-duplicate"), null);

    // 1-3. Empty and near-empty.
    put("empty.html", new byte[0], "rejected", List.of("empty"), null);
    put("blank.txt", " \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII), "rejected", List.of("not an annual report"), null);
    put("tiny.html", "<html>".getBytes(StandardCharsets.US_ASCII), "rejected", List.of("not an annual report"), null);

    // 4-9. Binaries under report names.
    put("binary/2020年度报告.html", png(), "rejected", List.of("binary"), null);
    put("binary/report.htm", exe(), "rejected", List.of("binary"), null);
    put("binary/photo.txt", jpeg(), "rejected", List.of("binary"), null);
    put("binary/archive.html", zip(seed000), "rejected", List.of("binary"), null);
    put("binary/report.docx", zip(seed001), "rejected", List.of("unsupported file type", "docx"), null);
    put("binary/scanned.pdf", pdfWithoutText(), "rejected", List.of("PDF"), null);
    put("binary/pdf-named.html", concat(pdfWithoutText(), "%html\n".getBytes(StandardCharsets.US_ASCII)), "rejected", List.of("PDF"), null);

    // 10-11. Broken HTML.
    String cutAfterRow = lujiangText.substring(0, lujiangText.indexOf("</tr>", lujiangText.indexOf("予以公开")) + 5);
    // Cut after the last table row, it has every number of the whole page: the same report crawled
    // twice, a near-duplicate of the complete page (issue #4), which is kept as the better read.
    put("broken/truncated.html", cutAfterRow.getBytes(StandardCharsets.UTF_8),
        "duplicate", List.of("near-duplicate"), "truncated_html:ends_inside_a_table");
    put("broken/truncated-mid-tag.html", (cutAfterRow + "<tr><td class=\"x").getBytes(StandardCharsets.UTF_8),
        "partial", List.of("truncated HTML", "ends inside a tag"), "truncated_html:ends_inside_a_tag");
    put("broken/deep-nesting.html", deepNesting(100_000), "rejected", List.of("not an annual report"), null);

    // 12. A 50 MB page: rejected by size before it is parsed.
    put("giant/50mb.html", giant(50 * 1024 * 1024), "rejected", List.of("too large", "limit 16777216"), null);

    // 13-16. Wrong or missing charsets.
    String luoyang = new String(luoyangGbk, Charset.forName("GB18030"));
    put("charset/gbk-served-as-utf8.html",
        luoyang.replaceAll("(?i)charset\\s*=\\s*\"?(gb2312|gbk)", "charset=utf-8").getBytes(Charset.forName("GB18030")),
        "parsed", List.of(), "charset_mismatch");
    // The lujiang page several times (this one, the UTF-16BE copy, the truncated copy and the copy with
    // spam, stripped here with the page chrome): one report crawled several times, counted once;
    // the read without flags (then the smallest path) is kept.
    put("charset/utf8-labelled-gbk.html",
        lujiangText.replaceFirst("(?i)<head>", "<head><meta charset=\"gbk\">").getBytes(StandardCharsets.UTF_8),
        "duplicate", List.of("near-duplicate"), "charset_mismatch");
    put("charset/gbk-no-charset.txt", seed000Text.getBytes(gbk), "parsed", List.of(), null);
    put("charset/utf16-bom.txt", utf16(seed000Text), "duplicate", List.of("near-duplicate"), null);
    put("charset/big5.html", big5Page(true), "rejected", List.of("not an annual report"), null);
    put("charset/big5-undeclared.html", big5Page(false), "rejected", List.of("not an annual report"), null);
    put("charset/utf16be-bom.html", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, lujiangText.getBytes(StandardCharsets.UTF_16BE)),
        "parsed", List.of(), null);

    // 17-19. Compression.
    put("gz/not-gzip.html.gz", lujiang, "rejected", List.of("not gzip"), null);
    put("gz/bomb.html.gz", gzipBomb(256L * 1024 * 1024), "rejected", List.of("decompressed size exceeds"), null);
    byte[] gz = gzip(seed000);
    put("gz/truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2), "rejected", List.of("corrupt gzip"), null);

    // 20-21. Numbers that are not counts.
    put("numbers/thirty-digits.txt", thirtyDigits(), "partial", List.of("number too long"), "number_too_long");
    put("numbers/negative.txt", negativeCounts(), "partial", List.of("negative counts"), "negative_value:t3.new.total");

    // 22-23. Huge tables.
    put("huge/text-table-100k-rows.txt", textTable(100_000), "parsed", List.of(), "table_rows_capped");
    put("huge/html-table-100k-rows.html", htmlTable(100_000), "partial", List.of("ambiguous"), "table_rows_capped");

    // 24-25. Text built to make regular expressions backtrack.
    put("regex/han-run.txt", hanRun(300_000), "rejected", List.of("not an annual report"), null);
    put("regex/underscore-chains.txt", underscoreBait(200_000), "rejected", List.of("not an annual report"), null);

    // 26. The same report twice.
    put("dup/copy of 000.txt", seed000, "duplicate", List.of("duplicate_of"), null);

    // 27-29. Names with spaces, quotes and non-ASCII characters.
    put("names/with spaces 2019 report.txt", seed001, "partial", List.of(), null);
    put("names/report \"2019\" 'final'.txt", seed002, "parsed", List.of(), null);
    put("names/牡丹江 年报 ßé😀.txt", seed003, "parsed", List.of(), null);

    // 30-31. Not reports.
    put("other/news.html", newsPage(), "rejected", List.of("not an annual report"), null);
    put("other/control-chars.txt", controlChars(), "rejected", List.of("binary"), null);

    // 32. Spam injected into a real report.
    put("spam/lujiang-spam.html",
        lujiangText.replaceFirst("</body>", "<p>澳门金沙娱乐城_365体育官网_真人百家乐注册送彩金</p></body>").getBytes(StandardCharsets.UTF_8),
        "duplicate", List.of("near-duplicate"), null);
  }

  private void put(String path, byte[] bytes, String status, List<String> words, String flag) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    kinds.add(new Kind(path, status, words, flag));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HostileCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] out = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }

  private static byte[] png() {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    return concat(head, random(4096, 1));
  }

  private static byte[] jpeg() {
    byte[] head = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    return concat(head, random(4096, 2));
  }

  private static byte[] exe() {
    byte[] head = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    return concat(head, random(2048, 3));
  }

  private static byte[] zip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] pdfWithoutText() {
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] deepNesting(int depth) {
    StringBuilder sb = new StringBuilder(depth * 12 + 200);
    sb.append("<html><head><title>页面</title></head><body>");
    sb.append("<div>".repeat(depth));
    sb.append("内容");
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] giant(int size) {
    byte[] out = new byte[size];
    byte[] head = "<html><body><p>2020年政府信息公开工作年度报告</p>".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, out, 0, head.length);
    byte[] row = "<p>一二三四五六七八九十</p>\n".getBytes(StandardCharsets.UTF_8);
    for (int i = head.length; i < size; i++) {
      out[i] = row[(i - head.length) % row.length];
    }
    return out;
  }

  private static byte[] utf16(String text) {
    return concat(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE));
  }

  /** The text of the Big5 pages, as the job must decode it (a notice, not a report). */
  static final String BIG5_TEXT = "臺北市政府資訊公開，歡迎參閱。本網站內容僅供參考，請以公告為準。";

  private static byte[] big5Page(boolean declared) {
    String page = "<html><head>" + (declared ? "<meta charset=\"big5\">" : "") + "<title>臺北市政府公告</title></head><body>"
        + "<p>" + BIG5_TEXT + "</p></body></html>";
    return page.getBytes(Charset.forName("Big5"));
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(content);
    }
    return out.toByteArray();
  }

  /** Compresses {@code size} bytes of one repeated report line to about a thousandth of that. */
  private static byte[] gzipBomb(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = "年度报告".repeat(16384).getBytes(StandardCharsets.UTF_8);
    try (OutputStream g = new GZIPOutputStream(out, 1 << 16)) {
      for (long written = 0; written < size; written += chunk.length) {
        g.write(chunk);
      }
    }
    return out.toByteArray();
  }

  private static byte[] thirtyDigits() {
    String n = "123456789012345678901234567890";
    return Table3Text.of(new String[][] {
      {"一、本年新收政府信息公开申请数量", n, "0", "0", "0", "0", "0", n},
      {"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"},
    }).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] negativeCounts() {
    return Table3Text.of(new String[][] {
      {"一、本年新收政府信息公开申请数量", "-5", "0", "0", "0", "0", "0", "-5"},
      {"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"},
    }).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] textTable(int rows) {
    StringBuilder sb = new StringBuilder(rows * 40);
    sb.append("某某县人民政府2020年政府信息公开工作年度报告\n");
    sb.append("本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n");
    for (int i = 0; i < rows; i++) {
      sb.append("第").append(i).append("行\t").append(i % 10).append("\t0\t0\t0\t0\t0\t").append(i % 10).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] htmlTable(int rows) {
    StringBuilder sb = new StringBuilder(rows * 60);
    sb.append("<html><head><title>某某县人民政府2020年政府信息公开工作年度报告</title></head><body><table>");
    sb.append("<tr><td>本年新收政府信息公开申请数量</td><td>1</td><td>1</td></tr>");
    for (int i = 0; i < rows; i++) {
      sb.append("<tr><td>第").append(i).append("行</td><td>").append(i % 10).append("</td><td>0</td></tr>");
    }
    sb.append("</table></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hanRun(int chars) {
    StringBuilder sb = new StringBuilder(chars);
    String bait = "收到申请人民政府办公室委员会予以公开部分公开统计期限";
    while (sb.length() < chars) {
      sb.append(bait);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] underscoreBait(int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append("政府信息公开年度报告信息公开年度报告_");
    }
    sb.append('!');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] newsPage() {
    String page = "<html><head><meta charset=\"utf-8\"><title>我县召开春季农业生产工作会议</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/news\">新闻动态</a></div>"
        + "<div class=\"article\"><h1>我县召开春季农业生产工作会议</h1>"
        + "<p>3月5日，我县召开春季农业生产工作会议，部署全年粮食生产任务，共有120人参加会议。</p>"
        + "</div></body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] controlChars() {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    return b;
  }
}
