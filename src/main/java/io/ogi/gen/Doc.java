package io.ogi.gen;

import java.util.LinkedHashMap;
import java.util.Map;

/** One generated document: what it is, how it is laid out, and what a correct parser reads from it. */
final class Doc {

  /** How the document is written. */
  enum Layout {
    /** UTF-8 HTML page with site chrome and merged (rowspan/colspan) table cells. */
    HTML,
    /** The same, GBK-encoded, with the charset in a meta tag. */
    HTML_GBK,
    /** Text, one cell per line ending in {@code |} (an HTML table flattened cell by cell). */
    TEXT_CELLS,
    /** Text, one row per line, cells joined by {@code |}. */
    TEXT_PIPES,
    /** Text, one row per line, cells separated by tabs, blank cells kept. */
    TEXT_TABS,
    /** Text without tables (published as images): the counts only in prose. */
    PROSE
  }

  /** What the document is made to be. */
  enum Kind {
    /** A correct report. */
    REPORT,
    /** A report whose table 三 (or legacy litigation) totals contradict its parts: printed as is. */
    CONTRADICTION,
    /** An empty download (0 bytes). */
    EMPTY,
    /** Binary bytes under a text name. */
    BINARY,
    /** A notice that is not an annual report. */
    NOTICE,
    /** Byte-for-byte (after gunzip) copy of the document before it. */
    DUPLICATE
  }

  int index;
  String path;
  Kind kind = Kind.REPORT;
  Layout layout;
  Organ organ;
  int year;
  boolean legacy;
  /** 2019 template revision: {@code 2019} (trial) or {@code 2021}. */
  String revision;
  String scope = "agency";
  boolean spam;
  /** An HTML page in the markup of a Word or WPS document pasted into the site's editor. */
  boolean office;
  boolean gzip;
  boolean sectionTotals;
  boolean commas;
  /** Rows of table 三 that are all zero are printed as blank cells (HTML and tab rows only). */
  boolean blanks;
  boolean proactiveSentence;
  boolean legacyTable = true;
  int contradiction;
  Figures fig;
  /** Part of a cluster whose aggregate sums it. */
  boolean summed;

  /** Values as printed, gold keys → whole numbers or amounts (amounts as {@link Amount}). */
  final Map<String, Object> values = new LinkedHashMap<>();

  /** Values printed as blank cells: not labelled in the gold (a blank means 0), but 0 in the trends. */
  final Map<String, Long> blankValues = new LinkedHashMap<>();

  /** An amount in hundredths (万元 with two decimals). */
  record Amount(long cents) {
    @Override
    public String toString() {
      long a = Math.abs(cents);
      String s = (a / 100) + (a % 100 == 0 ? "" : a % 10 == 0 ? "." + (a % 100) / 10 : "." + String.format("%02d", a % 100));
      return cents < 0 ? "-" + s : s;
    }

    double value() {
      return cents / 100.0;
    }
  }

  boolean readable() {
    return kind == Kind.REPORT || kind == Kind.CONTRADICTION;
  }

  /**
   * No table: a 2019-template report in the prose layout, or a legacy report without its statistics
   * table (its counts only in sentences, read as prose: partial, flagged, prose-derived).
   */
  boolean tablesMissing() {
    return readable() && (legacy ? !legacyTable : layout == Layout.PROSE);
  }

  /** {@code parsed}, {@code partial}, {@code rejected} or {@code duplicate}: what the job should say. */
  String expectedStatus() {
    return switch (kind) {
      case EMPTY, BINARY, NOTICE -> "rejected";
      case DUPLICATE -> "duplicate";
      default -> tablesMissing() ? "partial" : "parsed";
    };
  }

  /** Whether a correct parser raises at least one flag (a check failed, spam, prose only). */
  boolean expectFlagged() {
    return readable() && (spam || contradiction != 0 || tablesMissing());
  }

  String template() {
    return legacy ? "legacy" : "2019";
  }
}
