package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ParsedReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local files are read without Hadoop's file system: the same bytes, found by the same path as
 * Hadoop reads it, for names with blanks, '%', '#' and Chinese characters.
 */
class DocumentReaderLocalFileTest {

  @TempDir Path dir;

  @Test
  void localPathsAreReadDirectlyWithTheirBytesWhateverTheirName() throws Exception {
    String[] names = {"plain.txt", "with space.txt", "百分%20号.txt", "a#b.txt", "温州市 2019.html"};
    for (String name : names) {
      Path file = dir.resolve(name);
      String body = "鹿城区人民政府 " + name;
      Files.write(file, body.getBytes(StandardCharsets.UTF_8));
      // the listing writes Hadoop paths: file:/…, unescaped
      String listed = new org.apache.hadoop.fs.Path(file.toUri()).toString();
      assertThat(DocumentReader.localFile(listed)).as(listed).isEqualTo(file);

      DocumentReader reader =
          new DocumentReader(
              new HadoopConf(new org.apache.hadoop.conf.Configuration()),
              () -> (path, bytes) -> {
                ParsedReport r = new ParsedReport();
                r.setStatus(ParsedReport.STATUS_PARSED);
                r.setAgency(new String(bytes, StandardCharsets.UTF_8));
                return r;
              },
              1_000_000);
      Row row = reader.read(listed, reader.newParser());
      assertThat(row.<String>getAs("status")).as(listed).isEqualTo(ParsedReport.STATUS_PARSED);
      assertThat(row.<String>getAs("agency")).as(listed).isEqualTo(body);
      assertThat(row.<Long>getAs("size_bytes")).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(DocumentReader.localFile("hdfs://nn:8020/x.txt")).isNull();
    assertThat(DocumentReader.localFile("s3a://bucket/x.txt")).isNull();
  }

  @Test
  void aMissingLocalFileIsRejectedAsUnreadable() {
    DocumentReader reader =
        new DocumentReader(
            new HadoopConf(new org.apache.hadoop.conf.Configuration()),
            () -> (path, bytes) -> new ParsedReport(),
            1_000_000);
    String listed = new org.apache.hadoop.fs.Path(dir.resolve("gone.txt").toUri()).toString();
    Row row = reader.read(listed, reader.newParser());
    assertThat(row.<String>getAs("status")).isEqualTo(ParsedReport.STATUS_REJECTED);
    assertThat(row.<String>getAs("reason")).startsWith("unreadable: ").contains("gone.txt");
  }
}
