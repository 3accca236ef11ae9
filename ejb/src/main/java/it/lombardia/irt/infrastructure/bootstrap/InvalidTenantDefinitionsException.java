package it.lombardia.irt.infrastructure.bootstrap;

import java.util.List;

/** The tenant definition file is wrong; lists every problem found. */
public class InvalidTenantDefinitionsException extends RuntimeException {

  private final List<String> problems;

  public InvalidTenantDefinitionsException(List<String> problems) {
    super("Invalid tenant definitions: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
