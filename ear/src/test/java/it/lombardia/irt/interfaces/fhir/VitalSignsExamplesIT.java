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

  /** A type 2 diabetes patient of the diabetes network: capillary glucose (41653-7) and more. */
  private static long diabetesPatient() {
    return CarePathways.monitoredPatientOf(
            "diabetes",
            "type-2-diabetes",
            """
            {"diabetes-type": "type-2", "age-years": "64", "hba1c-percent": "8.1",
             "self-monitoring-capable": "yes", "pregnant": "no",
             "acute-hyperglycaemic-crisis": "no"}""",
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

    assertEquals(
        List.of("2708-6", "59408-5", "150456"),
        stored.getCode().getCoding().stream().map(c -> c.getCode()).toList(),
        "served with its codings as sent");
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
  void acceptsTheBloodPressurePanelAsOneObservationWithItsComponents() {
    long patient = patient();
    gateway.create().resource(example("blood-pressure", patient)).execute();

    List<Observation> stored = Fhir.ofPatient(reader, Observation.class, patient);
    assertEquals(1, stored.size());
    assertEquals("85354-9", stored.get(0).getCode().getCodingFirstRep().getCode());
    List<String> components =
        stored.get(0).getComponent().stream()
            .map(c -> c.getCode().getCodingFirstRep().getCode())
            .sorted()
            .toList();
    assertEquals(List.of("8462-4", "8480-6"), components);
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
    heavy.getValueQuantity().setValue(500); // 226.8 kg: plausible (20 to 350 kg)
    Observation implausible = example("bodyweight", patient);
    implausible.getValueQuantity().setValue(800); // 362.9 kg

    gateway.create().resource(heavy).execute();
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class,
            () -> gateway.create().resource(implausible).execute());

    String why = diagnostics(refused);
    assertTrue(why.contains("362.87") && why.contains("not a plausible"), why);
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

  /** What {@code reader} finds for {@code patient} coded {@code code}. */
  private List<Observation> coded(long patient, String code) {
    return Fhir.observationsCoded(reader, patient, "code", code);
  }

  @Test
  void acceptsAnSpO2CodedOnlyAsTheProfileRequiresAndFindsItByEitherCode() {
    long patient = patient();
    Observation spo2 = example("satO2", patient);
    spo2.getCode().getCoding().removeIf(c -> !"2708-6".equals(c.getCode()));

    gateway.create().resource(spo2).execute();

    assertEquals(1, coded(patient, "2708-6").size(), "found by the code it was sent with");
    assertEquals(1, coded(patient, "59408-5").size(), "found by the code the plan monitors");
    assertEquals(0, coded(patient, "8867-4").size());
  }

  /**
   * The published glucose example (LOINC 15074-8, Glucose [Moles/volume] in Blood, 6.3 mmol/L) is a
   * glucometer's reading as some gateways code it: the diabetes protocol's capillary glucose
   * (41653-7, mg/dL) is also coded so (SPI 1.6), so it is stored as that parameter, converted to
   * mg/dL by glucose's molar mass, served back as sent and found by the code it was sent with; a
   * laboratory glucose in plasma (2345-7) is no parameter of the protocol and is refused.
   */
  @Test
  void acceptsThePublishedGlucoseExampleAsTheProtocolsCapillaryGlucose() {
    long patient = diabetesPatient();
    Observation stored =
        read(gateway.create().resource(example("f001-glucose", patient)).execute());

    assertEquals("15074-8", stored.getCode().getCodingFirstRep().getCode());
    assertEquals("mmol/L", stored.getValueQuantity().getCode());
    assertEquals(0, new BigDecimal("6.3").compareTo(stored.getValueQuantity().getValue()));
    assertEquals(1, coded(patient, "15074-8").size());

    Observation plasma = example("f001-glucose", patient);
    plasma.getCode().getCodingFirstRep().setCode("2345-7").setDisplay(null);
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class, () -> gateway.create().resource(plasma).execute());
    String why = diagnostics(refused);
    assertTrue(why.contains("2345-7") && why.contains("41653-7"), why);
    assertTrue(why.contains("Observation.code"), why);
    assertEquals(1, Fhir.ofPatient(reader, Observation.class, patient).size());
  }
}
