package io.ogi.parse;

import io.ogi.model.Place;
import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.html.HtmlContentExtractor;
import io.ogi.parse.meta.ProseReader;
import io.ogi.parse.meta.ReportMetaReader;
import io.ogi.parse.meta.SpamFilter;
import io.ogi.parse.pdf.PdfContentExtractor;
import io.ogi.parse.tables.LegacyTableReader;
import io.ogi.parse.tables.Table2Reader;
import io.ogi.parse.tables.Table3Reader;
import io.ogi.parse.tables.Table4Reader;
import io.ogi.parse.tables.TableSigns;
import io.ogi.parse.text.TextContentExtractor;
import io.ogi.place.PlaceEvidence;
import io.ogi.place.PlaceResolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Parses one annual report from its bytes. Plain Java: knows nothing of Spark.
 *
 * <p>Steps: decode the bytes (gzip, charset) → remove spam → split into prose lines and tables
 * (HTML through Jsoup, PDF by word positions through PDFBox, or one of the text flattenings) →
 * read tables 二, 三, 四 or the legacy
 * statistics table, with their checks → fall back to prose counts where the tables are missing →
 * read the title, year, agency, scope → resolve the issuer's place → decide the status.
 *
 * <p>Never throws for bad input: a document that cannot be read comes back with status {@code
 * rejected} and a reason. Instances are not thread-safe only in the sense that they are cheap:
 * create one per task.
 */
public final class ReportParser {

  /** Written into every output row so that tables can be traced to the parser that made them. */
  public static final String VERSION = "0.1.0";

  private final DocumentDecoder decoder;
  private final PlaceResolver places;

  public ReportParser() {
    this(new DocumentDecoder(), new PlaceResolver());
  }

  public ReportParser(DocumentDecoder decoder, PlaceResolver places) {
    this.decoder = decoder;
    this.places = places;
  }

  /**
   * Parses a document.
   *
   * @param sourcePath where the bytes came from (its name decides html or text, and .gz)
   * @param bytes the raw bytes, possibly gzip-compressed
   * @return the parsed report; never {@code null}
   */
  public ParsedReport parse(String sourcePath, byte[] bytes) {
    return parse(sourcePath, bytes, null);
  }

  /**
   * Parses a document that came with a media type (a WARC record's HTTP {@code Content-Type}):
   * see {@link DocumentDecoder#decode(String, byte[], String)}.
   */
  public ParsedReport parse(String sourcePath, byte[] bytes, String contentType) {
    ParsedReport r = new ParsedReport();
    r.setSourcePath(sourcePath);
    r.setSizeBytes(bytes == null ? 0 : bytes.length);
    r.setParserVersion(VERSION);
    r.setDocId(sha256(bytes == null ? new byte[0] : bytes));
    if (bytes == null) {
      return reject(r, "no bytes");
    }
    try {
      parseInto(r, sourcePath, bytes, contentType);
    } catch (ParseLimits.Interrupted e) {
      r.getValues().clear();
      reject(r, "parse time limit exceeded");
    } catch (RuntimeException | StackOverflowError e) {
      r.getValues().clear();
      reject(r, "parser error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    return r;
  }

  private void parseInto(ParsedReport r, String sourcePath, byte[] bytes, String contentType) {
    DocumentDecoder.Decoded decoded = decoder.decode(sourcePath, bytes, contentType);
    if (decoded.rejected()) {
      reject(r, decoded.rejection());
      return;
    }
    // The id is the hash of the content, so a report served plain and gzipped is one report.
    if (decoded.content() != bytes) { // not gzipped: the same array, already hashed
      r.setDocId(sha256(decoded.content()));
    }
    r.setFormat(decoded.format());
    r.setCharset(decoded.charset());
    if (decoded.charsetMismatch()) {
      r.addFlag("charset_mismatch");
    }
    ParseLimits.checkInterrupted();
    ReportContent content;
    // The content's text and lines, when already built for the spam check and still current.
    ContentText built = null;
    if ("pdf".equals(decoded.format())) {
      PdfContentExtractor.Result pdf = PdfContentExtractor.extract(decoded.content());
      if (pdf.rejected()) {
        reject(r, pdf.rejection());
        return;
      }
      content = pdf.content();
      built = ContentText.of(content);
      Set<String> spam = SpamFilter.detect(built.text);
      if (!spam.isEmpty()) {
        r.addFlag("spam_removed");
        content = content.map(s -> SpamFilter.replace(s, spam));
        built = null;
      }
    } else if ("html".equals(decoded.format())) {
      String cut = io.ogi.parse.html.Truncation.detect(decoded.text());
      if (cut != null) {
        r.addFlag("truncated_html:" + cut.replace(' ', '_'));
      }
      // Spam is looked for in the page's text, not its markup (font names like 仿宋_GB2312).
      content = HtmlContentExtractor.extract(decoded.text());
      built = ContentText.of(content);
      Set<String> spam = SpamFilter.detect(built.text);
      if (!spam.isEmpty()) {
        r.addFlag("spam_removed");
        content = content.map(s -> SpamFilter.replace(s, spam));
        built = null;
      }
    } else {
      SpamFilter.Result spam = SpamFilter.clean(decoded.text());
      if (spam.hadSpam()) {
        r.addFlag("spam_removed");
      }
      content = TextContentExtractor.extract(spam.text());
    }
    ParseLimits.checkInterrupted();
    ReportContent uncapped = content;
    content = capTables(content, r);
    List<String> originalLines = null;
    ContentText all = built != null && content == uncapped ? built : ContentText.of(content);
    List<String> lines = all.lines;
    String fullText = all.text;
    if (Traditional.isTraditional(fullText)) {
      // Labels, titles and places are matched in simplified characters; the agency keeps its spelling.
      r.addFlag("traditional_chinese");
      originalLines = lines;
      content = content.map(Traditional::toSimplified);
      all = ContentText.of(content);
      lines = all.lines;
      fullText = all.text;
    }

    // Tables, each by its content rather than its position.
    boolean t3 = false;
    boolean t4 = false;
    boolean t2 = false;
    boolean legacy = false;
    Table3Reader.Outcome t3Signs = null;
    String t2Revision = null;
    for (ReportContent.Table table : content.tables()) {
      ParseLimits.checkInterrupted();
      // The four tests from one walk over the table's cells (stopped at table 三's sign while that is sought).
      TableSigns signs = TableSigns.of(table, !t3);
      if (!t3 && signs.table3()) {
        Table3Reader.Outcome o = Table3Reader.read(table, r);
        t3 = o.found();
        t3Signs = o;
      } else if (signs.legacy()) {
        // Before table 四: the legacy table also names 行政复议 and 维持 (seed 003).
        legacy |= LegacyTableReader.read(table, r);
      } else if (!t4 && signs.table4()) {
        t4 = Table4Reader.read(table, r);
      } else if (signs.table2()) {
        // A text flattening can cut table 二 into fragments at its 第二十条 block titles: read each.
        String rev = Table2Reader.read(table, r);
        t2Revision = t2Revision == null || "2021".equals(rev) ? rev : t2Revision;
        t2 = true;
      }
    }

    flagImplausibleNumbers(content, r);
    ParseLimits.checkInterrupted();
    ReportMetaReader.Title title = ReportMetaReader.title(lines);
    Integer year = ReportMetaReader.year(title, fullText);
    r.setYear(year);
    boolean markers2019 = t3 || t4 || t2 || fullText.contains("收到和处理政府信息公开申请")
        || fullText.contains("国办公开办函〔2019〕60号") || fullText.contains("国办公开办函〔2021〕30号");
    boolean isReport = title != null || t3 || t4 || t2 || legacy
        || (fullText.contains("政府信息公开") && fullText.contains("年度报告") && year != null);
    if (!isReport) {
      reject(r, "not an annual report: no report title, year or report tables found");
      r.getValues().clear();
      return;
    }
    String notReport = notAnnualReport(lines, title);
    if (notReport != null) {
      reject(r, "not an annual report: " + notReport);
      r.getValues().clear();
      return;
    }
    String template;
    if (t3 || t4 || t2) {
      template = ParsedReport.TEMPLATE_2019;
    } else if (legacy) {
      template = ParsedReport.TEMPLATE_LEGACY;
    } else if (year != null) {
      template = year >= 2019 ? ParsedReport.TEMPLATE_2019 : ParsedReport.TEMPLATE_LEGACY;
    } else {
      template = markers2019 ? ParsedReport.TEMPLATE_2019 : null;
    }
    r.setTemplate(template);
    if (ParsedReport.TEMPLATE_2019.equals(template) && (t3 || t2)) {
      r.setTemplateRevision(revision(t2Revision, t3Signs));
    }

    readProse(r, fullText, template, t3, t2, legacy);

    ParseLimits.checkInterrupted();
    // Who wrote it, and where.
    String agency = title != null && title.agency() != null ? title.agency() : null;
    // a hijacked title gives way to its signature inside title(): the source is then the signature
    String agencySource =
        agency == null ? null : title.line().contains(agency) ? "title" : "signature";
    if (agency == null || agency.startsWith(SpamFilter.PLACEHOLDER) && agency.length() <= 6) {
      String signed = ReportMetaReader.signature(lines);
      if (signed != null && !signed.contains(SpamFilter.PLACEHOLDER)) {
        agency = signed;
        agencySource = "signature";
      } else if (agency == null) {
        String from = signed == null ? ReportMetaReader.sourceLine(lines) : null;
        agency = signed != null ? signed : from != null ? from : ReportMetaReader.mostNamedGovernment(fullText);
        agencySource = agency == null ? null : signed != null ? "signature" : from != null ? "source_line" : "text";
      }
    }
    Place place = places.resolve(new PlaceEvidence(agency, fullText, year));
    if (agency != null && agency.contains(SpamFilter.PLACEHOLDER)) {
      r.addFlag("hijacked_agency");
      String name = "county".equals(place.level()) ? place.county()
          : "prefecture".equals(place.level()) ? place.prefecture()
          : "province".equals(place.level()) ? place.province() : null;
      if (name != null) {
        agency = agency.replace(SpamFilter.PLACEHOLDER, name);
      }
    }
    if (originalLines != null) {
      agency = Traditional.original(agency, lines, originalLines);
    }
    r.setAgency(agency);
    String simplifiedAgency = agency == null ? null : Traditional.toSimplified(agency);
    r.setIssuer(ReportMetaReader.issuerKind(simplifiedAgency));
    r.setAgencySource(agencySource);
    if ("department".equals(r.getIssuer())) {
      r.setDepartmentType(places.departmentType(simplifiedAgency));
    }
    r.setPlace(place);
    r.setScope(ReportMetaReader.scope(fullText));
    r.setTextSignature(TextSignature.of(fullText));
    decideStatus(r);
  }

  /**
   * Numbers no count can be: a cell of more than 18 digits cannot be read (flag {@code
   * number_too_long}; the cell is not a value), and a negative value is kept as printed but
   * flagged {@code negative_value:<key>} (tables 三, 四 and legacy: counts). Either makes the document {@code partial}.
   */
  private static void flagImplausibleNumbers(ReportContent content, ParsedReport r) {
    outer:
    for (ReportContent.Table t : content.tables()) {
      for (List<String> row : t.rows()) {
        for (String c : row) {
          if (c.length() >= 19 && longDigitRun(c, 19)) { // a run of 19 needs as many characters
            r.addFlag("number_too_long");
            break outer;
          }
        }
      }
    }
    for (ReportValue v : r.getValues()) {
      // Counts only: table 二 has change columns (比上年增减) that are negative by right.
      if (v.value() < 0 && (v.key().startsWith("t3.") || v.key().startsWith("t4.") || v.key().startsWith("legacy."))) {
        r.addFlag("negative_value:" + v.key());
      }
    }
  }

  private static boolean longDigitRun(String s, int atLeast) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) {
        if (++run >= atLeast) {
          return true;
        }
      } else if (ch != ',' && ch != ' ') {
        run = 0;
      }
    }
    return false;
  }

  /**
   * Tables longer than {@link ParseLimits#MAX_TABLE_ROWS} keep their first rows only (a report's
   * tables are short; a 100,000-row table is a data dump or a trap), flagged {@code
   * table_rows_capped}.
   */
  private static ReportContent capTables(ReportContent content, ParsedReport r) {
    boolean over = false;
    for (ReportContent.Table t : content.tables()) {
      over |= t.rows().size() > ParseLimits.MAX_TABLE_ROWS;
    }
    if (!over) {
      return content;
    }
    r.addFlag("table_rows_capped");
    ReportContent out = new ReportContent();
    for (ReportContent.Block b : content.blocks()) {
      if (b instanceof ReportContent.Table t && t.rows().size() > ParseLimits.MAX_TABLE_ROWS) {
        out.add(new ReportContent.Table(
            new ArrayList<>(t.rows().subList(0, ParseLimits.MAX_TABLE_ROWS)), t.exactGrid()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** Detected from the headers, not the year: some agencies kept the trial layout in 2021. */
  private static String revision(String t2Revision, Table3Reader.Outcome t3) {
    if ("2021".equals(t2Revision) || (t3 != null && t3.otherItems())) {
      return "2021";
    }
    if (t2Revision != null || (t3 != null && t3.otherSingleRow())) {
      return "2019";
    }
    return t3 != null && t3.socialOrgOnly() ? "2021" : "2019";
  }

  /**
   * Prose counts: the source of table 三 totals when the tables are missing (seed 004), and a
   * cross-check against the table otherwise.
   */
  private static void readProse(ParsedReport r, String text, String template, boolean t3, boolean t2, boolean legacy) {
    if (ParsedReport.TEMPLATE_2019.equals(template) && !t3) {
      List<ReportValue> counts = ProseReader.applicationCounts(text);
      if (!counts.isEmpty() || !t2) {
        r.setTablesMissing(true);
        r.addFlag("tables_missing");
      }
      counts.forEach(r::addValue);
      if (!t2) {
        ProseReader.disclosureCounts(text).forEach(r::addValue);
      }
    }
    if (ParsedReport.TEMPLATE_2019.equals(template) && t3) {
      crossCheck(r, ProseReader.applicationCounts(text));
    }
    if (ParsedReport.TEMPLATE_LEGACY.equals(template)) {
      List<ReportValue> counts = ProseReader.legacyCounts(text);
      if (legacy) {
        crossCheck(r, counts);
      } else if (!counts.isEmpty()) {
        // A legacy report without its statistics table: the prose is the only source.
        r.setTablesMissing(true);
        r.addFlag("tables_missing");
        counts.forEach(r::addValue);
      }
    }
    for (ReportValue prose : ProseReader.proactiveItems(text)) {
      ReportValue table = r.value(prose.key());
      if (table == null) {
        r.addValue(prose);
      } else if (Math.abs(table.value() - prose.value()) > 1e-6) {
        r.addFlag("prose_table_mismatch:" + prose.key());
      }
    }
  }

  private static final java.util.regex.Pattern PART_YEAR =
      java.util.regex.Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*(?:上半年|下半年|半年|第[一二三四1-4]季度|1\\s*[-—至~]\\s*6\\s*月)");
  private static final java.util.regex.Pattern NOTICE =
      java.util.regex.Pattern.compile("^关于.{0,60}(?:年度报告|年报).{0,30}(?:通知|意见|函|方案|提示)$");

  /**
   * Documents that look like reports but are not one: a notice or letter about writing the annual
   * reports (its title is 关于…年度报告…的通知), and part-year statistics (上半年, 第一季度), whose tables
   * have the report's rows. {@code null} for an annual report.
   */
  static String notAnnualReport(List<String> lines, ReportMetaReader.Title title) {
    int seen = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("您当前的位置") || l.startsWith("您现在的位置") || l.startsWith("当前位置")) {
        continue;
      }
      if (l.startsWith("关于") && NOTICE.matcher(l).find()) { // NOTICE is anchored at the start
        return "a notice about the annual reports (" + (l.length() > 40 ? l.substring(0, 40) : l) + ")";
      }
      if (mayBePartYear(l) && PART_YEAR.matcher(l).find()
          && (l.contains("统计") || l.contains("情况") || l.contains("报告"))) {
        return "half-year or quarterly statistics (" + (l.length() > 40 ? l.substring(0, 40) : l) + ")";
      }
      if (++seen >= 3) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether {@code l} has a 年 followed, after regex whitespace ({@code \\s}), by 上, 下, 半, 第, or
   * by 1 and then one of - — 至 ~: every {@link #PART_YEAR} match has one, and a report's opening
   * paragraph, full of dates (2025年1月1日), mostly has none, so the regex is not run over it.
   */
  private static boolean mayBePartYear(String l) {
    for (int i = l.indexOf('年'); i >= 0; i = l.indexOf('年', i + 1)) {
      int j = skipRegexSpace(l, i + 1);
      if (j < l.length()) {
        char c = l.charAt(j);
        if (c == '上' || c == '下' || c == '半' || c == '第') {
          return true;
        }
        int k = c == '1' ? skipRegexSpace(l, j + 1) : l.length();
        if (k < l.length() && "-—至~".indexOf(l.charAt(k)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int skipRegexSpace(String l, int from) {
    int j = from;
    while (j < l.length() && Scan.isRegexSpace(l.charAt(j))) {
      j++;
    }
    return j;
  }


  /** Prose against table: a disagreement is flagged and the table value kept. */
  private static void crossCheck(ParsedReport r, List<ReportValue> proseValues) {
    for (ReportValue prose : proseValues) {
      ReportValue table = r.value(prose.key());
      if (table != null && Math.abs(table.value() - prose.value()) > 1e-6) {
        r.addFlag("prose_table_mismatch:" + prose.key());
      }
    }
  }

  private static void decideStatus(ParsedReport r) {
    List<String> missing = new ArrayList<>();
    if (r.getYear() == null) {
      missing.add("data year not found");
    }
    if (r.getValues().isEmpty()) {
      missing.add("no values read");
    } else if (r.isTablesMissing()) {
      missing.add("tables missing, counts from prose");
    }
    r.getFlags().stream().filter(f -> f.startsWith("truncated_html:")).findFirst().ifPresent(f ->
        missing.add("truncated HTML: no </body></html> and the page "
            + f.substring("truncated_html:".length()).replace('_', ' ') + " (values may be incomplete)"));
    if (r.getFlags().contains("number_too_long")) {
      missing.add("number too long to read (over 18 digits) in a table");
    }
    if (r.getFlags().stream().anyMatch(f -> f.startsWith("negative_value:"))) {
      missing.add("negative counts in a table (kept as printed)");
    }
    if (!r.getAmbiguous().isEmpty()) {
      // Summarised by table: the keys themselves are in the ambiguous column.
      java.util.Map<String, Long> byTable = new java.util.TreeMap<>();
      for (String a : r.getAmbiguous()) {
        byTable.merge(a.contains(".") ? a.substring(0, a.indexOf('.')) : a, 1L, Long::sum);
      }
      List<String> parts = new ArrayList<>();
      byTable.forEach((t, n) -> parts.add(t + (n > 1 ? " (" + n + " keys)" : "")));
      missing.add("ambiguous: " + String.join(", ", parts));
    }
    if (missing.isEmpty()) {
      r.setStatus(ParsedReport.STATUS_PARSED);
      r.setReason(null);
    } else {
      r.setStatus(ParsedReport.STATUS_PARTIAL);
      r.setReason(String.join("; ", missing));
    }
  }

  private static ParsedReport reject(ParsedReport r, String reason) {
    r.setStatus(ParsedReport.STATUS_REJECTED);
    r.setReason(reason);
    return r;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Convenience for tests and the CLI: parse a string as a UTF-8 text document. */
  public ParsedReport parseText(String name, String text) {
    return parse(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
