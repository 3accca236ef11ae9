package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Observation is kept as its sender sent it — a panel as one resource with its components, every
 * element the client sent — and served back with IRT's id, versionId and lastUpdated; a correction
 * is a new version of the same resource (vread, history), seen by the care only.
 */
@ExtendWith(ArquillianExtension.class)
class ObservationVersionsIT {

  private static final String BLOOD_PRESSURE = "85354-9";
  private static final String SYSTOLIC = "8480-6";
  private static final String DIASTOLIC = "8462-4";
  private static final String BASE = "/fhir/" + Fhir.NIGUARDA + "/";

  private final IGenericClient gateway = niguardaGateway();
  private final IGenericClient reader = Fhir.niguardaPhysician();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  /** The published blood-pressure example for {@code patient}, taken a minute ago. */
  private static Observation bloodPressure(long patient) {
    return VitalSignsExamplesIT.example("blood-pressure", patient);
  }

  /** {@code o} as JSON without the server's own elements (id, versionId, lastUpdated). */
  private static String asSent(Observation o) {
    Observation copy = o.copy();
    copy.setIdElement(null);
    copy.getMeta().setVersionIdElement(null).setLastUpdatedElement(null);
    return Fhir.R4.newJsonParser().encodeResourceToString(copy);
  }

  private Observation read(IIdType id) {
    return reader
        .read()
        .resource(Observation.class)
        .withId(id.toUnqualifiedVersionless())
        .execute();
  }

  private List<Observation> search(long patient, String parameter, String code) {
    return Fhir.observationsCoded(reader, patient, parameter, code);
  }

  @Test
  void thePublishedBloodPressurePanelComesBackAsOneObservationWithEverythingSent() {
    long patient = patient();
    Observation sent = bloodPressure(patient);

    Observation stored = read(gateway.create().resource(sent).execute().getId());

    assertEquals(2, stored.getComponent().size());
    assertEquals(BLOOD_PRESSURE, stored.getCode().getCodingFirstRep().getCode());
    assertEquals(asSent(sent), asSent(stored));
    assertEquals(1, Fhir.ofPatient(reader, Observation.class, patient).size());
  }

  @Test
  void aPanelIsFoundByItsCodeByAComponentCodeAndByEither() {
    long patient = patient();
    String id = gateway.create().resource(bloodPressure(patient)).execute().getId().getIdPart();

    for (List<String> search :
        List.of(
            List.of("code", BLOOD_PRESSURE),
            List.of("component-code", SYSTOLIC),
            List.of("combo-code", DIASTOLIC),
            List.of("combo-code", BLOOD_PRESSURE))) {
      List<Observation> found = search(patient, search.get(0), search.get(1));
      assertEquals(List.of(id), found.stream().map(o -> o.getIdElement().getIdPart()).toList());
      assertEquals(2, found.get(0).getComponent().size(), search.toString());
    }
    assertEquals(List.of(), search(patient, "code", SYSTOLIC), "code is the panel's own");
    assertEquals(List.of(), search(patient, "component-code", BLOOD_PRESSURE));

    MethodOutcome again =
        reader
            .create()
            .resource(bloodPressure(patient))
            .conditionalByUrl("Observation?patient=Patient/" + patient + "&code=" + BLOOD_PRESSURE)
            .execute();
    assertEquals(id, again.getId().getIdPart(), "If-None-Exist finds the panel by its own code");
    assertFalse(Boolean.TRUE.equals(again.getCreated()));
  }

  @Test
  void eachComponentOfAPanelIsEvaluatedOnArrival() {
    long patient = patient();
    Observation high = bloodPressure(patient);
    high.getComponent().get(0).getValueQuantity().setValue(190); // systolic: alarm above 180

    gateway.create().resource(high).execute();

    List<String> alarmed =
        IrtClient.demo("niguarda.infermiere")
            .get("/api/alarms?patient=" + patient)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("parameter"))
            .toList();
    assertEquals(List.of(SYSTOLIC), alarmed);
  }

  @Test
  void everyElementTheClientSentIsServedBack() {
    long patient = patient();
    Observation sent = vital(patient, WEIGHT, 81.5, "kg", Instant.now().minusSeconds(60));
    sent.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/bodyweight");
    sent.addExtension("https://example.org/fhir/scale-battery", new StringType("low"));
    sent.getValueQuantity()
        .addExtension("https://example.org/fhir/precision", new StringType("0.1 kg"));
    sent.addPerformer().setReference("Patient/" + patient).setDisplay("the patient");
    sent.setBodySite(concept("http://snomed.info/sct", "38266002", "Entire body"));
    sent.setMethod(concept("http://snomed.info/sct", "258104002", "Measured"));
    sent.addInterpretation(
        concept(
            "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "N", "Normal"));
    sent.addNote(new Annotation().setText("pesato al mattino, a digiuno"));
    sent.addReferenceRange()
        .setLow(new Quantity().setValue(60).setUnit("kg").setSystem(Fhir.UCUM).setCode("kg"))
        .setHigh(new Quantity().setValue(90).setUnit("kg").setSystem(Fhir.UCUM).setCode("kg"));

    Observation stored = read(gateway.create().resource(sent).execute().getId());

    assertEquals(asSent(sent), asSent(stored));
    assertEquals("1", stored.getMeta().getVersionId());
    assertNotNull(stored.getMeta().getLastUpdated());
    assertEquals("the patient", stored.getPerformerFirstRep().getDisplay());
    assertEquals("N", stored.getInterpretationFirstRep().getCodingFirstRep().getCode());
  }

  private static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept(new Coding(system, code, display));
  }

  @Test
  void aCorrectionIsANewVersionOfTheSameObservation() {
    long patient = patient();
    Observation reading = vital(patient, WEIGHT, 80, "kg", Instant.now().minusSeconds(300));
    MethodOutcome created = gateway.create().resource(reading).execute();
    assertEquals("1", created.getId().getVersionIdPart(), "Location names the version");
    String id = created.getId().getIdPart();
    IrtClient mmg = IrtClient.demo("niguarda.mmg");
    IrtClient.Answer first = mmg.get(BASE + "Observation/" + id);
    assertEquals("W/\"1\"", first.header("ETag"));
    assertNotNull(first.header("Last-Modified"));

    Observation amended = reading.copy().setStatus(Observation.ObservationStatus.AMENDED);
    amended.setValue(new Quantity().setValue(78).setSystem(Fhir.UCUM).setCode("kg").setUnit("kg"));
    amended.addNote().setText("bilancia non azzerata");
    MethodOutcome correction = gateway.create().resource(amended).execute();

    assertEquals(id, correction.getId().getIdPart(), "the same Observation");
    assertEquals("2", correction.getId().getVersionIdPart());
    Observation current = read(correction.getId());
    assertEquals("2", current.getMeta().getVersionId());
    assertEquals(Observation.ObservationStatus.AMENDED, current.getStatus());
    assertEquals(0, new BigDecimal("78").compareTo(current.getValueQuantity().getValue()));
    assertEquals("W/\"2\"", mmg.get(BASE + "Observation/" + id).header("ETag"));
    Observation original =
        reader.read().resource(Observation.class).withIdAndVersion(id, "1").execute();
    assertEquals(Observation.ObservationStatus.FINAL, original.getStatus());
    assertEquals(0, new BigDecimal("80").compareTo(original.getValueQuantity().getValue()));
    Bundle history =
        reader
            .history()
            .onInstance(new IdType("Observation", id))
            .returnBundle(Bundle.class)
            .execute();
    assertEquals(
        List.of("2", "1"),
        history.getEntry().stream().map(e -> e.getResource().getMeta().getVersionId()).toList());

    Observation withdrawal = amended.copy().setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    assertEquals("3", gateway.create().resource(withdrawal).execute().getId().getVersionIdPart());
    assertEquals(
        Observation.ObservationStatus.ENTEREDINERROR, read(correction.getId()).getStatus());
    assertEquals(List.of(), Fhir.ofPatient(reader, Observation.class, patient));
  }

  @Test
  void anotherAsstFindsNoVersionAndOutsideTheCareTheyAreRefused() {
    long patient = patient();
    Observation reading = vital(patient, WEIGHT, 80, "kg", Instant.now().minusSeconds(300));
    String id = gateway.create().resource(reading).execute().getId().getIdPart();
    IGenericClient bergamo = Fhir.bergamoPhysician();
    IGenericClient outsideTheCare =
        Fhir.client(Fhir.NIGUARDA, "niguarda.pls", IrtClient.DEMO_PASSWORD);

    assertThrows(
        ResourceNotFoundException.class,
        () -> bergamo.read().resource(Observation.class).withId(id).execute());
    assertThrows(
        ResourceNotFoundException.class,
        () -> bergamo.read().resource(Observation.class).withIdAndVersion(id, "1").execute());
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            bergamo
                .history()
                .onInstance(new IdType("Observation", id))
                .returnBundle(Bundle.class)
                .execute());
    assertThrows(
        ForbiddenOperationException.class,
        () ->
            outsideTheCare.read().resource(Observation.class).withIdAndVersion(id, "1").execute());
    assertThrows(
        ForbiddenOperationException.class,
        () ->
            outsideTheCare
                .history()
                .onInstance(new IdType("Observation", id))
                .returnBundle(Bundle.class)
                .execute());
    assertTrue(
        reader.read().resource(Observation.class).withIdAndVersion(id, "1").execute().hasId(),
        "the care reads it");
  }
}
