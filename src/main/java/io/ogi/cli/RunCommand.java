package io.ogi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real command. */
@Command(name = "run", description = "not implemented yet")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("run: not implemented yet");
    return 2;
  }
}
