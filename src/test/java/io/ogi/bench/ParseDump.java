package io.ogi.bench;

import io.ogi.model.ParsedReport;
import io.ogi.model.ReportValue;
import io.ogi.parse.ReportParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every file under the given folders with {@link ReportParser} and prints one canonical line
 * per document (everything in {@link ParsedReport}), so that two versions of the parser can be
 * compared byte for byte: {@code java -cp … io.ogi.bench.ParseDump DIR…}.
 */
public final class ParseDump {

  private ParseDump() {}

  public static void main(String[] args) throws IOException {
    ReportParser parser = new ReportParser();
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Paths.get(dir))) {
        files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
      }
      Collections.sort(files);
      for (Path p : files) {
        out.write(line(parser.parse(p.toString(), Files.readAllBytes(p))));
        out.write('\n');
      }
    }
    out.flush();
  }

  static String line(ParsedReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.getSourcePath()).append('\t').append(r.getDocId()).append('\t').append(r.getSizeBytes())
        .append('\t').append(r.getFormat()).append('\t').append(r.getCharset())
        .append('\t').append(r.getStatus()).append('\t').append(r.getReason())
        .append('\t').append(r.getTemplate()).append('\t').append(r.getTemplateRevision())
        .append('\t').append(r.getYear()).append('\t').append(r.getAgency())
        .append('\t').append(r.getIssuer()).append('\t').append(r.getDepartmentType())
        .append('\t').append(r.getAgencySource()).append('\t').append(r.getScope())
        .append('\t').append(r.isTablesMissing()).append('\t').append(r.getPlace())
        .append('\t').append(r.getFlags()).append('\t').append(r.getAmbiguous())
        .append('\t').append(r.getParserVersion())
        .append('\t').append(Arrays.toString(r.getTextSignature()));
    for (ReportValue v : r.getValues()) {
      sb.append('\t').append(v);
    }
    return sb.toString();
  }
}
