package io.ogi.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold file: JSON Lines, UTF-8, one {@link GoldRecord} per non-blank line.
 *
 * <p>Reading is strict about what the evaluation depends on ({@code file}, numeric {@code values})
 * and tolerant of everything else, so that a malformed line fails loudly with its line number
 * instead of silently scoring as "missing".
 */
public final class GoldFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path path;
  private final List<GoldRecord> records;

  private GoldFile(Path path, List<GoldRecord> records) {
    this.path = path;
    this.records = List.copyOf(records);
  }

  /**
   * Reads a gold file.
   *
   * @param path the {@code .jsonl} file
   * @return its records in file order
   * @throws GoldFileException when the file is not valid UTF-8 or a line is malformed (the message
   *     names the line)
   * @throws IOException when the file cannot be read at all
   */
  public static GoldFile read(Path path) throws IOException {
    List<GoldRecord> records = new ArrayList<>();
    // A strict decoder: a gold file in GBK would otherwise be read as replacement characters and
    // every place name would score as "wrong" without any hint why.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNumber = 0;
    try (Reader in = new InputStreamReader(Files.newInputStream(path), utf8);
        BufferedReader lines = new BufferedReader(in)) {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // editors on Windows add a BOM
        }
        if (line.isBlank()) {
          continue;
        }
        records.add(parseLine(path, lineNumber, line));
      }
    } catch (CharacterCodingException e) {
      throw new GoldFileException(
          path + " line " + (lineNumber + 1) + ": not valid UTF-8", lineNumber + 1, e);
    }
    return new GoldFile(path, records);
  }

  /** The gold file itself. */
  public Path path() {
    return path;
  }

  /** The folder documents are resolved against. */
  public Path folder() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Resolves a record's {@code file} against {@link #folder()}. */
  public Path resolve(GoldRecord record) {
    return folder().resolve(record.file()).normalize();
  }

  /** The records, in file order. */
  public List<GoldRecord> records() {
    return records;
  }

  private static GoldRecord parseLine(Path path, int lineNumber, String line)
      throws GoldFileException {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw error(path, lineNumber, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw error(path, lineNumber, "expected a JSON object", null);
    }
    JsonNode file = node.get("file");
    if (file == null || !file.isTextual() || file.asText().isBlank()) {
      throw error(path, lineNumber, "missing or empty \"file\"", null);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : GoldRecord.FIELDS) {
      if (node.has(name)) {
        fields.put(name, scalarText(path, lineNumber, name, node.get(name)));
      }
    }
    return new GoldRecord(
        lineNumber,
        file.asText(),
        fields,
        optionalText(path, lineNumber, "agency", node.get("agency")),
        optionalBoolean(path, lineNumber, node.get("tables_missing")),
        ambiguous(path, lineNumber, node.get("ambiguous")),
        values(path, lineNumber, node.get("values")),
        optionalText(path, lineNumber, "notes", node.get("notes")));
  }

  /**
   * A scored field as text: a string as is, a whole number without decimals (year 2019, or a
   * template written as the number 2019), {@code null} for JSON null.
   */
  private static String scalarText(Path path, int lineNumber, String name, JsonNode v)
      throws GoldFileException {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
      return Long.toString(v.asLong());
    }
    throw error(path, lineNumber, "\"" + name + "\" must be a string, an integer or null", null);
  }

  private static String optionalText(Path path, int lineNumber, String name, JsonNode v)
      throws GoldFileException {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw error(path, lineNumber, "\"" + name + "\" must be a string", null);
    }
    return v.asText();
  }

  private static Boolean optionalBoolean(Path path, int lineNumber, JsonNode v)
      throws GoldFileException {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw error(path, lineNumber, "\"tables_missing\" must be true, false or null", null);
    }
    return v.asBoolean();
  }

  private static List<String> ambiguous(Path path, int lineNumber, JsonNode v)
      throws GoldFileException {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) { // tolerate "t4" for ["t4"]
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw error(path, lineNumber, "\"ambiguous\" must be a list of key prefixes", null);
    }
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isBlank()) {
        throw error(path, lineNumber, "\"ambiguous\" entries must be non-empty strings", null);
      }
      out.add(e.asText());
    }
    return out;
  }

  private static Map<String, Double> values(Path path, int lineNumber, JsonNode v)
      throws GoldFileException {
    Map<String, Double> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw error(path, lineNumber, "\"values\" must be an object of key -> number", null);
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (e.getValue().getNodeType() != JsonNodeType.NUMBER) {
        // Strict on purpose: a quoted "12" or a null here is a labelling slip, and skipping it
        // would quietly shrink the gold.
        throw error(
            path,
            lineNumber,
            "value of \"" + e.getKey() + "\" must be a number, got " + e.getValue(),
            null);
      }
      out.put(e.getKey(), e.getValue().doubleValue());
    }
    return out;
  }

  private static GoldFileException error(
      Path path, int lineNumber, String what, Throwable cause) {
    return new GoldFileException(path + " line " + lineNumber + ": " + what, lineNumber, cause);
  }
}
