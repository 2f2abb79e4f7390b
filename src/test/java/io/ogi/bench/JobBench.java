package io.ogi.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.ogi.job.InputFormat;
import io.ogi.job.JobConfig;
import io.ogi.job.ParserFactory;
import io.ogi.job.ReportJob;
import io.ogi.job.RunSummary;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.status.api.v1.ExecutorSummary;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The full job, in this JVM, on one input, measured: wall time of {@link ReportJob#run} (Spark
 * session already up), documents per second, and heap.
 *
 * <p>Spark's local mode runs the driver and the executor in one JVM, so their heaps cannot be told
 * apart by the JVM; what is measured, and printed under these names:
 *
 * <ul>
 *   <li>{@code jvm_peak_live_mb}: the largest heap in use right after any garbage collection
 *       during the run (GC notifications: the live set of driver and executor together);
 *   <li>{@code spark_peak_heap_mb}: Spark's own executor metric {@code JVMHeapMemory}, its peak over
 *       the run (polled by Spark; the same JVM, with garbage);
 *   <li>{@code driver_live_mb_listed} and {@code driver_live_mb_end}: heap in use after a full GC
 *       once the input is listed (before any task runs: what the driver holds for the input) and
 *       after the run (what it kept), the driver's share.
 * </ul>
 *
 * Also the JVM's CPU time over the run ({@code cpu_s}, all its threads: tasks, driver, GC, JIT)
 * and documents per CPU second, which a machine shared with other work does not skew.
 *
 * <p>Prints {@code bench-job docs=… wall_s=… docs_per_s=… cores=… …} and the run's last line.
 *
 * <pre>java -Xmx4g -cp … io.ogi.bench.JobBench --input DIR --output DIR [--input-format auto]
 *     [--broadcast-max-rows N]</pre>
 */
public final class JobBench {

  private JobBench() {}

  public static void main(String[] args) throws Exception {
    String input = CorpusMaker.arg(args, "--input", null);
    String output = CorpusMaker.arg(args, "--output", null);
    InputFormat format = InputFormat.parse(CorpusMaker.arg(args, "--input-format", "auto"));
    long broadcastMaxRows = Long.parseLong(CorpusMaker.arg(
        args, "--broadcast-max-rows", Long.toString(io.ogi.job.JobConfig.DEFAULT_BROADCAST_MAX_ROWS)));
    AtomicLong peakLive = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, hb) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  long used = 0;
                  for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeapPool(e.getKey())) {
                      used += e.getValue().getUsed();
                    }
                  }
                  peakLive.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
    SparkSession spark =
        SparkSession.builder()
            .master(System.getProperty("ogi.bench.master", "local[*]"))
            .appName("ogi-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.executor.heartbeatInterval", "2s")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    int cores = spark.sparkContext().defaultParallelism();
    long[] driverListed = {-1};
    ReportJob job =
        new ReportJob(
            ParserFactory.reportParser(),
            line -> {
              System.out.println("run: " + line);
              if (line.contains(" files found") && driverListed[0] < 0) {
                driverListed[0] = liveHeapAfterGc();
              }
            });
    peakLive.set(0);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    RunSummary summary = job.run(
        JobConfig.of(input, output).withInputFormat(format).withBroadcastMaxRows(broadcastMaxRows), spark);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long sparkPeak = sparkPeakHeap(spark);
    long driverEnd = liveHeapAfterGc();
    spark.stop();
    System.out.printf(
        Locale.ROOT,
        "bench-job docs=%d wall_s=%.1f docs_per_s=%.1f cpu_s=%.1f docs_per_cpu_s=%.1f cores=%d"
            + " jvm_peak_live_mb=%d spark_peak_heap_mb=%d"
            + " driver_live_mb_listed=%d driver_live_mb_end=%d max_heap_mb=%d reconciled=%s%n",
        summary.inputs(),
        wall,
        summary.inputs() / wall,
        cpu,
        summary.inputs() / cpu,
        cores,
        peakLive.get() >> 20,
        sparkPeak >> 20,
        driverListed[0] >> 20,
        driverEnd >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        summary.reconciled());
    System.out.println(summary.line());
    System.exit(summary.reconciled() ? 0 : 1);
  }

  private static boolean isHeapPool(String pool) {
    String p = pool.toLowerCase(Locale.ROOT);
    return p.contains("eden") || p.contains("survivor") || p.contains("old") || p.contains("tenured");
  }

  private static long liveHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Peak JVMHeapMemory over the executors Spark knows (in local mode: the driver, this JVM). */
  private static long sparkPeakHeap(SparkSession spark) {
    long peak = -1;
    try {
      Thread.sleep(2500); // one more heartbeat
      for (ExecutorSummary e :
          CollectionConverters.asJava(spark.sparkContext().statusStore().executorList(false))) {
        if (e.peakMemoryMetrics().isDefined()) {
          ExecutorMetrics m = e.peakMemoryMetrics().get();
          peak = Math.max(peak, m.getMetricValue("JVMHeapMemory"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return peak;
  }
}
