package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pack} cuts its Parquet into row groups of at most {@link Packer#ROW_GROUP_DOCUMENTS}
 * (5,000) documents, however well they compress, and {@code run} reads each row group in a task
 * of its own when it asks for as many tasks.
 */
class PackRowGroupsTest {

  @TempDir Path tmp;

  @Test
  void rowGroupsHoldAtMostOneParseTasksDocumentsAndSpreadOverTasks() throws Exception {
    SparkSession spark = TestSpark.session();
    // 12,000 small files (a random number in each, so that they do not compress to nothing):
    // all of them fit in far less than the 32 MiB bound
    Path in = tmp.resolve("in");
    java.util.Random random = new java.util.Random(11);
    for (int d = 0; d < 12; d++) {
      Path dir = Files.createDirectories(in.resolve(String.format("%02d", d)));
      for (int i = 0; i < 1000; i++) {
        Files.write(dir.resolve(i + ".txt"), ("2020年政府信息公开工作年度报告 第" + d + "-" + i + "号 "
            + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())).getBytes(StandardCharsets.UTF_8));
      }
    }
    String out = tmp.resolve("one.parquet").toString();
    Packer.Result r = Packer.pack(spark, in.toString(), out, "parquet", null, JobConfig.DEFAULT_MAX_DOC_BYTES);
    assertThat(r.documents()).isEqualTo(12_000);

    List<BlockMetaData> groups;
    try (ParquetFileReader reader = ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(out), new Configuration()))) {
      groups = reader.getFooter().getBlocks();
    }
    assertThat(groups).extracting(BlockMetaData::getRowCount).containsExactly(5_000L, 5_000L, 2_000L);
    assertThat(Files.size(Path.of(out))).isGreaterThan(3 * PackedInputs.MIN_SPLIT_BYTES);

    // The run's split for 12,000 documents (four tasks at least, on two cores) reads each group in a task.
    long split = PackedInputs.splitBytes(
        PackedInputs.totalBytes(spark.sparkContext().hadoopConfiguration(), List.of(out)), 4);
    long tasks = PackedInputs.withSplitBytes(spark, split, () -> PackedInputs.packedRows(spark, List.of(out))
        .select("path").javaRDD().mapPartitions(it -> List.of(it.hasNext() ? 1 : 0).iterator())
        .collect().stream().mapToInt(Integer::intValue).sum());
    assertThat(tasks).isEqualTo(3);
  }
}
