package io.ogi.bench;

import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The parser on one core over every document of a corpus once, in a shuffled order, as a job's
 * parse task sees them: each file read from disk once (not a sample cached and repeated), the JIT
 * warming up on the way. Beside {@link ParserBench}'s repeated sample it says how much of the
 * job's distance to the sample's rate is the parser meeting a million different documents once.
 *
 * <p>Prints {@code bench-single-pass docs=… cpu_s=… docs_per_cpu_s=… wall_s=… docs_per_s=…
 * steady_docs_per_cpu_s=…} (this thread's CPU time, reading included; steady: after the first
 * fifth of the documents).
 *
 * <pre>java -cp … io.ogi.bench.SinglePassBench --corpus DIR [--limit N]</pre>
 */
public final class SinglePassBench {

  private SinglePassBench() {}

  static boolean hidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith("_") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) throws IOException {
    // its real path: a corpus folder given as a symbolic link is walked too (Files.walk does not follow it)
    Path corpus = Paths.get(CorpusMaker.arg(args, "--corpus", null)).toRealPath();
    int limit = Integer.parseInt(CorpusMaker.arg(args, "--limit", Integer.toString(Integer.MAX_VALUE)));
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      // hidden as the job's listing hides them: the generator's own _truth, _complete, _gold.jsonl
      files = new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> !hidden(corpus.relativize(p))).toList());
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no documents under " + corpus);
    }
    Collections.sort(files);
    Collections.shuffle(files, new Random(5));
    files = files.subList(0, Math.min(limit, files.size()));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ReportParser parser = new ReportParser();
    int warm = files.size() / 5;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long cpuWarm = cpu0;
    long values = 0;
    for (int i = 0; i < files.size(); i++) {
      if (i == warm) {
        cpuWarm = threads.getCurrentThreadCpuTime();
      }
      Path f = files.get(i);
      values += parser.parse(f.toString(), Files.readAllBytes(f)).getValues().size();
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double steady = (threads.getCurrentThreadCpuTime() - cpuWarm) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    int n = files.size();
    System.out.println(String.format(Locale.ROOT,
        "bench-single-pass docs=%d values=%d cpu_s=%.1f docs_per_cpu_s=%.0f wall_s=%.1f docs_per_s=%.0f steady_docs_per_cpu_s=%.0f",
        n, values, cpu, n / cpu, wall, n / wall, (n - warm) / steady));
  }
}
