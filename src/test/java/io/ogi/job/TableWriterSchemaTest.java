package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows read back from the run's work files have every column nullable; a table is written with its
 * declared schema all the same (required columns required in the Parquet files), and a null where
 * the table declares none stops the write with the column named.
 */
class TableWriterSchemaTest {

  @TempDir Path tmp;

  /** {@link OutputSchemas#REVIEW_LITIGATION_ROW} with every column nullable, as Parquet reads it back. */
  private static StructType allNullable() {
    StructType declared = OutputSchemas.TABLES.get(OutputSchemas.REVIEW_LITIGATION);
    StructType s = new StructType();
    for (StructField f : declared.fields()) {
      s = s.add(f.name(), f.dataType(), true);
    }
    return s;
  }

  private TableWriter writer(SparkSession spark) {
    return new TableWriter(spark.sparkContext().hadoopConfiguration(), tmp.resolve("out").toString(), "run-1", false, step -> {});
  }

  @Test
  void requiredColumnsAreRequiredInTheFilesAndTheValuesAreKept() throws Exception {
    SparkSession spark = TestSpark.session();
    Dataset<Row> rows = spark.createDataFrame(
        List.of(
            RowFactory.create("abc123", 2019, "黑龙江省", "agency", "review", "corrected", 2L, "cell", 1.0),
            RowFactory.create("abc123", 2019, null, null, "review", "pending", null, "blank", 0.8)),
        allNullable());

    writer(spark).stage(OutputSchemas.REVIEW_LITIGATION, rows);

    Path table = tmp.resolve("out/_staging/run-1/review_litigation/year=2019");
    Path file;
    try (Stream<Path> files = Files.list(table)) {
      file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    }
    assertThat(schema.getType("doc_id").getRepetition()).isEqualTo(Type.Repetition.REQUIRED);
    assertThat(schema.getType("block").getRepetition()).isEqualTo(Type.Repetition.REQUIRED);
    assertThat(schema.getType("province").getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
    assertThat(schema.getType("value").getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
    List<String> back = spark.read().parquet(table.toString()).orderBy("outcome").collectAsList().stream()
        .map(r -> r.mkString("|")).toList();
    assertThat(back).containsExactly(
        "abc123|黑龙江省|agency|review|corrected|2|cell|1.0",
        "abc123|null|null|review|pending|null|blank|0.8");
  }

  @Test
  void aNullInARequiredColumnStopsTheWriteNamingIt() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> rows = spark.createDataFrame(
        List.of(RowFactory.create("abc123", 2019, "黑龙江省", "agency", null, "corrected", 2L, "cell", 1.0)),
        allNullable());

    assertThatThrownBy(() -> writer(spark).stage(OutputSchemas.REVIEW_LITIGATION, rows))
        .hasStackTraceContaining("review_litigation.block is null, but the table declares it never is");
  }
}
