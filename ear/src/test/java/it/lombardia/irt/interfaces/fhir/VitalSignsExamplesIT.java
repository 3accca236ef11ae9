package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.diagnostics;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.niguardaPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HL7 FHIR R4 vital-signs examples as published (in {@code fhir-examples/}), posted by HAPI's
 * generic client for a heart-failure patient whose plan monitors weight, heart rate, blood pressure
 * and SpO2, changed only in subject, identifier, effective time and device.
 */
@ExtendWith(ArquillianExtension.class)
class VitalSignsExamplesIT {

  private final IGenericClient gateway = niguardaGateway();
  private final IGenericClient reader = niguardaPhysician();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  /** A COPD patient of the respiratory network: SpO2, respiratory rate, heart rate, temperature. */
  private static long copdPatient() {
    return CarePathways.monitoredPatientOf(
            "respiratory",
            "copd",
            """
            {"fev1-fvc-post-bronchodilator": "0.6", "copd-gold-group": "E",
             "fev1-percent-predicted": "50", "exacerbations-last-year": "2",
             "able-to-use-devices": "true", "on-ltot": "false", "in-palliative-care": "false",
             "in-residential-care": "false"}""",
            "TELEMONITORING_LEVEL_1")
        .id();
  }

  /**
   * The published example {@code name} for {@code patient}, taken a minute ago, with a fresh
   * identifier if the example has one (a URI, as its system {@code urn:ietf:rfc:3986} requires) and
   * without its device (the example's is no device of IRT).
   */
  static Observation example(String name, long patient) {
    Observation o;
    try (InputStream in =
        VitalSignsExamplesIT.class.getResourceAsStream(
            "/fhir-examples/observation-example-" + name + ".json")) {
      o =
          Fhir.R4
              .newJsonParser()
              .parseResource(
                  Observation.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    o.setSubject(new Reference("Patient/" + patient));
    o.setEffective(new DateTimeType(Date.from(Instant.now().minusSeconds(60))));
    o.getIdentifier().forEach(i -> i.setValue("urn:uuid:" + UUID.randomUUID()));
    o.setDevice(null);
    return o;
  }

  private Observation read(MethodOutcome created) {
    return reader
        .read()
        .resource(Observation.class)
        .withId(created.getId().toUnqualifiedVersionless())
        .execute();
  }

  @Test
  void acceptsTheSpO2ExampleWhoseMonitoredCodeIsItsSecondCoding() {
    Observation stored = read(gateway.create().resource(example("satO2", patient())).execute());

    assertEquals("59408-5", stored.getCode().getCodingFirstRep().getCode());
    assertEquals(0, new BigDecimal("95").compareTo(stored.getValueQuantity().getValue()));
  }

  @Test
  void acceptsTheBodyWeightExampleInPoundsAndServesItAsSent() {
    Observation stored =
        read(gateway.create().resource(example("bodyweight", patient())).execute());

    assertEquals("29463-7", stored.getCode().getCodingFirstRep().getCode());
    assertEquals("[lb_av]", stored.getValueQuantity().getCode());
    assertEquals(0, new BigDecimal("185").compareTo(stored.getValueQuantity().getValue()));
  }

  @Test
  void acceptsTheBloodPressurePanelAsOneReadingPerComponent() {
    long patient = patient();
    gateway.create().resource(example("blood-pressure", patient)).execute();

    List<String> codes =
        Fhir.ofPatient(reader, Observation.class, patient).stream()
            .map(o -> o.getCode().getCodingFirstRep().getCode())
            .sorted()
            .toList();
    assertEquals(List.of("8462-4", "8480-6"), codes);
  }

  @Test
  void storesTheHeartRateExampleWithoutIdentifierEachTimeItIsSent() {
    long patient = patient();
    Observation heartRate = example("heart-rate", patient);

    MethodOutcome first = gateway.create().resource(heartRate).execute();
    MethodOutcome second = gateway.create().resource(heartRate.copy()).execute();

    assertNotEquals(first.getId().getIdPart(), second.getId().getIdPart());
    assertEquals(2, Fhir.ofPatient(reader, Observation.class, patient).size());
    assertTrue(
        read(first).getIdentifierFirstRep().getSystem().equals("urn:irt:observation"),
        "IRT names a reading sent without identifier");
  }

  @Test
  void checksAWeightInPoundsAgainstThePlausibleRangeInKilograms() {
    long patient = patient();
    Observation heavy = example("bodyweight", patient);
    heavy.getValueQuantity().setValue(500); // 226.8 kg: plausible (25 to 250 kg)
    Observation implausible = example("bodyweight", patient);
    implausible.getValueQuantity().setValue(600); // 272.2 kg

    gateway.create().resource(heavy).execute();
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class,
            () -> gateway.create().resource(implausible).execute());

    String why = diagnostics(refused);
    assertTrue(why.contains("272.155") && why.contains("not a plausible"), why);
    assertTrue(why.contains("Observation.valueQuantity"), why);
  }

  @Test
  void acceptsTheBodyTemperatureAndRespiratoryRateExamples() {
    long patient = copdPatient();

    Observation temperature =
        read(gateway.create().resource(example("body-temperature", patient)).execute());
    Observation rate =
        read(gateway.create().resource(example("respiratory-rate", patient)).execute());

    assertEquals("Cel", temperature.getValueQuantity().getCode());
    assertEquals(0, new BigDecimal("26").compareTo(rate.getValueQuantity().getValue()));
  }

  @Test
  void convertsATemperatureInFahrenheitBeforeCheckingIt() {
    long patient = copdPatient();
    Observation fever = example("body-temperature", patient);
    fever.getValueQuantity().setValue(100).setUnit("F").setCode("[degF]"); // 37.8 Cel
    Observation implausible = example("body-temperature", patient);
    implausible.getValueQuantity().setValue(113).setUnit("F").setCode("[degF]"); // 45 Cel

    Observation stored = read(gateway.create().resource(fever).execute());
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class,
            () -> gateway.create().resource(implausible).execute());

    assertEquals("[degF]", stored.getValueQuantity().getCode());
    String why = diagnostics(refused);
    assertTrue(why.contains("45 Cel is not a plausible"), why);
  }
}
