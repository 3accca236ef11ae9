package it.lombardia.irt.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build writes (served at {@code /openapi}): every operation belongs to a
 * section (a tag) that says in Italian and in English what it is for.
 */
class OpenApiDocumentTest {

  private static JsonNode document() throws IOException {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyOperationIsInASectionDescribedInItalianAndEnglish() throws IOException {
    JsonNode document = document();
    Map<String, String> described = new HashMap<>();
    document
        .path("tags")
        .forEach(t -> described.put(t.path("name").asText(), t.path("description").asText()));

    Set<String> untagged = new TreeSet<>();
    Set<String> used = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          JsonNode tags = operation.getValue().path("tags");
                          if (tags.isEmpty()) {
                            untagged.add(operation.getKey() + " " + path.getKey());
                          }
                          tags.forEach(t -> used.add(t.asText()));
                        }));
    assertEquals(Set.of(), untagged, "operations in no section");
    for (String tag : used) {
      String[] languages = described.getOrDefault(tag, "").split(" — ");
      assertEquals(
          2, languages.length, tag + ": \"Italiano. — English.\", not " + described.get(tag));
      assertTrue(
          languages[0].length() > 20 && languages[1].length() > 20,
          tag + " says what it is for in both languages");
    }
    assertTrue(used.size() > 25, "sections: " + used);
  }
}
