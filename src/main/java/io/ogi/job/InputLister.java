package io.ogi.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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
