package io.ogi.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * Where a run's CPU went, by stage of the run ({@link RunManifest#endStage}): the CPU time of
 * Spark's task threads (each task's {@code executorCpuTime}) and of the parser's own threads (the
 * parse runs on a worker thread per task, for its time limit: see {@link DocumentReader}), which
 * Spark does not see. Written to the manifest as {@code cpu_ms}.
 *
 * <p>A task counts for the stage during which it ended: stages run one after the other, and a
 * task's end time is taken on the driver, as the stages' ends are. Tasks that failed or were
 * retried count too (their CPU was spent). The parser threads' CPU is read once per task (when its
 * documents are done, or when a parse past its time limit is abandoned; what an abandoned parse
 * spends after that is not seen), through an accumulator.
 */
final class StageCpu extends SparkListener {

  /** One ended task: when (driver clock, ms) and its task thread's CPU (ns). */
  record Task(long endMillis, long cpuNanos) {}

  private final List<Task> tasks = new ArrayList<>();
  private final LongAccumulator parserNanos;

  private StageCpu(LongAccumulator parserNanos) {
    this.parserNanos = parserNanos;
  }

  /** A listener registered with {@code sc}, with its accumulator for the parser threads. */
  static StageCpu register(SparkContext sc) {
    StageCpu cpu = new StageCpu(sc.longAccumulator("ogi parser thread CPU (ns)"));
    sc.addSparkListener(cpu);
    return cpu;
  }

  /** Where the parse tasks add their parser threads' CPU time (ns). */
  LongAccumulator parserNanos() {
    return parserNanos;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    long cpu = m == null ? 0 : Math.max(0, m.executorCpuTime());
    long at = end.taskInfo().finishTime();
    synchronized (tasks) {
      tasks.add(new Task(at, cpu));
    }
  }

  /**
   * The task threads' CPU by stage, once every task event has been delivered: waits for Spark's
   * listener bus to empty (events reach listeners on a thread of their own), then unregisters.
   */
  Map<String, Long> taskMillisByStage(SparkContext sc, Map<String, Long> stageEnds) {
    try {
      sc.listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      // a bus still busy after Spark's own wait: what arrived so far is counted
    }
    sc.removeSparkListener(this);
    synchronized (tasks) {
      return byStage(tasks, stageEnds);
    }
  }

  /** The parser threads' CPU so far, in ms. */
  long parserMillis() {
    return parserNanos.value() / 1_000_000;
  }

  /**
   * Sums each task's CPU into the first stage (in the order given) whose end is at or after the
   * task's; tasks ending after the last stage count under {@code "after"} (none in a run, whose
   * commit starts no task). Every stage appears, with 0 when no task ran in it, and {@code total}
   * last.
   *
   * @param stageEnds stage → its end, ms on the driver's clock, in the order the stages ran
   * @return stage → CPU in ms
   */
  static Map<String, Long> byStage(List<Task> tasks, Map<String, Long> stageEnds) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    stageEnds.keySet().forEach(s -> nanos.put(s, 0L));
    long total = 0;
    for (Task t : tasks) {
      String stage = "after";
      for (Map.Entry<String, Long> e : stageEnds.entrySet()) {
        if (t.endMillis() <= e.getValue()) {
          stage = e.getKey();
          break;
        }
      }
      nanos.merge(stage, t.cpuNanos(), Long::sum);
      total += t.cpuNanos();
    }
    Map<String, Long> millis = new LinkedHashMap<>();
    nanos.forEach((s, n) -> millis.put(s, n / 1_000_000));
    millis.put("total", total / 1_000_000);
    return millis;
  }
}
