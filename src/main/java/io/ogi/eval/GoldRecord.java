package io.ogi.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a gold file ({@code docs/gold-format.md}): a document and what a correct parser reads
 * from it.
 *
 * <p>The gold format distinguishes an absent field ("not labelled": the labeller said nothing, so it
 * is not scored) from a field set to JSON {@code null} ("not applicable": the parser must also say
 * {@code null}, e.g. {@code county} for a prefecture-level issuer). {@link #isLabelled(String)} and
 * {@link #field(String)} keep that distinction for the scored fields. Unknown fields are ignored so
 * that labellers can add their own notes.
 */
public final class GoldRecord {

  /**
   * The scored document fields, in report order. {@code department_type} is an extension of the
   * gold format: most gold files do not have it, and absent means not labelled.
   */
  public static final List<String> FIELDS =
      List.of(
          "year", "province", "prefecture", "county", "level", "issuer", "department_type", "scope",
          "template");

  /** The place fields, for which {@code evaluate} splits wrong answers from "unknown". */
  public static final List<String> PLACE_FIELDS = List.of("province", "prefecture", "county");

  private final int lineNumber;
  private final String file;
  private final Map<String, String> fields;
  private final String agency;
  private final Boolean tablesMissing;
  private final List<String> ambiguous;
  private final Map<String, Double> values;
  private final String notes;

  /**
   * Creates a record; normally built by {@link GoldFile#read}.
   *
   * @param lineNumber 1-based line in the gold file (for messages)
   * @param file document path relative to the gold file's folder
   * @param fields labelled scored fields (keys from {@link #FIELDS}); a {@code null} map value means
   *     the gold says "not applicable", an absent key means "not labelled"
   * @param agency issuing organ as written, or {@code null}
   * @param tablesMissing {@code tables_missing}, or {@code null} when absent
   * @param ambiguous key prefixes that cannot be read unambiguously
   * @param values gold values by key, in gold order
   * @param notes free text, or {@code null}
   */
  public GoldRecord(
      int lineNumber,
      String file,
      Map<String, String> fields,
      String agency,
      Boolean tablesMissing,
      List<String> ambiguous,
      Map<String, Double> values,
      String notes) {
    this.lineNumber = lineNumber;
    this.file = file;
    // LinkedHashMap (not Map.copyOf) because null values carry meaning here.
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.agency = agency;
    this.tablesMissing = tablesMissing;
    this.ambiguous = List.copyOf(ambiguous);
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.notes = notes;
  }

  /** The 1-based line of the gold file this record came from. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The document path as written in the gold line (relative to the gold file's folder). */
  public String file() {
    return file;
  }

  /**
   * Whether the gold line labels {@code name} (one of {@link #FIELDS}), possibly with {@code null}.
   */
  public boolean isLabelled(String name) {
    return fields.containsKey(name);
  }

  /**
   * The gold text of a scored field: {@code "2019"} for year 2019, {@code "温州市"} for prefecture.
   * Returns {@code null} both for "not applicable" and for "not labelled"; use {@link
   * #isLabelled(String)} to tell them apart.
   */
  public String field(String name) {
    return fields.get(name);
  }

  /** The labelled scored fields in {@link #FIELDS} order; values may be {@code null}. */
  public Map<String, String> labelledFields() {
    return fields;
  }

  /** The data year, or {@code null} when not labelled or not a whole number. */
  public Integer year() {
    String y = fields.get("year");
    if (y == null) {
      return null;
    }
    try {
      return Integer.valueOf(y);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The issuing organ as written in the report, or {@code null}. */
  public String agency() {
    return agency;
  }

  /** {@code tables_missing}: {@code null} when the gold line does not say. */
  public Boolean tablesMissing() {
    return tablesMissing;
  }

  /** Key prefixes (or keys) a correct parser must flag as ambiguous and emit no value for. */
  public List<String> ambiguous() {
    return ambiguous;
  }

  /** Gold values by key, in the order of the gold line. Amounts may carry decimals. */
  public Map<String, Double> values() {
    return values;
  }

  /** The labeller's notes, or {@code null}. */
  public String notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "GoldRecord[line " + lineNumber + ", " + file + ", " + values.size() + " values]";
  }
}
