package it.lombardia.irt.interfaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The rows of {@code docs/access-matrix.tsv}: who may call each route. */
final class AccessMatrix {

  static final Path FILE = Path.of("..", "docs", "access-matrix.tsv");

  /**
   * @param roles the roles that may call it ({@code authenticated}: any caller who logged in)
   * @param patient the part of a patient's record it reaches under the care rule, or none
   * @param scope the SMART scope an API client needs, or {@code -}
   * @param call a request a test can send, with placeholders for the fixture's ids
   */
  record Row(String route, Set<String> roles, String patient, String scope, String call) {}

  private AccessMatrix() {}

  static List<Row> load() throws IOException {
    return Files.readAllLines(FILE).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("route\t"))
        .map(l -> l.split("\t", -1))
        .map(
            c ->
                new Row(
                    c[0].trim(),
                    Set.of(c[1].trim().split("\\s+")),
                    c[2].trim(),
                    c[3].trim(),
                    c[4].trim()))
        .toList();
  }
}
