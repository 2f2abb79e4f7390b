package io.ogi.cli;

import io.ogi.gen.CorpusGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ogi generate}: a synthetic corpus with its gold file and true trend tables. */
@Command(
    name = "generate",
    header = "Writes a synthetic corpus with exact ground truth.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes N synthetic annual reports under DIR in shard folders (00000/, 00001/ …), "
          + "every province, levels province to township, governments, offices and departments, "
          + "both template eras and both 2019-template revisions, in the layouts the parser reads; "
          + "a known share contradict themselves, are unreadable on purpose or are duplicates.",
      "Also writes DIR/_gold.jsonl (docs/gold-format.md; score with `evaluate --gold DIR/_gold.jsonl`) "
          + "and DIR/_truth/ (documents.csv, trends_province_year.csv, trends_national_year.csv: "
          + "the tables a correct `run --input DIR` writes; compare with `compare-truth`). "
          + "Names starting with _ are skipped by `run`.",
      "Runs on one thread. Last line: generate: documents=N parsed=N partial=N rejected=N duplicate=N bytes=N "
          + "seconds=S docs_per_s=R cpu_seconds=S file_write_cpu_seconds=S docs_per_cpu_s=R (CPU time of the "
          + "generating thread, system time included; file_write is the part spent creating and writing files)"
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created).")
  Path out;

  @Option(names = "--count", required = true, paramLabel = "N", description = "Number of documents.")
  long count;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}); same seed, same corpus.")
  long seed = 1;

  @Option(
      names = "--layouts",
      split = ",",
      paramLabel = "L",
      description = "Layouts to use, comma-separated (default all): html, html_gbk, text_cells, text_pipes, "
          + "text_tabs, prose.")
  List<String> layouts;

  @Option(names = "--years", paramLabel = "FROM-TO", description = "Data years (default ${DEFAULT-VALUE}).")
  String years = "2008-2025";

  @Option(
      names = "--contradictions",
      paramLabel = "SHARE",
      description = "Share of reports whose printed totals contradict their parts (default ${DEFAULT-VALUE}).")
  double contradictions = 0.02;

  @Option(
      names = "--unreadable",
      paramLabel = "SHARE",
      description = "Share of files unreadable on purpose: empty, binary, not a report (default ${DEFAULT-VALUE}).")
  double unreadable = 0.01;

  @Option(
      names = "--duplicates",
      paramLabel = "SHARE",
      description = "Share of files that repeat the file before them (default ${DEFAULT-VALUE}).")
  double duplicates = 0.005;

  @Option(
      names = "--office-share",
      paramLabel = "SHARE",
      description = "Share of HTML pages written as a Word/WPS document pasted into the site's editor "
          + "(MsoNormal paragraphs and styled spans in every cell; default ${DEFAULT-VALUE}). Page weight only: "
          + "the documents and their values do not change with it.")
  double officeShare = 0.25;

  @Option(names = "--shard-size", paramLabel = "N", description = "Files per folder (default ${DEFAULT-VALUE}).")
  int shardSize = 1000;

  @Override
  public Integer call() throws Exception {
    CorpusGenerator.Options o = new CorpusGenerator.Options();
    o.count = count;
    o.seed = seed;
    String[] y = years.split("-");
    try {
      o.fromYear = Integer.parseInt(y[0].trim());
      o.toYear = Integer.parseInt(y[y.length - 1].trim());
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(), "--years: expected FROM-TO, e.g. 2008-2025");
    }
    if (o.fromYear < 2008 || o.toYear > 2025 || o.fromYear > o.toYear) {
      throw new ParameterException(spec.commandLine(), "--years: within 2008-2025");
    }
    if (count < 1 || shardSize < 1) {
      throw new ParameterException(spec.commandLine(), "--count and --shard-size must be positive");
    }
    if (layouts != null) {
      o.layouts = layouts;
    }
    o.contradictionShare = contradictions;
    o.unreadableShare = unreadable;
    o.duplicateShare = duplicates;
    o.officeShare = officeShare;
    o.shardSize = shardSize;
    long t0 = System.nanoTime();
    CorpusGenerator.Summary s;
    try {
      s = new CorpusGenerator(o, out).run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.println("kinds: " + s.byKind());
    System.out.printf(
        Locale.ROOT,
        "generate: documents=%d parsed=%d partial=%d rejected=%d duplicate=%d bytes=%d seconds=%.1f docs_per_s=%.0f"
            + " cpu_seconds=%.1f file_write_cpu_seconds=%.1f docs_per_cpu_s=%.0f%n",
        s.documents(), s.byStatus().getOrDefault("parsed", 0L), s.byStatus().getOrDefault("partial", 0L),
        s.byStatus().getOrDefault("rejected", 0L), s.byStatus().getOrDefault("duplicate", 0L), s.bytes(), secs,
        s.documents() / Math.max(secs, 1e-9), s.cpuNanos() / 1e9, s.writeCpuNanos() / 1e9,
        s.documents() / Math.max(s.cpuNanos() / 1e9, 1e-9));
    return 0;
  }
}
