package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packed input is read in splits sized for the parse tasks: Spark's default (128 MiB) put a
 * packed corpus far larger than a test's into three tasks on two cores.
 */
class PackedSplitTest {

  @TempDir Path tmp;

  @Test
  void theSplitSpreadsTheBytesOverThePartitionsWithAFloor() {
    assertThat(PackedInputs.splitBytes(281_000_000L, 200)).isEqualTo(1_405_000L);
    assertThat(PackedInputs.splitBytes(281_000_001L, 200)).isEqualTo(1_405_001L); // rounded up
    assertThat(PackedInputs.splitBytes(2_800_000L, 200)).isEqualTo(PackedInputs.MIN_SPLIT_BYTES);
    assertThat(PackedInputs.splitBytes(28_000_000L, 1)).isNull(); // one task: Spark's own split
    assertThat(PackedInputs.splitBytes(0L, 8)).isNull();
  }

  @Test
  void aPackedFileOfManyRowGroupsIsReadByManyTasksAndTheSettingIsRestored() throws Exception {
    SparkSession spark = TestSpark.session();
    // 400 rows of 4 KiB of random bytes (no compression helps), row groups asked of 64 KiB: one
    // 1.6 MB file of four row groups (Parquet first checks a group's size after 100 rows), which
    // Spark's default split reads in one task.
    StructType schema = new StructType().add("path", DataTypes.StringType).add("bytes", DataTypes.BinaryType);
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      byte[] b = new byte[4096];
      random.nextBytes(b);
      rows.add(RowFactory.create("doc-" + i, b));
    }
    String file = tmp.resolve("packed").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
        .option("parquet.block.size", 64 * 1024).parquet(file);

    assertThat(nonEmptyPartitions(PackedInputs.packedRows(spark, List.of(file)))).isEqualTo(1);
    List<String> parts;
    try (var listed = java.nio.file.Files.list(tmp.resolve("packed"))) {
      parts = listed.map(Path::toString).filter(f -> f.endsWith(".parquet")).toList();
    }
    assertThat(parts).hasSize(1);
    long split = PackedInputs.splitBytes(PackedInputs.totalBytes(
        spark.sparkContext().hadoopConfiguration(), parts), 8);
    // the run's split for this 1.6 MB file over eight tasks: one row group each (four of them)
    int spread = PackedInputs.withSplitBytes(
        spark, split, () -> nonEmptyPartitions(PackedInputs.packedRows(spark, List.of(file))));
    assertThat(spread).isEqualTo(4); // one task per row group
    assertThat(split).isBetween(200_000L, 210_000L);
    assertThat(spark.conf().contains(PackedInputs.MAX_PARTITION_BYTES)).isFalse();

    spark.conf().set(PackedInputs.MAX_PARTITION_BYTES, "64m");
    try {
      PackedInputs.withSplitBytes(spark, 200_000L, () -> 0);
      assertThat(spark.conf().get(PackedInputs.MAX_PARTITION_BYTES)).isEqualTo("64m");
    } finally {
      spark.conf().unset(PackedInputs.MAX_PARTITION_BYTES);
    }
  }

  /** Partitions of the scan that hold at least one row (a split between row groups holds none). */
  private static int nonEmptyPartitions(Dataset<Row> packed) {
    return (int) packed.select("path").javaRDD()
        .mapPartitions(it -> List.of(it.hasNext() ? 1 : 0).iterator())
        .collect().stream().mapToInt(Integer::intValue).sum();
  }
}
