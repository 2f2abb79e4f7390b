package io.ogi.bench;

import io.ogi.parse.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse time of PDF reports against a baseline measured in the same run: the seed reports as text
 * and the HTML fixtures. Prints milliseconds per document for each set and the ratios. Run with
 * {@code bench/pdf-parse.sh [rounds]}.
 */
public final class PdfParseBench {

  private PdfParseBench() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Path> pdf = new ArrayList<>(files(Path.of("src/test/resources/real-reports"), ".pdf"));
    pdf.addAll(files(Path.of("src/test/resources/devset/pdf"), ".pdf"));
    List<Path> text = files(Path.of("src/test/resources/seeds"), ".txt");
    List<Path> html = files(Path.of("samples/corpus"), ".html").stream().filter(p -> p.toFile().length() > 0).toList();
    ReportParser parser = new ReportParser();
    // Warm-up: class loading, JIT, font caches.
    time(parser, pdf, 2);
    time(parser, text, 2);
    time(parser, html, 2);
    double t = time(parser, text, rounds);
    double h = time(parser, html, rounds);
    double p = time(parser, pdf, rounds);
    System.out.printf("bench pdf-parse: rounds=%d%n", rounds);
    System.out.printf("  text (seeds, %d docs)      %8.2f ms/doc  (baseline)%n", text.size(), t);
    System.out.printf("  html (samples, %d docs)    %8.2f ms/doc  %6.1fx text%n", html.size(), h, h / t);
    System.out.printf("  pdf  (real+devset, %d docs) %8.2f ms/doc  %6.1fx text  %6.1fx html%n", pdf.size(), p, p / t, p / h);
  }

  private static double time(ReportParser parser, List<Path> docs, int rounds) throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (Path d : docs) {
      bytes.add(Files.readAllBytes(d));
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < docs.size(); i++) {
        parser.parse(docs.get(i).toString(), bytes.get(i));
      }
    }
    return (System.nanoTime() - start) / 1e6 / rounds / docs.size();
  }

  private static List<Path> files(Path dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }
}
