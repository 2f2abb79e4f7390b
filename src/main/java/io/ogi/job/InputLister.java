package io.ogi.job;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the job's input files on the driver with the Hadoop FileSystem: every regular file under
 * the input path, recursively, skipping files and folders whose names start with {@code .} or
 * {@code _} (checksums, {@code _SUCCESS}, editors' and tools' hidden folders), and anything under
 * the output root (so an output written inside the input folder is never read back as input).
 */
final class InputLister {

  private InputLister() {}

  /**
   * The fully qualified paths of the input files, sorted.
   *
   * @throws IOException when the input path does not exist or cannot be listed
   */
  static List<String> list(Configuration conf, String input, String outputRoot) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    Path qualifiedRoot = fs.makeQualified(root);
    Path out = new Path(outputRoot);
    String excluded = out.getFileSystem(conf).makeQualified(out).toString() + "/";
    FileStatus status = fs.getFileStatus(qualifiedRoot); // FileNotFoundException names the path
    List<String> files = new ArrayList<>();
    if (status.isFile()) {
      files.add(status.getPath().toString());
    } else {
      walk(fs, qualifiedRoot, excluded, files);
    }
    files.sort(null);
    return files;
  }

  /**
   * What {@link #listTo} found: how many files, and whether every one is a WARC or every one a
   * Parquet file (for {@link InputFormat#AUTO}).
   */
  record Listing(Path file, long count, boolean allWarc, boolean allParquet) {
    /** The listed paths, read back (for a listing of containers: WARC or Parquet files, few). */
    List<String> paths(Configuration conf) throws IOException {
      List<String> paths = new ArrayList<>();
      FileSystem fs = file.getFileSystem(conf);
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          paths.add(line);
        }
      }
      paths.sort(null);
      return paths;
    }
  }

  /**
   * Lists the input files as {@link #list} does, but streams their paths into {@code listingFile}
   * (one per line) instead of holding them: the driver's memory does not grow with the number of
   * files, and tasks read the listing as a text file instead of receiving it in their closures.
   * Paths containing a line break cannot be listed this way and fail the run with their name.
   */
  static Listing listTo(Configuration conf, String input, String outputRoot, Path listingFile)
      throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    Path qualifiedRoot = fs.makeQualified(root);
    Path out = new Path(outputRoot);
    String excluded = out.getFileSystem(conf).makeQualified(out).toString() + "/";
    FileStatus status = fs.getFileStatus(qualifiedRoot); // FileNotFoundException names the path
    long[] count = {0};
    boolean[] warc = {true};
    boolean[] parquet = {true};
    FileSystem listingFs = listingFile.getFileSystem(conf);
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(listingFs.create(listingFile, true), StandardCharsets.UTF_8),
            1 << 16)) {
      Consumer<String> sink =
          path -> {
            if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
              throw new IllegalArgumentException("input path with a line break: " + path);
            }
            try {
              w.write(path);
              w.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            String lower = path.toLowerCase(Locale.ROOT);
            warc[0] &= InputFormat.isWarc(lower);
            parquet[0] &= lower.endsWith(".parquet");
            count[0]++;
          };
      try {
        if (status.isFile()) {
          sink.accept(status.getPath().toString());
        } else {
          stream(fs, qualifiedRoot, excluded, sink);
        }
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new Listing(listingFile, count[0], count[0] > 0 && warc[0], count[0] > 0 && parquet[0]);
  }

  /** Deletes a run's listing, and its folder when no other run's listing is left in it. */
  static void deleteListing(Configuration conf, Path listingFile) throws IOException {
    FileSystem fs = listingFile.getFileSystem(conf);
    fs.delete(listingFile, false);
    Path folder = listingFile.getParent();
    FileStatus[] left = fs.exists(folder) ? fs.listStatus(folder) : new FileStatus[0];
    if (left.length == 0 || java.util.Arrays.stream(left).allMatch(f -> f.getPath().getName().startsWith("."))) {
      fs.delete(folder, true);
    }
  }

  private static void stream(FileSystem fs, Path dir, String excluded, Consumer<String> sink)
      throws IOException {
    RemoteIterator<FileStatus> children = fs.listStatusIterator(dir);
    while (children.hasNext()) {
      FileStatus child = children.next();
      String name = child.getPath().getName();
      String full = child.getPath().toString();
      if (name.startsWith(".") || name.startsWith("_") || (full + "/").startsWith(excluded)) {
        continue;
      }
      if (child.isDirectory()) {
        stream(fs, child.getPath(), excluded, sink);
      } else if (child.isFile()) {
        sink.accept(full);
      }
    }
  }

  private static void walk(FileSystem fs, Path dir, String excluded, List<String> files)
      throws IOException {
    for (FileStatus child : fs.listStatus(dir)) {
      String name = child.getPath().getName();
      String full = child.getPath().toString();
      if (name.startsWith(".") || name.startsWith("_") || (full + "/").startsWith(excluded)) {
        continue;
      }
      if (child.isDirectory()) {
        walk(fs, child.getPath(), excluded, files);
      } else if (child.isFile()) {
        files.add(full);
      }
    }
  }
}
