package io.ogi.job;

import java.util.List;

/**
 * What a run did, for the command's last line and for tests.
 *
 * <p>Counts are over every input file of the run (all years), whatever the years filter wrote.
 *
 * @param inputs files listed under the input path
 * @param parsed documents with status {@code parsed}
 * @param partial documents with status {@code partial}
 * @param rejected documents with status {@code rejected}
 * @param duplicate documents with status {@code duplicate}
 * @param output the output root
 * @param yearsWritten the years whose partitions were replaced, or {@code null} when every table
 *     was replaced whole
 */
public record RunSummary(
    long inputs,
    long parsed,
    long partial,
    long rejected,
    long duplicate,
    String output,
    List<Integer> yearsWritten) {

  /** True when every input is accounted for: inputs = parsed + partial + rejected + duplicate. */
  public boolean reconciled() {
    return inputs == parsed + partial + rejected + duplicate;
  }

  /** {@code run: inputs=<n> parsed=<n> partial=<n> rejected=<n> duplicate=<n> output=<path>}. */
  public String line() {
    return "run: inputs="
        + inputs
        + " parsed="
        + parsed
        + " partial="
        + partial
        + " rejected="
        + rejected
        + " duplicate="
        + duplicate
        + " output="
        + output;
  }
}
