package io.ogi.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One number read from a report, with where it came from.
 *
 * <p>{@code key} uses the value keys of {@code docs/gold-format.md} ({@code t3.new.total}, {@code
 * t4.review.corrected}, {@code t2.fees.amount_10k_yuan}, {@code legacy.received}, {@code
 * proactive.items}). A count read from prose uses the same key as one read from a table; {@code
 * source} tells them apart.
 *
 * @param key gold-format key
 * @param value the number as printed (counts are whole numbers; amounts may carry decimals)
 * @param source {@link #SOURCE_CELL} (a filled table cell), {@link #SOURCE_BLANK} (a blank cell
 *     read as zero), {@link #SOURCE_DASH} (a dash, 无 or / read as zero), or {@link #SOURCE_PROSE}
 * @param table table the value came from ({@code 二}, {@code 三}, {@code 四}, {@code legacy}), or
 *     {@code null} for prose
 * @param row row label as printed (trimmed), or the sentence for prose
 * @param column column label, or {@code null}
 * @param confidence 0..1: 1 for a cell whose position is certain, lower for positions decided by
 *     identities, prose, or blanks read as zero
 */
public record ReportValue(
    String key,
    double value,
    String source,
    String table,
    String row,
    String column,
    double confidence)
    implements Serializable {

  public static final String SOURCE_CELL = "cell";
  public static final String SOURCE_BLANK = "blank";
  public static final String SOURCE_DASH = "dash";
  public static final String SOURCE_PROSE = "prose";

  public ReportValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
  }

  /** The key's family: the text before the first dot ({@code t3}, {@code legacy}, ...). */
  public String family() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
