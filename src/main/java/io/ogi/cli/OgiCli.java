package io.ogi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/ogi}: the run, parse, evaluate, pack, generate and compare-truth commands. */
@Command(
    name = "ogi",
    mixinStandardHelpOptions = true,
    version = "ogi " + io.ogi.parse.ReportParser.VERSION,
    description = "Parses Open Government Information annual reports into Parquet trend tables.",
    subcommands = {
      RunCommand.class, ParseCommand.class, EvaluateCommand.class, GenerateCommand.class,
      CompareTruthCommand.class, PackCommand.class
    })
public final class OgiCli implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    int code = new CommandLine(new OgiCli()).execute(args);
    System.exit(code);
  }
}
