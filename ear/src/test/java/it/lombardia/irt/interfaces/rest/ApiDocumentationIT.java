package it.lombardia.irt.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.HttpFile;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as documented: the REST API described as OpenAPI at {@code /openapi}, route for route,
 * and the examples of {@code docs/examples} run as written.
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocumentationIT {

  private static final String JSON = "application/json";

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

  /**
   * Every JSON request body comes with its schema, those declared in {@code ejb} (the forms of the
   * use cases) included: a client generated from the document knows what to send.
   */
  @Test
  void describesEveryRequestBodyWithItsSchema() {
    JsonObject document = IrtClient.anonymous().getAny("/openapi?format=JSON").object();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

    Set<String> undescribed = new TreeSet<>();
    int bodies = 0;
    for (var path : document.getJsonObject("paths").entrySet()) {
      for (var operation : path.getValue().asJsonObject().entrySet()) {
        JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
        JsonObject json = body == null ? null : body.getJsonObject("content").getJsonObject(JSON);
        if (json == null) {
          continue;
        }
        bodies++;
        JsonObject schema = json.getJsonObject("schema");
        String ref = schema == null ? null : schema.getString("$ref", null);
        JsonObject named =
            ref == null ? schema : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        if (named == null || !(named.containsKey("properties") || named.containsKey("type"))) {
          undescribed.add(operation.getKey() + " " + path.getKey());
        }
      }
    }
    assertTrue(bodies > 40, "request bodies described: " + bodies);
    assertEquals(Set.of(), undescribed, "request bodies without a schema");
    assertTrue(
        schemas.getJsonObject("UvmForm").getJsonArray("required").toString().contains("heldOn"),
        "Bean Validation's constraints of a form in ejb are in its schema");
  }

  /**
   * Each {@code .http} file of {@code docs/examples}, request by request in its order, against this
   * server and with a codice fiscale of its own: every request gets the status and text it states.
   */
  @TestFactory
  Stream<DynamicTest> theExamplesRunAsWritten() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("..", "docs", "examples"))) {
      files = listed.filter(f -> f.toString().endsWith(".http")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream()
        .flatMap(
            file -> {
              HttpFile examples = HttpFile.parse(read(file)).with("base", IrtClient.BASE);
              if (examples.declares("codiceFiscale")) {
                examples.with("codiceFiscale", CodiciFiscali.newValid());
              }
              return examples.requests().stream()
                  .map(
                      request ->
                          DynamicTest.dynamicTest(
                              file.getFileName() + ": " + request.title(),
                              () -> {
                                HttpFile.Exchange sent = examples.send(request);
                                assertEquals(
                                    request.expected(),
                                    sent.status(),
                                    request.method() + " " + sent.url() + "\n" + sent.body());
                                for (String text : request.expectedInBody()) {
                                  assertTrue(
                                      sent.body().contains(text),
                                      text + " not in the answer\n" + sent.body());
                                }
                              }));
            });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
