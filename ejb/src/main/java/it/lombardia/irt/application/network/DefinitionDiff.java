package it.lombardia.irt.application.network;

import it.lombardia.irt.infrastructure.plugin.DefinitionJson;
import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two versions of a network, value by value. List entries are matched by their
 * id (or LOINC code, or parameter + level + direction for thresholds), not by position, so
 * inserting a threshold does not make every later one look changed.
 */
public final class DefinitionDiff {

  /**
   * One changed value; {@code before} or {@code after} is null when the value was added or removed.
   */
  public record Difference(String path, String before, String after) {}

  private DefinitionDiff() {}

  public static List<Difference> between(NetworkDefinition from, NetworkDefinition to) {
    Map<String, String> before = flatten(from);
    Map<String, String> after = flatten(to);
    List<Difference> differences = new ArrayList<>();
    for (String path : new TreeSet<>(union(before, after))) {
      String a = before.get(path);
      String b = after.get(path);
      if (!Objects.equals(a, b)) {
        differences.add(new Difference(path, a, b));
      }
    }
    return differences;
  }

  private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static Map<String, String> flatten(NetworkDefinition definition) {
    Map<String, String> out = new TreeMap<>();
    try (var reader = Json.createReader(new StringReader(DefinitionJson.write(definition)))) {
      flatten(reader.readValue(), "", out);
    }
    return out;
  }

  private static void flatten(JsonValue value, String path, Map<String, String> out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        for (String key : new TreeSet<>(object.keySet())) {
          flatten(object.get(key), path.isEmpty() ? key : path + "." + key, out);
        }
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          flatten(array.get(i), path + "[" + keyOf(array.get(i), i) + "]", out);
        }
      }
      case STRING -> out.put(path, ((JsonString) value).getString());
      case NULL -> {
        // absent and null read the same to a clinician
      }
      default -> out.put(path, value.toString());
    }
  }

  private static String keyOf(JsonValue element, int index) {
    if (element.getValueType() == JsonValue.ValueType.STRING) {
      return ((JsonString) element).getString();
    }
    if (element.getValueType() != JsonValue.ValueType.OBJECT) {
      return String.valueOf(index);
    }
    JsonObject o = element.asJsonObject();
    if (o.containsKey("parameter")
        && o.containsKey("level")
        && o.containsKey("direction")
        && !o.containsKey("id")) {
      return o.getString("parameter") + " " + o.getString("level") + " " + o.getString("direction");
    }
    for (String key : List.of("id", "code", "level", "service")) {
      if (o.get(key) instanceof JsonString s) {
        return s.getString();
      }
    }
    return String.valueOf(index);
  }
}
