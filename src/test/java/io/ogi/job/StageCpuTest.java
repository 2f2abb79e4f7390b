package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each task's CPU counts for the stage during which it ended. */
class StageCpuTest {

  @Test
  void tasksCountForTheFirstStageEndingAtOrAfterThemAndLateOnesApart() {
    Map<String, Long> ends = new LinkedHashMap<>();
    ends.put("list", 1_000L);
    ends.put("parse", 2_000L);
    ends.put("fingerprint", 2_500L);
    ends.put("duplicates", 3_000L);
    List<StageCpu.Task> tasks = List.of(
        new StageCpu.Task(500, 1_000_000L), // list
        new StageCpu.Task(1_500, 2_000_000_000L), // parse
        new StageCpu.Task(2_000, 3_000_000_000L), // parse: ended as the stage did
        new StageCpu.Task(2_900, 4_000_000_000L), // duplicates
        new StageCpu.Task(3_500, 5_000_000_000L)); // after the last stage

    Map<String, Long> byStage = StageCpu.byStage(tasks, ends);

    assertThat(byStage).containsExactly(
        Map.entry("list", 1L),
        Map.entry("parse", 5_000L),
        Map.entry("fingerprint", 0L),
        Map.entry("duplicates", 4_000L),
        Map.entry("after", 5_000L),
        Map.entry("total", 14_001L));
  }
}
