package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  private static final JobConfig.Options NONE = new JobConfig.Options(null, null, null, null, null);

  @Test
  void optionWinsOverSparkConfWhichWinsOverDefault() {
    Map<String, String> conf =
        Map.of(
            JobConfig.CONF_INPUT, "hdfs:///conf-in",
            JobConfig.CONF_OUTPUT, "hdfs:///conf-out",
            JobConfig.CONF_YEARS, "latest",
            JobConfig.CONF_MAX_DOC_BYTES, "1000",
            JobConfig.CONF_PARTITIONS, "7");

    JobConfig fromConf = JobConfig.resolve(NONE, conf);
    assertThat(fromConf.input()).isEqualTo("hdfs:///conf-in");
    assertThat(fromConf.latestYear()).isTrue();
    assertThat(fromConf.maxDocBytes()).isEqualTo(1000);
    assertThat(fromConf.partitions()).isEqualTo(7);

    JobConfig fromCli =
        JobConfig.resolve(new JobConfig.Options("in", "out", "2020,2019", 5L, 3), conf);
    assertThat(fromCli.input()).isEqualTo("in");
    assertThat(fromCli.output()).isEqualTo("out");
    assertThat(fromCli.years()).as("sorted").containsExactly(2019, 2020);
    assertThat(fromCli.latestYear()).isFalse();
    assertThat(fromCli.maxDocBytes()).isEqualTo(5);
    assertThat(fromCli.partitions()).isEqualTo(3);

    JobConfig defaults = JobConfig.resolve(new JobConfig.Options("in", "out", null, null, null), Map.of());
    assertThat(defaults.hasYearsFilter()).isFalse();
    assertThat(defaults.maxDocBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(defaults.partitions()).isNull();
  }

  @Test
  void missingPathsAndMalformedValuesAreRefusedWithTheOptionNamed() {
    assertThatThrownBy(() -> JobConfig.resolve(NONE, Map.of())).hasMessageContaining("--input");
    assertThatThrownBy(() -> JobConfig.of("in", "out").withYears("2019,soon")).hasMessageContaining("latest");
    assertThatThrownBy(() -> JobConfig.of("in", "out").withYears("19")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> JobConfig.of("in", "out").withMaxDocBytes(0)).hasMessageContaining("max document size");
    assertThatThrownBy(() -> JobConfig.resolve(NONE, Map.of(JobConfig.CONF_INPUT, "i", JobConfig.CONF_OUTPUT, "o", JobConfig.CONF_PARTITIONS, "x")))
        .hasMessageContaining(JobConfig.CONF_PARTITIONS);
  }

  @Test
  void theBroadcastLimitComesFromTheSparkConfAndIsKeptByEveryChange() {
    Map<String, String> paths = Map.of(JobConfig.CONF_INPUT, "i", JobConfig.CONF_OUTPUT, "o");
    assertThat(JobConfig.resolve(NONE, paths).broadcastMaxRows()).isEqualTo(200_000);
    JobConfig set = JobConfig.resolve(NONE, Map.of(
        JobConfig.CONF_INPUT, "i", JobConfig.CONF_OUTPUT, "o", JobConfig.CONF_BROADCAST_MAX_ROWS, " 0 "));
    assertThat(set.broadcastMaxRows()).isZero();
    JobConfig changed = set.withYears("2020").withMaxDocBytes(9).withPartitions(2).withMaxParseSeconds(5)
        .withInputFormat(InputFormat.AUTO);
    assertThat(changed.broadcastMaxRows()).isZero();
    assertThat(changed.withBroadcastMaxRows(7).withYears(null).broadcastMaxRows()).isEqualTo(7);
    assertThat(changed.toString()).contains("broadcastMaxRows=0");
    assertThatThrownBy(() -> JobConfig.of("i", "o").withBroadcastMaxRows(-1))
        .hasMessageContaining(JobConfig.CONF_BROADCAST_MAX_ROWS);
    assertThatThrownBy(() -> JobConfig.resolve(NONE, Map.of(
            JobConfig.CONF_INPUT, "i", JobConfig.CONF_OUTPUT, "o", JobConfig.CONF_BROADCAST_MAX_ROWS, "many")))
        .hasMessageContaining(JobConfig.CONF_BROADCAST_MAX_ROWS);
  }

  @Test
  void yearZeroSelectsUnknownYear() {
    assertThat(JobConfig.of("in", "out").withYears("0").years()).containsExactly(0);
  }
}
