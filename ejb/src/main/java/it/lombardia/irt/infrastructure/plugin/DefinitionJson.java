package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Optional;

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

  /**
   * A definition printed by an uploaded plug-in's sandbox: untrusted input, so anything that is not
   * a definition is simply none (the caller refuses the upload).
   */
  public static Optional<NetworkDefinition> readUntrusted(String json) {
    try {
      return Optional.ofNullable(JSONB.fromJson(json, NetworkDefinition.class));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
