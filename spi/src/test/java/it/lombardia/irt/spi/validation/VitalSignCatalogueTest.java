package it.lombardia.irt.spi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VitalSignCatalogueTest {

  @Test
  void everyVitalSignIsAParameterTheValidatorAccepts() {
    for (VitalSign sign : VitalSign.values()) {
      MonitoredParameter parameter = sign.parameter(Duration.ofDays(1));
      assertTrue(Loinc.isWellFormed(sign.code()), sign + ": " + sign.code());
      assertTrue(sign.plausibleMin() < sign.plausibleMax(), sign.toString());

      ValidationReport report =
          NetworkValidator.validate(
              SampleNetwork.network(SampleNetwork.protocol(parameter, List.of(), List.of())));

      assertTrue(
          report.problems().stream().noneMatch(p -> p.path().contains("parameters")),
          sign + ": " + report.describe());
    }
  }

  @Test
  void aNetworkMayNameASignItsOwnWayKeepingCodeUnitAndRange() {
    MonitoredParameter oral =
        VitalSign.BODY_TEMPERATURE.parameter(
            it.lombardia.irt.spi.content.Label.of("Temperatura orale", "Oral temperature"),
            Duration.ofHours(12));

    assertEquals("8310-5", oral.code());
    assertEquals("Cel", oral.unit());
    assertEquals("Temperatura orale", oral.name().it());
    assertEquals(30, oral.plausibleMin());
    assertEquals(44, oral.plausibleMax());
    assertEquals(Duration.ofHours(12), oral.expectedEvery());
  }
}
