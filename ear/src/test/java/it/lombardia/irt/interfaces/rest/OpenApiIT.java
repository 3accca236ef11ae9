package it.lombardia.irt.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API described as OpenAPI at {@code /openapi}, route for route. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @Test
  void describesEveryRouteOfTheAccessMatrix() throws Exception {
    Answer answer = IrtClient.anonymous().getAny("/openapi?format=JSON");
    assertEquals(200, answer.status(), answer.body());
    JsonObject paths = answer.object().getJsonObject("paths");

    Set<String> missing = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "access-matrix.tsv"))) {
      String route = line.split("\t")[0];
      if (!route.contains(" /api/")) {
        continue;
      }
      String method = route.substring(0, route.indexOf(' ')).toLowerCase();
      String path = route.substring(route.indexOf(' ') + 1);
      JsonObject operations = paths.getJsonObject(path);
      if (operations == null || !operations.containsKey(method)) {
        missing.add(route);
      }
    }
    assertEquals(Set.of(), missing, "routes missing from /openapi; it has " + paths.keySet());
    assertTrue(answer.object().getJsonObject("info").getString("title").contains("IRT"));
  }
}
