package it.lombardia.irt.spi.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a plug-in, each with the path of the offending value (e.g. {@code
 * conditions[heart-failure].protocol.thresholds[2]}). A plug-in is activated only with an empty
 * report.
 */
public record ValidationReport(String pluginId, String pluginVersion, List<Problem> problems) {

  /** One problem: where, and what is wrong. */
  public record Problem(String path, String message) {
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** A readable report, one problem per line, naming the plug-in. */
  public String describe() {
    String head = "Plug-in " + pluginId + " " + pluginVersion;
    return isValid()
        ? head + " is valid"
        : head
            + " has "
            + problems.size()
            + " problem(s):\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
