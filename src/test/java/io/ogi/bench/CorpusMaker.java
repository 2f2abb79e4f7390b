package io.ogi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The bench's fallback corpus when no generator is available: {@code --count N} copies of the
 * sample corpus's reports (HTML and text; the empty file and the gzipped copy left out), each made
 * unique by an invisible tail (an HTML comment, or trailing spaces and tabs after the text) so no
 * two are duplicates, in folders of 1,000 files like a crawl mirror.
 *
 * <pre>java -cp … io.ogi.bench.CorpusMaker --templates samples/corpus --out DIR --count N</pre>
 */
public final class CorpusMaker {

  private CorpusMaker() {}

  public static void main(String[] args) throws IOException {
    Path templates = Paths.get(arg(args, "--templates", "samples/corpus"));
    Path out = Paths.get(arg(args, "--out", null));
    long count = Long.parseLong(arg(args, "--count", "1000"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(templates)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.startsWith("_") && !n.endsWith(".gz") && Files.size(p) > 0
            && (n.endsWith(".html") || n.endsWith(".txt"))) {
          files.add(p);
        }
      }
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path p : files) {
      bytes.add(Files.readAllBytes(p));
    }
    for (long i = 0; i < count; i++) {
      int k = (int) (i % files.size());
      String name = files.get(k).getFileName().toString();
      boolean html = name.endsWith(".html");
      Path dir = out.resolve(String.format(Locale.ROOT, "d%05d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(dir);
      }
      byte[] tail = html ? ("\n<!-- " + i + " -->\n").getBytes(StandardCharsets.US_ASCII) : whitespace(i);
      byte[] doc = new byte[bytes.get(k).length + tail.length];
      System.arraycopy(bytes.get(k), 0, doc, 0, bytes.get(k).length);
      System.arraycopy(tail, 0, doc, bytes.get(k).length, tail.length);
      Files.write(dir.resolve(i + "_" + name), doc);
    }
    System.out.println("corpus: documents=" + count + " templates=" + files.size() + " out=" + out);
  }

  /** The number in binary as spaces and tabs after a final line break: unique, and blank. */
  private static byte[] whitespace(long i) {
    StringBuilder b = new StringBuilder("\n");
    for (int bit = 0; bit < 24; bit++) {
      b.append(((i >> bit) & 1) == 0 ? ' ' : '\t');
    }
    return b.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
  }

  static String arg(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    if (otherwise == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return otherwise;
  }
}
