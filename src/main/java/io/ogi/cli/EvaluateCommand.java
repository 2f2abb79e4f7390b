package io.ogi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real command. */
@Command(name = "evaluate", description = "not implemented yet")
public final class EvaluateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("evaluate: not implemented yet");
    return 2;
  }
}
