package io.ogi.gen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus of annual reports with exact ground truth, streaming: one cluster of
 * reports (the organs of one jurisdiction in one year, and sometimes the jurisdiction's aggregate
 * report, the exact sum of its parts) at a time, so memory does not grow with the corpus.
 *
 * <p>Output under the corpus folder: the documents in shard folders of {@link Options#shardSize}
 * ({@code 00000/000000012.html} …), {@code _gold.jsonl} (docs/gold-format.md, every readable
 * document), and {@code _truth/} with {@code documents.csv} (every file: kind, layout, expected
 * status) and the true trend tables {@code trends_province_year.csv} and {@code
 * trends_national_year.csv}. The names start with {@code _} so the job, given the corpus folder as
 * input, skips them.
 */
public final class CorpusGenerator {

  /** Generation settings. */
  public static final class Options {
    public long count = 1000;
    public long seed = 1;
    public int fromYear = 2008;
    public int toYear = 2025;
    /** Layout names: html, html_gbk, text_cells, text_pipes, text_tabs, prose (default: all). */
    public List<String> layouts = layoutNames();
    /** Share of documents that contradict themselves (printed totals off by 1-3). */
    public double contradictionShare = 0.02;
    /** Share of documents unreadable on purpose (empty, binary, not a report). */
    public double unreadableShare = 0.01;
    /** Share of documents that are exact copies of the one before. */
    public double duplicateShare = 0.005;
    /** Share of hijacked pages with injected gambling spam. */
    public double spamShare = 0.04;
    /** Share of documents written gzip-compressed. */
    public double gzipShare = 0.03;
    /**
     * Share of HTML pages in the markup of a Word or WPS document pasted into the site's editor:
     * every paragraph and table cell a {@code MsoNormal} paragraph in styled spans, as in the
     * sample corpus's Luoyang page (one of its four real pages; such a page weighs about 58 KB
     * here, 62 KB there). With the site chrome every page carries ({@link SiteChrome}), the
     * default makes generated pages about 31 KB on average, near the 36 KB pages on which the
     * issue measured {@code Jsoup.parse} (they were 6 KB before). The choice is drawn from the
     * page stream, so it changes no document's content or values.
     */
    public double officeShare = 0.25;
    public int shardSize = 1000;

    /** Every layout name. */
    public static List<String> layoutNames() {
      List<String> out = new ArrayList<>();
      for (Doc.Layout l : Doc.Layout.values()) {
        out.add(l.name().toLowerCase(java.util.Locale.ROOT));
      }
      return out;
    }

    static Set<Doc.Layout> parse(List<String> names) {
      Set<Doc.Layout> out = EnumSet.noneOf(Doc.Layout.class);
      for (String n : names) {
        try {
          out.add(Doc.Layout.valueOf(n.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown layout '" + n + "'; known: " + String.join(", ", layoutNames()));
        }
      }
      return out;
    }
  }

  /** What was written. */
  public record Summary(
      long documents,
      Map<String, Long> byStatus,
      Map<String, Long> byKind,
      long bytes,
      long gold,
      long cpuNanos,
      long writeCpuNanos) {}

  private final Options o;
  private final Path out;
  private final SplittableRandom rnd;
  /** Page weight only (office markup, chrome sizes): the documents and truth do not depend on it. */
  private final SplittableRandom pages;
  private final Divisions g = Divisions.load();
  private final TrendTruth truth = new TrendTruth();
  private final Set<String> usedClusters = new HashSet<>();
  private final Map<String, Long> byStatus = new java.util.TreeMap<>();
  private final Map<String, Long> byKind = new java.util.TreeMap<>();
  private final List<Doc.Layout> tableLayouts = new ArrayList<>();
  private final List<Doc.Layout> allLayouts = new ArrayList<>();
  private BufferedWriter gold;
  private BufferedWriter docsCsv;
  private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
  private long writeNanos;
  private long index;
  private long unreadable;
  private long duplicates;
  private long contradictions;
  private boolean emptyWritten;
  /**
   * Agency-and-year pairs already reported (hashes of name and year): an organ reports once a
   * year, so two reports of one agency for one year are only ever the duplicates made on purpose.
   * Without this, a large corpus draws the same township twice for a year now and then, and a job
   * rightly takes the second report for a near-duplicate of the first, which the truth did not say.
   */
  private final Set<Long> reported = new HashSet<>();
  /** The notices written so far: one drawn again word for word is a duplicate of the first. */
  private final Set<String> notices = new HashSet<>();

  private static long reportKey(Organ organ, int year) {
    return ((long) organ.name().hashCode() << 20) ^ (organ.divisionCode() == null ? 0 : organ.divisionCode().hashCode()) * 31L ^ year;
  }
  private long bytes;
  private long goldLines;
  private byte[] lastBytes;
  private Doc lastDoc;
  private Path lastShard;
  private final Gzip gzip = new Gzip();

  public CorpusGenerator(Options o, Path out) {
    this.o = o;
    this.out = out;
    this.rnd = new SplittableRandom(o.seed);
    this.pages = new SplittableRandom(o.seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    for (Doc.Layout l : Options.parse(o.layouts)) {
      allLayouts.add(l);
      if (l != Doc.Layout.PROSE) {
        tableLayouts.add(l);
      }
    }
    if (tableLayouts.isEmpty()) {
      throw new IllegalArgumentException("at least one layout with tables is needed (html, html_gbk, text_*)");
    }
  }

  public Summary run() throws IOException {
    long cpu0 = mx.getCurrentThreadCpuTime();
    Files.createDirectories(out);
    Path truthDir = out.resolve("_truth");
    Files.createDirectories(truthDir);
    try (BufferedWriter gw = Files.newBufferedWriter(out.resolve("_gold.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter dw = Files.newBufferedWriter(truthDir.resolve("documents.csv"), StandardCharsets.UTF_8)) {
      gold = gw;
      docsCsv = dw;
      docsCsv.write("file,kind,layout,expected_status,year,province,prefecture,county,level,scope,template,flagged\n");
      // Shares are kept by quota, so a corpus of N holds round(share × N) of each kind.
      while (index < o.count) {
        if (unreadable < Math.floor(o.unreadableShare * (index + 1))) {
          unreadable++;
          unreadable();
        } else if (duplicates < Math.floor(o.duplicateShare * (index + 1)) && lastBytes != null) {
          duplicates++;
          duplicate();
        } else {
          cluster();
        }
      }
    }
    truth.write(truthDir);
    return new Summary(index, byStatus, byKind, bytes, goldLines, mx.getCurrentThreadCpuTime() - cpu0, writeNanos);
  }

  private int year() {
    return o.fromYear + rnd.nextInt(o.toYear - o.fromYear + 1);
  }

  private Organs.Place jurisdiction(int year, double pProvince, double pPrefecture) {
    for (int attempt = 0; ; attempt++) {
      Divisions.Div prov = g.provinces.get(rnd.nextInt(g.provinces.size()));
      double u = rnd.nextDouble();
      Divisions.Div pick = prov;
      if (u >= pProvince) {
        List<Divisions.Div> kids = g.childrenIn(prov, year);
        if (kids.isEmpty()) {
          continue;
        }
        Divisions.Div k = kids.get(rnd.nextInt(kids.size()));
        if ("county".equals(k.level())) {
          pick = k; // municipality district
        } else if (u < pProvince + pPrefecture) {
          pick = k;
        } else {
          List<Divisions.Div> counties = g.childrenIn(k, year);
          if (counties.isEmpty()) {
            continue;
          }
          pick = counties.get(rnd.nextInt(counties.size()));
        }
      }
      if (usedClusters.add(pick.code() + "/" + year) || attempt > 20) {
        return Organs.place(g, pick, year);
      }
    }
  }

  private void cluster() throws IOException {
    int year = year();
    Organs.Place p = jurisdiction(year, 0.06, 0.3);
    boolean legacy = year <= 2018;
    String revision = legacy ? null : year <= 2020 ? "2019" : year == 2021 ? (rnd.nextDouble() < 0.85 ? "2021" : "2019") : "2021";
    long left = o.count - index;
    List<Organ> organs = new ArrayList<>();
    int depts = 2 + rnd.nextInt(6);
    int[] order = shuffled(Organs.DEPARTMENTS.length);
    organs.add(Organs.office(p));
    for (int i = 0; i < depts; i++) {
      organs.add(Organs.department(p, order[i]));
    }
    if ("county".equals(p.level())) {
      List<String> towns = g.townships.getOrDefault(p.div().code(), List.of());
      int n = Math.min(towns.size(), rnd.nextInt(4));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String t = towns.get(rnd.nextInt(towns.size()));
        if (seen.add(t) && !t.contains(p.name())) {
          organs.add(Organs.township(p, t));
        }
      }
    }
    organs.removeIf(organ -> reported.contains(reportKey(organ, year)));
    if (organs.isEmpty()) {
      return; // every organ drawn has reported for this year: draw another cluster
    }
    boolean aggregate = rnd.nextDouble() < 0.3 && left > organs.size()
        && !reported.contains(reportKey(Organs.government(p), year));
    if (!aggregate && rnd.nextDouble() < 0.3 && !reported.contains(reportKey(Organs.government(p), year))) {
      organs.add(Organs.government(p)); // a government's report on its own work
    }
    while (organs.size() > left - (aggregate ? 1 : 0)) {
      organs.remove(organs.size() - 1);
    }
    Figures sum = new Figures();
    List<Doc> parts = new ArrayList<>();
    for (Organ organ : organs) {
      Doc d = base(organ, year, legacy, revision);
      d.fig = Figures.random(rnd, organ.weight(), legacy);
      d.summed = aggregate;
      if (aggregate) {
        d.layout = pick(tableLayouts);
        d.legacyTable = true;
        d.blanks = false;
      } else if (d.layout != Doc.Layout.PROSE && d.legacyTable
          && contradictions < Math.floor(o.contradictionShare * (index + parts.size() + 1))) {
        // Only outside aggregate clusters, so an aggregate always equals the sum of what its
        // parts print.
        contradictions++;
        d.kind = Doc.Kind.CONTRADICTION;
        d.contradiction = 1 + rnd.nextInt(3);
      }
      sum.add(d.fig);
      parts.add(d);
    }
    for (Doc d : parts) {
      reported.add(reportKey(d.organ, year));
      emit(d);
    }
    if (aggregate) {
      Doc a = base(Organs.government(p), year, legacy, revision);
      a.scope = "jurisdiction";
      a.fig = sum;
      a.layout = pick(tableLayouts);
      a.legacyTable = true;
      a.blanks = false;
      reported.add(reportKey(a.organ, year));
      emit(a);
    }
  }

  private Doc base(Organ organ, int year, boolean legacy, String revision) {
    Doc d = new Doc();
    d.organ = organ;
    d.year = year;
    d.legacy = legacy;
    d.revision = revision;
    d.layout = pick(allLayouts);
    d.spam = rnd.nextDouble() < o.spamShare;
    d.gzip = rnd.nextDouble() < o.gzipShare;
    d.commas = rnd.nextBoolean();
    d.sectionTotals = !legacy && d.layout != Doc.Layout.PROSE && rnd.nextBoolean();
    d.proactiveSentence = rnd.nextDouble() < 0.3;
    d.blanks = !legacy && (d.layout == Doc.Layout.HTML || d.layout == Doc.Layout.HTML_GBK
        || d.layout == Doc.Layout.TEXT_TABS) && rnd.nextDouble() < 0.3;
    if (legacy && d.layout == Doc.Layout.PROSE) {
      d.layout = pick(tableLayouts);
      d.legacyTable = false;
    } else if (legacy && rnd.nextDouble() < 0.15) {
      d.legacyTable = false;
    }
    return d;
  }

  private void unreadable() throws IOException {
    Doc d = new Doc();
    int k = rnd.nextInt(3);
    d.kind = k == 0 ? Doc.Kind.EMPTY : k == 1 ? Doc.Kind.BINARY : Doc.Kind.NOTICE;
    d.year = year();
    d.organ = Organs.office(jurisdiction(d.year, 0.1, 0.4));
    d.layout = k == 0 ? Doc.Layout.HTML : Doc.Layout.TEXT_PIPES;
    if (k == 0 && emptyWritten) {
      d.kind = Doc.Kind.DUPLICATE; // every empty file has the same (empty) content as the first
      emitBytes(d, new byte[0], ".html");
      return;
    }
    emptyWritten |= k == 0;
    if (d.kind == Doc.Kind.NOTICE) {
      byte[] content = Composer.bytes(d, rnd, pages);
      if (!notices.add(new String(content, StandardCharsets.UTF_8))) {
        d.kind = Doc.Kind.DUPLICATE; // the same notice, word for word, as one written before
      }
      emitBytes(d, content, ext(d));
      return;
    }
    emit(d);
  }

  private void duplicate() throws IOException {
    Doc d = new Doc();
    d.kind = Doc.Kind.DUPLICATE;
    d.organ = lastDoc.organ;
    d.year = lastDoc.year;
    d.layout = lastDoc.layout;
    d.legacy = lastDoc.legacy;
    d.gzip = rnd.nextBoolean();
    emitBytes(d, lastBytes, ext(lastDoc));
  }

  private void emit(Doc d) throws IOException {
    if (d.layout == Doc.Layout.HTML || d.layout == Doc.Layout.HTML_GBK) {
      d.office = pages.nextDouble() < o.officeShare;
    }
    // the page's number, known before it is composed: its chrome prints it (发布时间, 网站标识码)
    d.index = (int) index;
    byte[] content = Composer.bytes(d, rnd, pages);
    if (d.readable()) {
      lastBytes = content;
      lastDoc = d;
    }
    emitBytes(d, content, ext(d));
  }

  private static String ext(Doc d) {
    return d.layout == Doc.Layout.HTML || d.layout == Doc.Layout.HTML_GBK ? ".html" : ".txt";
  }

  private void emitBytes(Doc d, byte[] content, String ext) throws IOException {
    long i = index++;
    Path shard = out.resolve(pad(i / o.shardSize, 5));
    if (!shard.equals(lastShard)) {
      Files.createDirectories(shard);
      lastShard = shard;
    }
    String name = pad(i, 9) + ext + (d.gzip ? ".gz" : "");
    d.index = (int) i;
    d.path = shard.getFileName() + "/" + name;
    byte[] data = d.gzip ? gzip.compress(content) : content;
    long t0 = mx.getCurrentThreadCpuTime();
    try (java.io.FileOutputStream os = new java.io.FileOutputStream(shard.resolve(name).toFile())) {
      os.write(data);
    }
    writeNanos += mx.getCurrentThreadCpuTime() - t0;
    bytes += content.length;
    byStatus.merge(d.expectedStatus(), 1L, Long::sum);
    byKind.merge(d.kind.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
    truth.add(d);
    docsCsv.write(String.join(",", d.path, d.kind.name().toLowerCase(java.util.Locale.ROOT),
        d.layout == null ? "" : d.layout.name().toLowerCase(java.util.Locale.ROOT), d.expectedStatus(),
        Integer.toString(d.year), s(d.organ == null ? null : d.organ.province()),
        s(d.organ == null ? null : d.organ.prefecture()), s(d.organ == null ? null : d.organ.county()),
        s(d.organ == null ? null : d.organ.level()), d.readable() ? d.scope : "", d.readable() ? d.template() : "",
        Boolean.toString(d.expectFlagged())));
    docsCsv.write('\n');
    if (d.readable()) {
      GoldWriter.write(gold, d);
      goldLines++;
    }
  }

  private static String pad(long v, int width) {
    String s = Long.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  private <T> T pick(List<T> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private int[] shuffled(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
