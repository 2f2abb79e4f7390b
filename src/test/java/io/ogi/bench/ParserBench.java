package io.ogi.bench;

import io.ogi.model.ParsedReport;
import io.ogi.parse.DocumentDecoder;
import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The parser alone on one core (this thread), beside its floors, on the same documents of a
 * corpus: HTML pages, text files, and a random sample of the whole corpus (the mix the job sees).
 *
 * <p>Each operation starts from the file on disk (in the page cache after the warm-up), as the
 * job's tasks do:
 *
 * <ul>
 *   <li>{@code read+decode}: read the bytes, {@link DocumentDecoder#decode} (gunzip, charset,
 *       strict decoding) — the floor for text;
 *   <li>{@code jsoup}: read, decode, {@code Jsoup.parse} of the text — the floor for HTML;
 *   <li>{@code parser}: read, {@link ReportParser#parse} (everything the job's parse stage does
 *       per document, decode included).
 * </ul>
 *
 * The three run in interleaved rounds over the same sample, so a change in the machine's load
 * falls on all of them alike. Prints one line per kind: {@code bench-parser kind=… docs=… bytes=…
 * read_decode=… jsoup=… parser=…} (documents per second of wall time) and the same per second of
 * this thread's CPU time ({@code …_cpu=}), which a machine shared with other work does not skew.
 *
 * <pre>java -cp … io.ogi.bench.ParserBench --corpus DIR [--sample 1500] [--seconds 60] [--kinds html,text,mix]</pre>
 */
public final class ParserBench {

  private ParserBench() {}

  public static void main(String[] args) throws IOException {
    // its real path: a corpus folder given as a symbolic link is walked too (Files.walk does not follow it)
    Path corpus = Paths.get(CorpusMaker.arg(args, "--corpus", null)).toRealPath();
    int sample = Integer.parseInt(CorpusMaker.arg(args, "--sample", "1500"));
    double seconds = Double.parseDouble(CorpusMaker.arg(args, "--seconds", "60"));
    List<String> kinds = List.of(CorpusMaker.arg(args, "--kinds", "html,text,mix").split(","));
    List<Path> all;
    try (Stream<Path> s = Files.walk(corpus)) {
      all = new ArrayList<>(s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .toList());
    }
    Collections.sort(all);
    Collections.shuffle(all, new Random(42));
    List<Path> html = new ArrayList<>();
    List<Path> text = new ArrayList<>();
    for (Path p : all) {
      String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if ((n.endsWith(".html") || n.endsWith(".htm")) && html.size() < sample) {
        html.add(p);
      } else if (n.endsWith(".txt") && text.size() < sample) {
        text.add(p);
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no documents under " + corpus);
    }
    List<Path> mix = all.subList(0, Math.min(sample, all.size()));
    // Budget split over the three kinds; each kind's rounds interleave the three operations.
    for (Object[] kind : new Object[][] {{"html", html}, {"text", text}, {"mix", mix}}) {
      @SuppressWarnings("unchecked")
      List<Path> docs = (List<Path>) kind[1];
      if (docs.isEmpty() || !kinds.contains((String) kind[0])) {
        continue;
      }
      measure((String) kind[0], docs, seconds / kinds.size());
    }
  }

  private static void measure(String kind, List<Path> docs, double seconds) throws IOException {
    DocumentDecoder decoder = new DocumentDecoder();
    ReportParser parser = new ReportParser();
    long bytes = 0;
    for (Path p : docs) {
      bytes += Files.size(p);
    }
    long sink = 0;
    // Warm-up (JIT, page cache, the parser's gazetteer): passes of each for a third of the time,
    // at least two; the JIT compiles the parser's many methods later than Jsoup's few hot loops.
    long warm = System.nanoTime();
    for (int i = 0; i < 2 || (System.nanoTime() - warm) / 1e9 < seconds / 3; i++) {
      sink += readDecode(docs, decoder) + jsoup(docs, decoder) + parse(docs, parser);
    }
    long[] nanos = new long[3];
    long[] cpu = new long[3];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long rounds = 0;
    long start = System.nanoTime();
    while (rounds < 2 || (System.nanoTime() - start) / 1e9 < seconds) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink += readDecode(docs, decoder);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      sink += jsoup(docs, decoder);
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      sink += parse(docs, parser);
      long t3 = System.nanoTime();
      long c3 = threads.getCurrentThreadCpuTime();
      cpu[0] += c1 - c0;
      cpu[1] += c2 - c1;
      cpu[2] += c3 - c2;
      nanos[0] += t1 - t0;
      nanos[1] += t2 - t1;
      nanos[2] += t3 - t2;
      rounds++;
      System.err.printf(
          Locale.ROOT,
          "round %d %s: read_decode=%.0f jsoup=%.0f parser=%.0f docs/s%n",
          rounds,
          kind,
          docs.size() / ((t1 - t0) / 1e9),
          docs.size() / ((t2 - t1) / 1e9),
          docs.size() / ((t3 - t2) / 1e9));
    }
    double n = (double) docs.size() * rounds;
    System.out.printf(
        Locale.ROOT,
        "bench-parser kind=%s docs=%d bytes=%d rounds=%d read_decode=%.1f jsoup=%.1f parser=%.1f"
            + " read_decode_cpu=%.1f jsoup_cpu=%.1f parser_cpu=%.1f sink=%d%n",
        kind,
        docs.size(),
        bytes,
        rounds,
        n / (nanos[0] / 1e9),
        n / (nanos[1] / 1e9),
        n / (nanos[2] / 1e9),
        n / (cpu[0] / 1e9),
        n / (cpu[1] / 1e9),
        n / (cpu[2] / 1e9),
        sink % 10);
  }

  private static long readDecode(List<Path> docs, DocumentDecoder decoder) throws IOException {
    long sink = 0;
    for (Path p : docs) {
      DocumentDecoder.Decoded d = decoder.decode(p.toString(), Files.readAllBytes(p));
      sink += d.text() == null ? 0 : d.text().length();
    }
    return sink;
  }

  private static long jsoup(List<Path> docs, DocumentDecoder decoder) throws IOException {
    long sink = 0;
    for (Path p : docs) {
      DocumentDecoder.Decoded d = decoder.decode(p.toString(), Files.readAllBytes(p));
      if (d.text() != null) {
        sink += Jsoup.parse(d.text()).childNodeSize();
      }
    }
    return sink;
  }

  private static long parse(List<Path> docs, ReportParser parser) throws IOException {
    long sink = 0;
    for (Path p : docs) {
      ParsedReport r = parser.parse(p.toString(), Files.readAllBytes(p));
      sink += r.getValues().size();
    }
    return sink;
  }
}
