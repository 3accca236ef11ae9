package it.lombardia.irt.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionJsonTest {

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new DefinitionJson.ParameterAdapter()));

  @Test
  void readsBackAParameterWithItsMolarMassOneWithoutAndAContinuousOne() {
    MonitoredParameter glucose =
        new MonitoredParameter(
            "41653-7",
            Label.of("Glicemia", "Glucose"),
            "mg/dL",
            20,
            600,
            Duration.ofDays(1),
            180.156);
    MonitoredParameter weight =
        new MonitoredParameter(
            "29463-7", Label.of("Peso", "Weight"), "kg", 20, 350, Duration.ofDays(7));

    MonitoredParameter cgm =
        glucose.recordedContinuously(
            new ContinuousRecording(
                Duration.ofMinutes(15),
                70.0,
                180.0,
                List.of(ContinuousRecording.Index.GLUCOSE_MANAGEMENT_INDICATOR)));

    for (MonitoredParameter p : new MonitoredParameter[] {glucose, weight, cgm}) {
      assertEquals(p, jsonb.fromJson(jsonb.toJson(p), MonitoredParameter.class));
    }
  }
}
