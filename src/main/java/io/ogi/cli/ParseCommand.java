package io.ogi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the real command. */
@Command(name = "parse", description = "not implemented yet")
public final class ParseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("parse: not implemented yet");
    return 2;
  }
}
