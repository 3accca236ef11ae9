package it.lombardia.irt.infrastructure.plugin;

import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The frozen form of a network definition: JSON, so that a release stays readable (and comparable)
 * without the jar it came from.
 */
public final class DefinitionJson {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig().withAdapters(new ParameterAdapter(), new CriterionAdapter()));

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

  /**
   * A monitored parameter in the same JSON: since SPI 1.2 the record has more than one constructor
   * (the older forms), and JSON-B reads only a record with a single constructor. A definition
   * stored before SPI 1.3 has no {@code continuous}: it reads back as null, a parameter read one by
   * one; one stored before SPI 1.6 has no {@code alsoCodedAs}: known by its code only.
   */
  public record StoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery,
      Double molarMass,
      ContinuousRecording continuous,
      List<String> alsoCodedAs) {}

  public static final class ParameterAdapter
      implements JsonbAdapter<MonitoredParameter, StoredParameter> {

    @Override
    public StoredParameter adaptToJson(MonitoredParameter p) {
      return new StoredParameter(
          p.code(),
          p.name(),
          p.unit(),
          p.plausibleMin(),
          p.plausibleMax(),
          p.expectedEvery(),
          p.molarMass(),
          p.continuous(),
          p.alsoCodedAs());
    }

    @Override
    public MonitoredParameter adaptFromJson(StoredParameter p) {
      return new MonitoredParameter(
          p.code(),
          p.name(),
          p.unit(),
          p.plausibleMin(),
          p.plausibleMax(),
          p.expectedEvery(),
          p.molarMass(),
          p.continuous(),
          p.alsoCodedAs());
    }
  }

  /**
   * A criterion in the same JSON: since SPI 1.4 the record has the older constructor too. A
   * definition stored before SPI 1.4 has no fact type, unit or choices: they read back as null (the
   * type is then inferred from the operator) and an empty list.
   */
  public record StoredCriterion(
      String id,
      Label label,
      String fact,
      Criterion.Operator operator,
      List<String> values,
      Criterion.FactType type,
      String unit,
      List<Criterion.Choice> choices) {}

  public static final class CriterionAdapter implements JsonbAdapter<Criterion, StoredCriterion> {

    @Override
    public StoredCriterion adaptToJson(Criterion c) {
      return new StoredCriterion(
          c.id(), c.label(), c.fact(), c.operator(), c.values(), c.type(), c.unit(), c.choices());
    }

    @Override
    public Criterion adaptFromJson(StoredCriterion c) {
      return new Criterion(
          c.id(), c.label(), c.fact(), c.operator(), c.values(), c.type(), c.unit(), c.choices());
    }
  }
}
