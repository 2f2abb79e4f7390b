package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-dictionary.md} against {@link OutputSchemas}: every column of every table is
 * described under its table's heading ({@code ## `table`}), with its type, and nothing is described
 * that the table does not have. No Spark session: the schemas are plain objects.
 */
class DataDictionaryTest {

  private static final Pattern HEADING = Pattern.compile("^## `([a-z_]+)`\\s*$");
  private static final Pattern COLUMN_ROW = Pattern.compile("^\\|\\s*`([a-z_0-9]+)`\\s*\\|\\s*([^|]+?)\\s*\\|(.*)$");

  /** table → (column → [type, rest of the row]) as written in the dictionary. */
  private static final Map<String, Map<String, String[]>> described = new LinkedHashMap<>();

  @BeforeAll
  static void readDictionary() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("docs/data-dictionary.md"), StandardCharsets.UTF_8);
    Map<String, String[]> current = null;
    for (String line : lines) {
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        current = new LinkedHashMap<>();
        assertThat(described.put(h.group(1), current)).as("table %s described twice", h.group(1)).isNull();
        continue;
      }
      if (line.startsWith("## ")) {
        current = null; // a section that is not a table
        continue;
      }
      Matcher row = COLUMN_ROW.matcher(line);
      if (current != null && row.matches()) {
        assertThat(current.put(row.group(1), new String[] {row.group(2), row.group(3)}))
            .as("column %s described twice", row.group(1))
            .isNull();
      }
    }
  }

  @Test
  void everyTableHasASection() {
    assertThat(described.keySet()).containsExactlyElementsOf(OutputSchemas.TABLES.keySet());
  }

  @Test
  void everyColumnIsDescribedInOrderAndNothingElse() {
    OutputSchemas.TABLES.forEach(
        (table, schema) ->
            assertThat(described.get(table).keySet())
                .as("columns of %s", table)
                .containsExactly(schema.fieldNames()));
  }

  @Test
  void describedTypesAreTheSchemaTypes() {
    OutputSchemas.TABLES.forEach(
        (table, schema) -> {
          for (StructField f : schema.fields()) {
            String[] d = described.get(table).get(f.name());
            assertThat(d).as("%s.%s", table, f.name()).isNotNull();
            assertThat(d[0]).as("type of %s.%s", table, f.name()).isEqualTo(f.dataType().simpleString());
          }
        });
  }

  @Test
  void everyColumnSaysWhatItMeansAndWhatNullMeans() {
    OutputSchemas.TABLES.forEach(
        (table, schema) -> {
          for (StructField f : schema.fields()) {
            String[] cells = described.get(table).get(f.name())[1].split("\\|", -1);
            // meaning | unit | how computed | null means |
            assertThat(cells.length).as("%s.%s cells", table, f.name()).isGreaterThanOrEqualTo(4);
            assertThat(cells[0].trim()).as("meaning of %s.%s", table, f.name()).isNotEmpty();
            assertThat(cells[3].trim()).as("null meaning of %s.%s", table, f.name()).isNotEmpty();
            if (!f.nullable()) {
              assertThat(cells[3]).as("%s.%s is never null", table, f.name()).contains("never null");
            }
          }
        });
  }

  @Test
  void schemasUseOnlyTypesTheDictionaryNames() {
    for (StructType s : OutputSchemas.TABLES.values()) {
      for (StructField f : s.fields()) {
        assertThat(f.dataType().simpleString())
            .isIn("string", "int", "bigint", "double", "boolean", "array<string>");
      }
    }
  }
}
