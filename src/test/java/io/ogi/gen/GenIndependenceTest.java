package io.ogi.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator shares no code with the parser, so a bug cannot hide itself on both sides: no
 * source file of {@code io.ogi.gen} names another {@code io.ogi} package (imports, static imports or
 * fully qualified names), and the compiled classes reference none either.
 */
class GenIndependenceTest {

  private static final Path SOURCES = Path.of("src/main/java/io/ogi/gen");
  private static final Pattern OTHER = Pattern.compile("io\\.ogi\\.(?!gen\\b)([a-z]+)");

  @Test
  void generatorSourcesNameNoOtherProjectPackage() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).as("generator sources").hasSizeGreaterThanOrEqualTo(10);
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = OTHER.matcher(lines.get(i));
        while (m.find()) {
          found.add(f.getFileName() + ":" + (i + 1) + " " + m.group());
        }
      }
    }
    assertThat(found).as("references to parser, place, job, eval, model or cli code").isEmpty();
  }

  @Test
  void compiledGeneratorClassesReferenceNoOtherProjectPackage() throws Exception {
    Path classes = Path.of(CorpusGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/ogi/gen");
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.list(classes)) {
      for (Path c : s.filter(p -> p.toString().endsWith(".class")).toList()) {
        // Class-file constant pools hold referenced class names as io/ogi/<package>/...
        String text = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("io/ogi/(?!gen/)([a-z]+)/").matcher(text);
        while (m.find()) {
          found.add(c.getFileName() + " " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
