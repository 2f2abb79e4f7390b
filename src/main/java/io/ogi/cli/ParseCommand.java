package io.ogi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ogi.model.ParsedReport;
import io.ogi.model.Place;
import io.ogi.model.ReportValue;
import io.ogi.parse.ReportParser;
import io.ogi.place.EvidenceKinds;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ogi parse FILE}: one document to JSON on stdout, without Spark. */
@Command(
    name = "parse",
    header = "One document to JSON on stdout, without Spark.",
    mixinStandardHelpOptions = true,
    description = {
      "Parses one report and prints what was read as JSON: status, year, agency (and where it was",
      "read), issuer kind, department type, place with its confidence and evidence kinds, template,",
      "scope, every value with its provenance (table, row, column or sentence, source, confidence),",
      "the flags raised by the checks and the keys left ambiguous. No Spark involved."
    })
public final class ParseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A report: .html/.htm/.txt/.md, optionally .gz.")
  private Path file;

  @Override
  public Integer call() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ParsedReport report = new ReportParser().parse(file.toString(), bytes);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(toJson(report));
    return 0;
  }

  /** The JSON form of a parsed report, shared with tests. */
  public static String toJson(ParsedReport r) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("doc_id", r.getDocId());
    root.put("source_path", r.getSourcePath());
    root.put("size_bytes", r.getSizeBytes());
    root.put("status", r.getStatus());
    root.put("reason", r.getReason());
    root.put("format", r.getFormat());
    root.put("charset", r.getCharset());
    root.put("template", r.getTemplate());
    root.put("template_revision", r.getTemplateRevision());
    if (r.getYear() == null) {
      root.putNull("year");
    } else {
      root.put("year", r.getYear());
    }
    root.put("agency", r.getAgency());
    root.put("issuer", r.getIssuer());
    root.put("department_type", r.getDepartmentType());
    root.put("agency_source", r.getAgencySource());
    root.put("scope", r.getScope());
    root.put("tables_missing", r.isTablesMissing());
    Place p = r.getPlace();
    ObjectNode place = root.putObject("place");
    place.put("division_code", p.divisionCode());
    place.put("province", p.province());
    place.put("prefecture", p.prefecture());
    place.put("county", p.county());
    place.put("level", p.level());
    place.put("confidence", p.confidence());
    ArrayNode evidence = place.putArray("evidence");
    p.evidence().forEach(evidence::add);
    ArrayNode kinds = place.putArray("evidence_kinds");
    EvidenceKinds.of(p, r.getAgencySource()).forEach(kinds::add);
    ArrayNode flags = root.putArray("flags");
    r.getFlags().forEach(flags::add);
    ArrayNode ambiguous = root.putArray("ambiguous");
    r.getAmbiguous().forEach(ambiguous::add);
    ArrayNode values = root.putArray("values");
    for (ReportValue v : r.getValues()) {
      ObjectNode n = values.addObject();
      n.put("key", v.key());
      if (v.value() == Math.rint(v.value()) && Math.abs(v.value()) < 1e15) {
        n.put("value", (long) v.value());
      } else {
        n.put("value", v.value());
      }
      n.put("source", v.source());
      n.put("table", v.table());
      n.put("row", v.row());
      n.put("column", v.column());
      n.put("confidence", v.confidence());
    }
    root.put("parser_version", r.getParserVersion());
    return mapper.writeValueAsString(root);
  }
}
