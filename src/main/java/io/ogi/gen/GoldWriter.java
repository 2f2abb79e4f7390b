package io.ogi.gen;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes one gold line (docs/gold-format.md) for a generated document. */
final class GoldWriter {

  private GoldWriter() {}

  private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(32_768));

  static void write(Writer w, Doc d) throws IOException {
    Organ o = d.organ;
    StringBuilder sb = SCRATCH.get();
    sb.setLength(0);
    sb.append('{');
    field(sb, "file", d.path).append(',');
    sb.append("\"year\":").append(d.year).append(',');
    field(sb, "agency", o.name()).append(',');
    field(sb, "province", o.province()).append(',');
    field(sb, "prefecture", o.prefecture()).append(',');
    field(sb, "county", o.county()).append(',');
    field(sb, "level", o.level()).append(',');
    field(sb, "issuer", o.issuer()).append(',');
    field(sb, "scope", d.scope).append(',');
    field(sb, "template", d.template()).append(',');
    if (d.tablesMissing()) {
      sb.append("\"tables_missing\":true,");
    }
    sb.append("\"values\":{");
    boolean first = true;
    for (Map.Entry<String, Object> e : d.values.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
    }
    sb.append("},");
    String notes = "generated: layout " + d.layout.name().toLowerCase(java.util.Locale.ROOT)
        + (d.legacy ? (d.legacyTable ? ", legacy statistics table" : ", legacy prose only") : ", revision " + d.revision)
        + (d.sectionTotals ? ", section totals" : "") + (d.blankValues.isEmpty() ? "" : ", all-zero rows blank") + (d.spam ? ", spam injected" : "") + (d.gzip ? ", gzip" : "")
        + (d.summed ? ", part of an aggregate" : "")
        + (d.contradiction != 0 ? ", contradicts itself: printed total off by " + d.contradiction : "");
    field(sb, "notes", notes);
    sb.append("}\n");
    w.append(sb);
  }

  private static StringBuilder field(StringBuilder sb, String name, String value) {
    sb.append('"').append(name).append("\":");
    if (value == null) {
      return sb.append("null");
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }
}
