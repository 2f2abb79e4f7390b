package io.ogi.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.ogi.model.ReportValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sections of {@link ReportRows#jobSections} are in the value tables' order — ascending first
 * key part, then second, a missing part first, parser order among equals — whichever way the job
 * sorts them (one comparison of order strings, or the parts themselves when a part has a
 * character that string cannot carry).
 */
class ReportRowsOrderTest {

  @Property(tries = 300)
  void sectionsAreInTheTablesOrder(@ForAll("values") List<ReportValue> values) {
    List<List<ReportValue>> sections = ReportRows.jobSections(values);
    for (int t = 0; t < OutputSchemas.VALUE_TABLES.size(); t++) {
      String table = OutputSchemas.VALUE_TABLES.get(t);
      List<ReportValue> expected = new ArrayList<>();
      for (ReportValue v : values) {
        ReportRows.RoutedKey k = ReportRows.route(v.key());
        if (k != null && k.table().equals(table)) {
          expected.add(v);
        }
      }
      Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
      expected.sort(Comparator.comparing((ReportValue v) -> ReportRows.route(v.key()).first(), nullsFirst)
          .thenComparing(v -> ReportRows.route(v.key()).second(), nullsFirst)); // stable
      assertThat(sections.get(t)).as(table).containsExactlyElementsOf(expected);
    }
  }

  @Provide
  Arbitrary<List<ReportValue>> values() {
    // parts from few characters, so that equal parts, prefixes and '.' inside t3 rows are common;
    // now and then U+0001, which the order strings cannot carry
    Arbitrary<String> part = Arbitraries.strings().withChars("ab._\u0001").ofMinLength(1).ofMaxLength(4)
        .filter(p -> !p.startsWith(".") && !p.endsWith(".") && !p.contains(".."));
    Arbitrary<String> plain = part.filter(p -> !p.contains("."));
    Arbitrary<String> key = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab_").ofMinLength(1).ofMaxLength(3).map(s -> "t3." + s)
            .flatMap(k -> part.map(r -> k + r)).flatMap(k -> plain.map(c -> k + "." + c)),
        plain.flatMap(a -> plain.map(b -> "t4." + a + "." + b)),
        plain.flatMap(a -> plain.map(b -> "t2." + a + "." + b)),
        plain.map(b -> "proactive." + b),
        part.map(i -> "legacy." + i),
        plain.map(x -> "other." + x));
    return key.flatMap(k -> Arbitraries.integers().between(0, 9).map(n ->
            new ReportValue(k, n, ReportValue.SOURCE_CELL, null, null, null, 1.0)))
        .list().ofMaxSize(60);
  }
}
