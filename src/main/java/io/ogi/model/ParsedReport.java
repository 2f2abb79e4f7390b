package io.ogi.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the parser read from one input document: its identity, its status, its metadata, the
 * values of its tables and the flags raised by the checks.
 *
 * <p>A document that could not be read is still a {@code ParsedReport}, with status {@link
 * #STATUS_REJECTED} and a reason, so that every input is accounted for.
 */
public final class ParsedReport implements Serializable {

  public static final String STATUS_PARSED = "parsed";
  public static final String STATUS_PARTIAL = "partial";
  public static final String STATUS_REJECTED = "rejected";
  public static final String STATUS_DUPLICATE = "duplicate";

  public static final String TEMPLATE_2019 = "2019";
  public static final String TEMPLATE_LEGACY = "legacy";

  public static final String SCOPE_AGENCY = "agency";
  public static final String SCOPE_JURISDICTION = "jurisdiction";

  private String docId;
  private String sourcePath;
  private long sizeBytes;
  private String format;
  private String charset;
  private String status = STATUS_PARSED;
  private String reason;
  private String template;
  private String templateRevision;
  private Integer year;
  private String agency;
  private String issuer;
  private String departmentType;
  private String agencySource;
  private String scope;
  private boolean tablesMissing;
  private Place place = Place.UNKNOWN;
  private final Set<String> flags = new LinkedHashSet<>();
  private final Set<String> ambiguous = new LinkedHashSet<>();
  private final List<ReportValue> values = new ArrayList<>();
  private String parserVersion;
  private long[] textSignature;

  public String getDocId() {
    return docId;
  }

  public void setDocId(String docId) {
    this.docId = docId;
  }

  public String getSourcePath() {
    return sourcePath;
  }

  public void setSourcePath(String sourcePath) {
    this.sourcePath = sourcePath;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  /** {@code html}, {@code text}, or {@code null} when the bytes were never decoded. */
  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    this.charset = charset;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** Why the document is rejected or partial; {@code null} for a clean parse. */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** {@link #TEMPLATE_2019}, {@link #TEMPLATE_LEGACY}, or {@code null} when unknown. */
  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  /** For the 2019 template: {@code 2019} (trial format of 2019-2020) or {@code 2021} (revision). */
  public String getTemplateRevision() {
    return templateRevision;
  }

  public void setTemplateRevision(String templateRevision) {
    this.templateRevision = templateRevision;
  }

  /** The data year the report covers (not its publication date), or {@code null}. */
  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  /** {@code government}, {@code government_office}, {@code department}, or {@code null}. */
  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  /**
   * For a department: its type on the fixed list of {@code io.ogi.place.DepartmentTypes} (教育,
   * 公安, 自然资源 … or {@code other}); {@code null} for other issuers or when unknown.
   */
  public String getDepartmentType() {
    return departmentType;
  }

  public void setDepartmentType(String departmentType) {
    this.departmentType = departmentType;
  }

  /**
   * Where the agency name was read: {@code title}, {@code signature}, {@code source_line} (来源：…)
   * or {@code text} (the government the text names most); {@code null} when no agency was found.
   */
  public String getAgencySource() {
    return agencySource;
  }

  public void setAgencySource(String agencySource) {
    this.agencySource = agencySource;
  }

  /** {@link #SCOPE_AGENCY} or {@link #SCOPE_JURISDICTION}. */
  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public boolean isTablesMissing() {
    return tablesMissing;
  }

  public void setTablesMissing(boolean tablesMissing) {
    this.tablesMissing = tablesMissing;
  }

  public Place getPlace() {
    return place;
  }

  public void setPlace(Place place) {
    this.place = place == null ? Place.UNKNOWN : place;
  }

  /** Named check failures and warnings, in the order raised ({@code name} or {@code name:detail}). */
  public Set<String> getFlags() {
    return flags;
  }

  public void addFlag(String flag) {
    flags.add(flag);
  }

  /** Key prefixes (or single keys) that could not be read unambiguously; no value is emitted for them. */
  public Set<String> getAmbiguous() {
    return ambiguous;
  }

  public void addAmbiguous(String prefix) {
    ambiguous.add(prefix);
  }

  public List<ReportValue> getValues() {
    return values;
  }

  public void addValue(ReportValue value) {
    values.add(value);
  }

  /** The value for {@code key}, or {@code null} when none was emitted. */
  public ReportValue value(String key) {
    for (ReportValue v : values) {
      if (v.key().equals(key)) {
        return v;
      }
    }
    return null;
  }

  public String getParserVersion() {
    return parserVersion;
  }

  public void setParserVersion(String parserVersion) {
    this.parserVersion = parserVersion;
  }

  /**
   * MinHash signature of the report's text ({@code io.ogi.parse.TextSignature}), used by the job to
   * find near-duplicates; {@code null} for documents not read as reports.
   */
  public long[] getTextSignature() {
    return textSignature;
  }

  public void setTextSignature(long[] textSignature) {
    this.textSignature = textSignature;
  }
}
