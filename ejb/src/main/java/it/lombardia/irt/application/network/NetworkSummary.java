package it.lombardia.irt.application.network;

import it.lombardia.irt.spi.content.Label;
import java.util.List;

/**
 * A clinical network as the catalog lists it: its active version for the caller, every version ever
 * activated, and its conditions.
 */
public record NetworkSummary(
    String id, Label name, String version, List<String> versions, List<Condition> conditions) {

  /** A condition of the network's active version. */
  public record Condition(String id, Label name, String protocol) {}
}
