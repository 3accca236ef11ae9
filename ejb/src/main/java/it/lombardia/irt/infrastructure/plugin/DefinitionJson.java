package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * The frozen form of a network definition: JSON, so that a release stays readable (and comparable)
 * without the jar it came from.
 */
public final class DefinitionJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private DefinitionJson() {}

  public static String write(NetworkDefinition definition) {
    return JSONB.toJson(definition);
  }

  public static NetworkDefinition read(String json) {
    try {
      return JSONB.fromJson(json, NetworkDefinition.class);
    } catch (JsonbException e) {
      throw new IllegalStateException(
          "A stored network definition cannot be read: " + e.getMessage(), e);
    }
  }
}
