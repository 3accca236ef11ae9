package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.infrastructure.security.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and validates the tenant definitions ({@code irt/tenants/tenants.json}). Every problem is
 * reported at once, with the entry it concerns; an invalid file loads nothing.
 */
public final class TenantDefinitionReader {

  public static final String RESOURCE = "irt/tenants/tenants.json";

  private TenantDefinitionReader() {}

  public static List<TenantDefinition> readFromClasspath(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new InvalidTenantDefinitionsException(List.of(RESOURCE + " is not on the classpath"));
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InvalidTenantDefinitionsException(
          List.of("cannot read " + RESOURCE + ": " + e.getMessage()));
    }
  }

  public static List<TenantDefinition> read(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidTenantDefinitionsException(List.of("not a JSON object: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    List<TenantDefinition> definitions = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    if (!root.containsKey("tenants")
        || root.get("tenants").getValueType() != JsonValue.ValueType.ARRAY) {
      throw new InvalidTenantDefinitionsException(List.of("\"tenants\" must be an array"));
    }
    int index = 0;
    for (JsonValue value : root.getJsonArray("tenants")) {
      String where = "tenants[" + index++ + "]";
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add(where + ": not an object");
        continue;
      }
      JsonObject entry = value.asJsonObject();
      String code = text(entry, "code");
      String name = text(entry, "name");
      String atsName = text(entry, "ats");
      where = code == null ? where : where + " (" + code + ")";
      if (code == null || !code.matches(Tenant.CODE_PATTERN) || code.length() > 40) {
        problems.add(where + ": code must match " + Tenant.CODE_PATTERN);
      } else if (!codes.add(code)) {
        problems.add(where + ": duplicate code");
      }
      if (name == null || name.isBlank() || name.length() > 200) {
        problems.add(where + ": name must be 1-200 characters");
      }
      Ats ats = null;
      try {
        ats = Ats.valueOf(String.valueOf(atsName));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": unknown ATS " + atsName);
      }
      boolean active = entry.getBoolean("active", true);
      Map<String, String> settings = new TreeMap<>();
      JsonObject rawSettings =
          entry.containsKey("settings") ? entry.getJsonObject("settings") : null;
      if (rawSettings != null) {
        for (Map.Entry<String, JsonValue> s : rawSettings.entrySet()) {
          if (!Setting.isKnown(s.getKey())) {
            problems.add(where + ": unknown setting " + s.getKey());
          }
          settings.put(
              s.getKey(),
              s.getValue() instanceof JsonString str ? str.getString() : s.getValue().toString());
        }
      }
      definitions.add(
          new TenantDefinition(
              code, name, ats, active, settings, Secrets.sha256(entry.toString())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidTenantDefinitionsException(problems);
    }
    return definitions;
  }

  private static String text(JsonObject entry, String key) {
    JsonValue value = entry.get(key);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
