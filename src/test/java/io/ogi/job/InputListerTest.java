package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed listing: the same files as {@link InputLister#list}, counted, and the format told. */
class InputListerTest {

  @TempDir Path tmp;

  @Test
  void streamsEveryInputFileIntoTheListingAndTellsTheFormat() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("a/b"));
    Files.writeString(in.resolve("a/one.txt"), "1");
    Files.writeString(in.resolve("a/b/two.html"), "2");
    Files.writeString(in.resolve("a/b/two.html.gz"), "3");
    Files.writeString(in.resolve("_gold.jsonl"), "skipped");
    Files.writeString(in.resolve(".hidden"), "skipped");
    Path out = in.resolve("out"); // an output inside the input is never listed
    Files.createDirectories(out.resolve("documents"));
    Files.writeString(out.resolve("documents/part-0.parquet"), "x");
    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path listing = new org.apache.hadoop.fs.Path(tmp.resolve("listing.txt").toString());

    InputLister.Listing l = InputLister.listTo(conf, in.toString(), out.toString(), listing);

    List<String> expected = InputLister.list(conf, in.toString(), out.toString());
    assertThat(l.count()).isEqualTo(3);
    assertThat(l.paths(conf)).isEqualTo(expected);
    assertThat(expected).allMatch(p -> p.startsWith("file:/")).noneMatch(p -> p.contains("_gold") || p.contains("/out/"));
    assertThat(InputFormat.AUTO.resolve(l.allWarc(), l.allParquet())).isEqualTo(InputFormat.FILES);

    Path warcs = tmp.resolve("warcs");
    Files.createDirectories(warcs);
    Files.writeString(warcs.resolve("a.warc.gz"), "");
    Files.writeString(warcs.resolve("b.warc"), "");
    InputLister.Listing w = InputLister.listTo(conf, warcs.toString(), tmp.resolve("o").toString(), listing);
    assertThat(w.count()).isEqualTo(2);
    assertThat(InputFormat.AUTO.resolve(w.allWarc(), w.allParquet())).isEqualTo(InputFormat.WARC);
    assertThat(InputFormat.PARQUET.resolve(w.allWarc(), w.allParquet())).isEqualTo(InputFormat.PARQUET);
  }

  @Test
  void inputFormatNamesAreCheckedAndResolvedFromTheConf() {
    assertThat(InputFormat.parse("WARC")).isEqualTo(InputFormat.WARC);
    assertThat(InputFormat.parse(null)).isEqualTo(InputFormat.AUTO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFormat.parse("zip"))
        .hasMessageContaining("auto, files, warc or parquet");
    JobConfig c =
        JobConfig.resolve(
            new JobConfig.Options("in", "out", null, null, null, null, null),
            java.util.Map.of(JobConfig.CONF_INPUT_FORMAT, "parquet"));
    assertThat(c.inputFormat()).isEqualTo(InputFormat.PARQUET);
    assertThat(c.withPartitions(3).withYears("2020").inputFormat()).isEqualTo(InputFormat.PARQUET);
  }
}
