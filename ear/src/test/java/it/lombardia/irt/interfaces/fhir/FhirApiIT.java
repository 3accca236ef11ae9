package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.SPO2;
import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.diagnostics;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.OperationsMetrics;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ObservationDefinition;
import org.hl7.fhir.r4.model.ObservationDefinition.ObservationDefinitionQualifiedIntervalComponent;
import org.hl7.fhir.r4.model.ObservationDefinition.ObservationRangeCategory;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FHIR API with HAPI's generic client as a real client: create, batch and transaction,
 * idempotent re-send, search, validation with OperationOutcome and nothing stored, the device
 * association check, the monitoring plan as HL7 Italia's Piano di telemonitoraggio, and tenant
 * isolation.
 */
@ExtendWith(ArquillianExtension.class)
class FhirApiIT {

  /** The plan's own value for the SpO2 attention threshold (the protocol's default is 92). */
  private static final String SPO2_ATTENTION_AT_94 =
      "[{\"parameter\": \"59408-5\", \"level\": \"ATTENTION\", \"value\": 94}]";

  private static final IrtClient ADI = IrtClient.demo("niguarda.adi");
  private static final IrtClient NURSE = IrtClient.demo("niguarda.infermiere");
  private static final String MDC = "urn:iso:std:iso:11073:10101";

  private final IGenericClient gateway = niguardaGateway();

  /** The physician in the care of the tests' patients: a device gateway does not read back. */
  private final IGenericClient reader = Fhir.niguardaPhysician();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long patient() {
    return CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
  }

  private List<Observation> stored(long patient) {
    return Fhir.ofPatient(reader, Observation.class, patient);
  }

  @Test
  void anObservationIsStoredOnceHoweverOftenItIsSent() {
    long patient = patient();
    Observation weight = vital(patient, WEIGHT, 78.4, "kg", Instant.now().minusSeconds(60));

    MethodOutcome created = gateway.create().resource(weight).execute();
    assertEquals(Boolean.TRUE, created.getCreated());
    MethodOutcome resent = gateway.create().resource(weight).execute();
    assertNotEquals(Boolean.TRUE, resent.getCreated(), "a re-sent measurement is not created");
    assertEquals(created.getId().getIdPart(), resent.getId().getIdPart());
    MethodOutcome conditional =
        gateway
            .create()
            .resource(weight)
            .conditional()
            .where(
                Observation.IDENTIFIER
                    .exactly()
                    .systemAndIdentifier(
                        Fhir.IDENTIFIERS, weight.getIdentifierFirstRep().getValue()))
            .execute();
    assertEquals(created.getId().getIdPart(), conditional.getId().getIdPart());

    List<Observation> stored = stored(patient);
    assertEquals(1, stored.size());
    assertEquals(78.4, stored.get(0).getValueQuantity().getValue().doubleValue());
    Observation read =
        reader.read().resource(Observation.class).withId(created.getId().getIdPart()).execute();
    assertEquals(WEIGHT, read.getCode().getCodingFirstRep().getCode());
    assertEquals("Patient/" + patient, read.getSubject().getReference());
  }

  /**
   * What operations watch, served to Prometheus on the management port: readings by outcome (a
   * re-sent one counted as existing), the intake time, the alarms waiting and the outboxes'
   * backlog.
   */
  @Test
  void prometheusCountsReadingsByOutcomeAndSeesTheAlarmsWaiting() throws Exception {
    double created = OperationsMetrics.value("irt_readings_total", "outcome=\"created\"");
    double existing = OperationsMetrics.value("irt_readings_total", "outcome=\"existing\"");
    long patient = patient();
    Observation weight = vital(patient, WEIGHT, 78.4, "kg", Instant.now().minusSeconds(60));
    gateway.create().resource(weight).execute();
    gateway.create().resource(weight).execute();
    gateway.create().resource(vital(patient, SPO2, 80, "%", Instant.now())).execute();

    assertEquals(created + 2, OperationsMetrics.value("irt_readings_total", "outcome=\"created\""));
    assertEquals(
        existing + 1, OperationsMetrics.value("irt_readings_total", "outcome=\"existing\""));
    assertTrue(OperationsMetrics.value("irt_ingestion_seconds_count", "") >= 3);
    OperationsMetrics.await("irt_alarms_unacknowledged", "level=\"critical\"", v -> v >= 1);
    assertTrue(
        OperationsMetrics.value("irt_outbox_pending", "outbox=\"fse-delivery\"") >= 0,
        "the FSE outbox's backlog is watched");
  }

  @Test
  void anotherPatientsIdentifierNeitherHidesNorRevealsTheirReading() {
    long x = patient();
    long y = patient();
    Observation ofY = vital(y, SPO2, 95, "%", Instant.now().minusSeconds(120));
    String idOfY = gateway.create().resource(ofY).execute().getId().getIdPart();
    IGenericClient physician = Fhir.client(Fhir.NIGUARDA, "niguarda.mmg", IrtClient.DEMO_PASSWORD);

    Observation withdrawal = ofY.copy().setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    withdrawal.setSubject(new Reference("Patient/" + x));
    Observation resent = ofY.copy().setSubject(new Reference("Patient/" + x));
    for (var attempt :
        List.of(
            (Runnable) () -> physician.create().resource(withdrawal).execute(),
            () -> gateway.create().resource(resent).execute())) {
      ResourceVersionConflictException conflict =
          assertThrows(ResourceVersionConflictException.class, attempt::run);
      String told = diagnostics(conflict);
      assertTrue(told.contains("nothing was stored"), told);
      assertFalse(told.contains("Observation/" + idOfY) || told.contains("Patient/" + y), told);
    }
    Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
    batch.addEntry().setResource(resent).getRequest().setMethod(Bundle.HTTPVerb.POST);
    Bundle answered = gateway.transaction().withBundle(batch).execute();
    assertEquals("409 Conflict", answered.getEntryFirstRep().getResponse().getStatus());

    assertEquals(List.of(idOfY), stored(y).stream().map(o -> o.getIdPart()).toList());
    assertEquals(List.of(), stored(x));
  }

  @Test
  void aCorrectionByTheSenderOrTheCareTeamIsWrittenToTheRecordWithWhoAndWhy() {
    long patient = patient();
    Observation reading = vital(patient, SPO2, 90, "%", Instant.now().minusSeconds(300));
    gateway.create().resource(reading).execute();
    Observation amended = reading.copy().setStatus(Observation.ObservationStatus.AMENDED);
    amended.setValue(new Quantity().setValue(96).setSystem(Fhir.UCUM).setCode("%").setUnit("%"));
    amended.addNote().setText("sensore spostato durante la misura");
    assertEquals(Boolean.TRUE, gateway.create().resource(amended).execute().getCreated());
    assertEquals(
        List.of(96.0),
        stored(patient).stream().map(o -> o.getValueQuantity().getValue().doubleValue()).toList());

    Observation withdrawal = amended.copy().setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    withdrawal.getNote().clear();
    withdrawal.addNote().setText("paziente diverso al saturimetro");
    IGenericClient nurse =
        Fhir.client(Fhir.NIGUARDA, "niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    assertEquals(Boolean.TRUE, nurse.create().resource(withdrawal).execute().getCreated());
    assertEquals(List.of(), stored(patient));

    String timeline = NURSE.get("/api/records/" + patient).body();
    assertTrue(timeline.contains("corretta in 96 %"), timeline);
    assertTrue(timeline.contains("sensore spostato durante la misura"), timeline);
    assertTrue(timeline.contains("annullata (inserita per errore)"), timeline);
    assertTrue(timeline.contains("paziente diverso al saturimetro"), timeline);

    Observation secondAmendment = amended.copy();
    secondAmendment.setValue(
        new Quantity().setValue(97).setSystem(Fhir.UCUM).setCode("%").setUnit("%"));
    assertThrows(
        ResourceVersionConflictException.class,
        () -> gateway.create().resource(secondAmendment).execute());
  }

  @Test
  void aBatchAnswersEachEntryAndATransactionAllOrNothing() {
    long patient = patient();
    Instant now = Instant.now().minusSeconds(30);
    Observation first = vital(patient, WEIGHT, 80, "kg", now.minusSeconds(7200));
    gateway.create().resource(first).execute();
    Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
    for (Observation o :
        List.of(
            vital(patient, WEIGHT, 80.2, "kg", now),
            vital(patient, WEIGHT, 177, "mm[Hg]", now),
            first,
            vital(patient, SPO2, 97, "%", now.minusSeconds(3600)))) {
      batch
          .addEntry()
          .setResource(o)
          .getRequest()
          .setMethod(Bundle.HTTPVerb.POST)
          .setUrl("Observation");
    }
    Bundle answer = gateway.transaction().withBundle(batch).execute();

    assertEquals(Bundle.BundleType.BATCHRESPONSE, answer.getType());
    List<String> statuses =
        answer.getEntry().stream().map(e -> e.getResponse().getStatus()).toList();
    assertEquals(
        List.of("201 Created", "422 Unprocessable Entity", "200 OK", "201 Created"), statuses);
    String why =
        ((OperationOutcome) answer.getEntry().get(1).getResponse().getOutcome())
            .getIssueFirstRep()
            .getDiagnostics();
    // The HL7 body-weight profile binds the unit to kg, g or [lb_av]: the validator names the unit.
    assertTrue(why.contains("mm[Hg]") && why.contains("Body Weight Units"), why);
    assertEquals(
        3, stored(patient).size(), "the refused entry stored nothing, the re-sent one once");

    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    for (Observation o :
        List.of(vital(patient, WEIGHT, 80.4, "kg", now), vital(patient, WEIGHT, 400, "kg", now))) {
      transaction
          .addEntry()
          .setResource(o)
          .getRequest()
          .setMethod(Bundle.HTTPVerb.POST)
          .setUrl("Observation");
    }
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class,
            () -> gateway.transaction().withBundle(transaction).execute());
    assertTrue(diagnostics(refused).contains("not a plausible"), diagnostics(refused));
    assertTrue(diagnostics(refused).contains("Bundle.entry[1]"), diagnostics(refused));
    assertEquals(3, stored(patient).size(), "a refused transaction stores nothing");
  }

  @Test
  void invalidObservationsAreRefusedWithAnOperationOutcomeAndNothingStored() {
    long patient = patient();
    Instant at = Instant.now().minusSeconds(60);
    Observation noIdentifierSystem = vital(patient, WEIGHT, 80, "kg", at);
    noIdentifierSystem.getIdentifierFirstRep().setSystem(null);
    Observation unknownPatient = vital(patient, WEIGHT, 80, "kg", at);
    unknownPatient.setSubject(new Reference("Patient/987654321"));
    Observation notMonitored = vital(patient, "2339-0", 110, "mg/dL", at);
    Observation future = vital(patient, WEIGHT, 80, "kg", Instant.now().plus(Duration.ofHours(2)));
    Observation noCategory = vital(patient, WEIGHT, 80, "kg", at);
    noCategory.getCategory().clear();
    Observation implausible = vital(patient, SPO2, 130, "%", at);

    for (var bad :
        List.of(
            List.of(noIdentifierSystem, "identifier"),
            List.of(unknownPatient, "Patient/987654321"),
            List.of(notMonitored, "2339-0"),
            List.of(future, "future"),
            List.of(noCategory, "vital-signs"),
            List.of(implausible, "not a plausible"))) {
      UnprocessableEntityException e =
          assertThrows(
              UnprocessableEntityException.class,
              () -> gateway.create().resource((Observation) bad.get(0)).execute());
      assertTrue(diagnostics(e).contains((String) bad.get(1)), diagnostics(e));
    }
    Answer unknownElement =
        IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret")
            .upload(
                "/fhir/ASST-NIGUARDA/Observation",
                "application/fhir+json",
                Fhir.R4
                    .newJsonParser()
                    .encodeResourceToString(vital(patient, WEIGHT, 80, "kg", at))
                    .replaceFirst("\\{", "{\"colour\": \"blue\", ")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, unknownElement.status(), unknownElement.body());
    assertTrue(unknownElement.body().contains("OperationOutcome"), unknownElement.body());
    assertTrue(stored(patient).isEmpty());
  }

  @Test
  void aGatewaysConcurrentCreatesAreEachAnsweredOnTheirOwn() throws Exception {
    long patient = patient();
    Instant at = Instant.now().minusSeconds(600);
    List<Observation> valid = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      valid.add(vital(patient, WEIGHT, 80 + i / 10.0, "kg", at.plusSeconds(i)));
    }
    Observation twice = vital(patient, SPO2, 97, "%", at);
    Observation implausible = vital(patient, SPO2, 130, "%", at);
    Observation wrongUnit = vital(patient, WEIGHT, 177, "mm[Hg]", at);
    List<Observation> sent = new ArrayList<>(valid);
    sent.addAll(List.of(twice, twice.copy(), implausible, wrongUnit));

    // All at once, so that the server stores them in shared groups: each still gets its own answer.
    ExecutorService senders = Executors.newFixedThreadPool(sent.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> answers = new ArrayList<>();
    for (Observation o : sent) {
      IGenericClient client = niguardaGateway();
      answers.add(
          senders.submit(
              () -> {
                start.await();
                try {
                  return client.create().resource(o).execute();
                } catch (UnprocessableEntityException e) {
                  return e;
                }
              }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> answer : answers) {
      outcomes.add(answer.get(60, TimeUnit.SECONDS));
    }
    senders.shutdown();

    for (int i = 0; i < valid.size(); i++) {
      MethodOutcome created = (MethodOutcome) outcomes.get(i);
      assertEquals(Boolean.TRUE, created.getCreated(), "reading " + i);
    }
    MethodOutcome one = (MethodOutcome) outcomes.get(8);
    MethodOutcome other = (MethodOutcome) outcomes.get(9);
    assertEquals(one.getId().getIdPart(), other.getId().getIdPart(), "one stored reading");
    assertEquals(
        1,
        (Boolean.TRUE.equals(one.getCreated()) ? 1 : 0)
            + (Boolean.TRUE.equals(other.getCreated()) ? 1 : 0),
        "created once, found the other time");
    String implausibleWhy = diagnostics((UnprocessableEntityException) outcomes.get(10));
    assertTrue(implausibleWhy.contains("not a plausible"), implausibleWhy);
    assertTrue(implausibleWhy.contains("Observation.valueQuantity"), implausibleWhy);
    String unitWhy = diagnostics((UnprocessableEntityException) outcomes.get(11));
    assertTrue(unitWhy.contains("mm[Hg]") && unitWhy.contains("Body Weight Units"), unitWhy);
    assertEquals(9, stored(patient).size(), "the 8 readings and the re-sent one, once");
  }

  /** A new device of {@code type} in the inventory; its id. */
  private static long newDevice(String type, String serial) {
    return ADI.post(
            "/api/devices",
            "{\"networkId\": \"cardiology\", \"typeId\": \"%s\", \"serialNumber\": \"%s\"}"
                .formatted(type, serial))
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /** Assigns, delivers and installs a device for the patient: their association starts now. */
  private static void install(long device, long patient) {
    for (String step :
        List.of(
            "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}",
            "{\"status\": \"DELIVERED\", \"place\": \"domicilio\"}",
            "{\"status\": \"INSTALLED\"}")) {
      assertEquals(200, ADI.post("/api/devices/" + device + "/steps", step).status());
    }
  }

  @Test
  void aReadingFromADeviceNotAssociatedWithThePatientAtThatTimeIsRefused() {
    long patient = patient();
    String serial = "SC-" + UUID.randomUUID();
    long device = newDevice("connected-scale", serial);
    Observation beforeInstallation =
        vital(patient, WEIGHT, 79, "kg", Instant.now().minusSeconds(600));
    beforeInstallation.setDevice(new Reference("Device/" + device));
    UnprocessableEntityException refused =
        assertThrows(
            UnprocessableEntityException.class,
            () -> gateway.create().resource(beforeInstallation).execute());
    assertTrue(diagnostics(refused).contains("not associated"), diagnostics(refused));

    install(device, patient);
    assertThrows(
        UnprocessableEntityException.class,
        () -> gateway.create().resource(beforeInstallation).execute(),
        "the device was not the patient's when that reading was taken");
    Observation bySerial = vital(patient, WEIGHT, 79, "kg", Instant.now().plusSeconds(2));
    bySerial.getDevice().getIdentifier().setSystem("urn:irt:device-serial").setValue(serial);
    assertEquals(Boolean.TRUE, gateway.create().resource(bySerial).execute().getCreated());
    assertEquals(
        Long.valueOf(device),
        stored(patient).get(0).getDevice().getReferenceElement().getIdPartAsLong());
    assertEquals(
        1,
        gateway
            .search()
            .forResource(org.hl7.fhir.r4.model.Device.class)
            .where(org.hl7.fhir.r4.model.Device.IDENTIFIER.exactly().code(serial))
            .returnBundle(Bundle.class)
            .execute()
            .getEntry()
            .size());
  }

  @Test
  void aVendorPlatformsBundleReachesThePatientThroughTheImplantedDevice() {
    String serial = "ICD-" + UUID.randomUUID();
    long patient = implantedPatient(serial);

    Bundle transmission = vendorTransmission(serial, 64);
    Bundle answer = gateway.transaction().withBundle(transmission).execute();
    assertEquals(
        List.of("200 OK", "200 OK", "201 Created"),
        answer.getEntry().stream().map(e -> e.getResponse().getStatus()).toList());
    List<Observation> stored = stored(patient);
    assertEquals(1, stored.size(), "the vendor's patient is IRT's patient with that implant");
    assertEquals(64, stored.get(0).getValueQuantity().getValue().intValue());
    String notImplanted = "ICD-" + UUID.randomUUID();
    newDevice("cied-remote-monitoring", notImplanted);
    Bundle.BundleEntryResponseComponent refused =
        gateway
            .transaction()
            .withBundle(vendorTransmission(notImplanted, 70))
            .execute()
            .getEntry()
            .get(2)
            .getResponse();
    assertEquals("422 Unprocessable Entity", refused.getStatus());
    String why = ((OperationOutcome) refused.getOutcome()).getIssueFirstRep().getDiagnostics();
    assertTrue(why.contains("not associated with any patient"), why);
  }

  /** A patient under level-2 tele-monitoring with an ICD of serial {@code serial} implanted. */
  private long implantedPatient(String serial) {
    long patient =
        CarePathways.monitoredPatient(
                "implantable-cardiac-devices",
                """
                {"cied-type": "ICD", "cied-transmitter-active": "yes",
                 "telemonitoring-consent": "yes", "vendor-platform-connected": "yes"}""",
                "TELEMONITORING_LEVEL_2",
                "[]",
                CarePathways.ALARMS_TO_THE_NURSE)
            .id();
    install(newDevice("cied-remote-monitoring", serial), patient);
    return patient;
  }

  /** A vendor platform's transmission: its Device and Patient, and a heart-rate Observation. */
  private static Bundle vendorTransmission(String serial, int heartRate) {
    org.hl7.fhir.r4.model.Device implant = new org.hl7.fhir.r4.model.Device();
    implant.setSerialNumber(serial);
    Patient vendorPatient = new Patient();
    vendorPatient
        .addIdentifier()
        .setSystem("urn:vendor:patient")
        .setValue("V-" + UUID.randomUUID());
    Observation hr = vital(0, "8867-4", heartRate, "/min", Instant.now().plusSeconds(2));
    hr.setSubject(new Reference("urn:uuid:vendor-patient"));
    hr.setDevice(new Reference("urn:uuid:implant"));
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setFullUrl("urn:uuid:implant").setResource(implant);
    b.addEntry().setFullUrl("urn:uuid:vendor-patient").setResource(vendorPatient);
    b.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(hr);
    return b;
  }

  @Test
  void aCardxInterrogationRaisesTheImplantsAlarmsWithTheirExplanation() {
    String serial = "ICD-" + UUID.randomUUID();
    long patient = implantedPatient(serial);
    Instant installed = Instant.now();

    Bundle normal = cardxTransmission(serial, installed.plusSeconds(1), 96, 0.4, 0, 520);
    assertEquals(
        List.of("200 OK", "200 OK", "200 OK", "201 Created"),
        gateway.transaction().withBundle(normal).execute().getEntry().stream()
            .map(e -> e.getResponse().getStatus())
            .toList());
    List<Observation> stored = stored(patient);
    assertEquals(1, stored.size(), "one interrogation");
    assertEquals(6, stored.get(0).getComponent().size(), "served as sent, settings included");
    assertEquals("Patient/" + patient, stored.get(0).getSubject().getReference(), "resolved");
    assertTrue(stored.get(0).getDevice().getReference().startsWith("Device/"), "resolved");
    assertTrue(NURSE.get("/api/alarms?patient=" + patient).array().isEmpty());

    gateway
        .transaction()
        .withBundle(cardxTransmission(serial, installed.plusSeconds(2), 2, 31, 1, 530))
        .execute();
    List<JsonObject> alarms =
        NURSE.get("/api/alarms?patient=" + patient).array().getValuesAs(JsonObject.class);
    assertEquals(3, alarms.size(), alarms.toString());
    assertTrue(alarms.stream().allMatch(a -> a.getString("level").equals("ALARM")));
    String why = alarms.stream().map(a -> a.getString("explanationIt")).toList().toString();
    assertTrue(why.contains("soglia di allarme di 1 (del protocollo)"), why);
    assertTrue(why.contains("31 % il"), why);
    assertTrue(why.contains("2 mo il"), why);
  }

  /**
   * A vendor platform's interrogation in the shape of HL7 CardX-CIED: a collection with the
   * implant, the vendor's patient, the report and one IdcoObservation whose components carry IEEE
   * 11073-10103 codes — quantities IRT monitors, and a battery status and a measurement time that
   * are part of the report only.
   */
  private static Bundle cardxTransmission(
      String serial, Instant at, double longevity, double afBurden, int shocks, int impedance) {
    org.hl7.fhir.r4.model.Device implant = new org.hl7.fhir.r4.model.Device();
    implant.setSerialNumber(serial);
    Patient vendorPatient = new Patient();
    vendorPatient.addIdentifier().setSystem("urn:vendor:patient").setValue("V-" + serial);
    DiagnosticReport report = new DiagnosticReport();
    report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    report.getCode().addCoding().setSystem(MDC).setCode("754051").setDisplay("Remote");
    Observation idco = new Observation();
    idco.setStatus(Observation.ObservationStatus.FINAL);
    idco.addIdentifier()
        .setSystem("urn:vendor:interrogation")
        .setValue(UUID.randomUUID().toString());
    idco.getCode().addCoding().setSystem(MDC).setCode("720908");
    idco.setSubject(new Reference("urn:uuid:vendor-patient"));
    idco.setDevice(new Reference("urn:uuid:implant"));
    idco.setEffective(new DateTimeType(Date.from(at)));
    idco.addComponent(mdc("721472", longevity, "mo"));
    idco.addComponent()
        .setCode(new CodeableConcept(new Coding(MDC, "721280", "Battery Status")))
        .setValue(new CodeableConcept(new Coding(MDC, "754113", "Beginning of Service")));
    idco.addComponent()
        .setCode(new CodeableConcept(new Coding(MDC, "721216", "Battery Date Time")))
        .setValue(new DateTimeType(Date.from(at)));
    idco.addComponent(mdc("737696", afBurden, "%"));
    idco.addComponent(mdc("737824", shocks, "{#}"));
    idco.addComponent(mdc("722433", impedance, "Ohm"));
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setFullUrl("urn:uuid:implant").setResource(implant);
    b.addEntry().setFullUrl("urn:uuid:vendor-patient").setResource(vendorPatient);
    b.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(report);
    b.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(idco);
    return b;
  }

  private static Observation.ObservationComponentComponent mdc(
      String code, double value, String unit) {
    Observation.ObservationComponentComponent c = new Observation.ObservationComponentComponent();
    c.setCode(new CodeableConcept(new Coding(MDC, code, null)));
    c.setValue(
        new Quantity()
            .setValue(value)
            .setUnit(unit)
            .setSystem("http://unitsofmeasure.org")
            .setCode(unit));
    return c;
  }

  @Test
  void patientsAreFoundByCodiceFiscaleWithinTheClientsScope() {
    long patient = patient();
    Patient read = gateway.read().resource(Patient.class).withId(String.valueOf(patient)).execute();
    String cf = read.getIdentifierFirstRep().getValue();
    Bundle found =
        gateway
            .search()
            .forResource(Patient.class)
            .where(
                Patient.IDENTIFIER
                    .exactly()
                    .systemAndIdentifier("http://hl7.it/sid/codiceFiscale", cf))
            .returnBundle(Bundle.class)
            .execute();
    assertEquals(1, found.getEntry().size());
    long notEnrolled = CarePathways.registerPatient();
    assertThrows(
        ForbiddenOperationException.class,
        () -> gateway.read().resource(Patient.class).withId(String.valueOf(notEnrolled)).execute());
    CapabilityStatement capabilities =
        gateway.capabilities().ofType(CapabilityStatement.class).execute();
    assertTrue(
        capabilities.getRestFirstRep().getResource().stream()
            .anyMatch(r -> r.getType().equals("Observation")));
  }

  @Test
  void anotherAsstsCredentialsAreRefusedOnThisBase() {
    long patient = patient();
    IGenericClient bergamoOnNiguarda =
        Fhir.client(Fhir.NIGUARDA, "bergamo-gateway", "bergamo-gateway-demo-secret");
    assertThrows(
        ForbiddenOperationException.class,
        () ->
            bergamoOnNiguarda
                .create()
                .resource(vital(patient, WEIGHT, 80, "kg", Instant.now()))
                .execute());
    assertThrows(
        ForbiddenOperationException.class,
        () ->
            bergamoOnNiguarda
                .read()
                .resource(Patient.class)
                .withId(String.valueOf(patient))
                .execute());
    IGenericClient bergamo =
        Fhir.client("ASST-PAPA-GIOVANNI-XXIII", "bergamo-gateway", "bergamo-gateway-demo-secret");
    assertThrows(
        ResourceNotFoundException.class,
        () -> bergamo.read().resource(Patient.class).withId(String.valueOf(patient)).execute());
    assertThrows(
        UnprocessableEntityException.class,
        () -> bergamo.create().resource(vital(patient, WEIGHT, 80, "kg", Instant.now())).execute());
    IGenericClient wrongSecret = Fhir.client(Fhir.NIGUARDA, "niguarda-gateway", "guess");
    assertThrows(
        AuthenticationException.class,
        () -> wrongSecret.read().resource(Patient.class).withId(String.valueOf(patient)).execute());
    assertTrue(stored(patient).isEmpty());
  }

  private static Resource contained(CarePlan plan, String reference) {
    return plan.getContained().stream()
        .filter(r -> reference.equals("#" + r.getIdElement().getIdPart()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(reference + " is not contained in the plan"));
  }

  private static ObservationDefinitionQualifiedIntervalComponent interval(
      ObservationDefinition parameter, String level) {
    return parameter.getQualifiedInterval().stream()
        .filter(
            i ->
                i.getCategory() == ObservationRangeCategory.CRITICAL
                    && i.getCondition().startsWith(level))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + level + " threshold"));
  }

  @Test
  void theMonitoringPlanIsAPianoDiTelemonitoraggioWithTheThresholdsInForce() {
    CarePathways.MonitoredPatient patient =
        CarePathways.monitoredPatient(SPO2_ATTENTION_AT_94, CarePathways.ALARMS_TO_THE_NURSE);

    CarePlan plan =
        reader.read().resource(CarePlan.class).withId(String.valueOf(patient.plan())).execute();
    assertEquals(
        "http://hl7.it/fhir/telemonitoraggio/StructureDefinition/CarePlanPianoDiCuraTelemonitoraggio",
        plan.getMeta().getProfile().get(0).getValue());
    assertEquals("Patient/" + patient.id(), plan.getSubject().getReference());
    assertEquals(CarePlan.CarePlanStatus.ACTIVE, plan.getStatus());
    assertEquals("01", plan.getCategoryFirstRep().getCodingFirstRep().getCode());
    CarePlan.CarePlanActivityDetailComponent spo2Activity =
        plan.getActivity().stream()
            .map(CarePlan.CarePlanActivityComponent::getDetail)
            .filter(
                d ->
                    contained(plan, d.getInstantiatesCanonical().get(0).getValue())
                            instanceof ActivityDefinition a
                        && SPO2.equals(a.getCode().getCodingFirstRep().getCode()))
            .findFirst()
            .orElseThrow();
    ActivityDefinition activity =
        (ActivityDefinition)
            contained(plan, spo2Activity.getInstantiatesCanonical().get(0).getValue());
    assertEquals(1, activity.getTimingTiming().getRepeat().getFrequency());
    assertEquals(Timing.UnitsOfTime.D, activity.getTimingTiming().getRepeat().getPeriodUnit());
    ObservationDefinition spo2 =
        (ObservationDefinition)
            contained(plan, activity.getObservationRequirementFirstRep().getReference());
    assertEquals(SPO2, spo2.getCode().getCodingFirstRep().getCode());

    ObservationDefinitionQualifiedIntervalComponent attention = interval(spo2, "Attenzione");
    assertEquals(94, attention.getRange().getLow().getValue().doubleValue());
    assertTrue(attention.getCondition().contains("personalizzata nel piano"));
    ObservationDefinitionQualifiedIntervalComponent alarm = interval(spo2, "Allarme");
    assertEquals(90, alarm.getRange().getLow().getValue().doubleValue());
    assertTrue(alarm.getCondition().contains("del protocollo"));
    assertTrue(
        spo2.getQualifiedInterval().stream()
            .anyMatch(i -> i.getCategory() == ObservationRangeCategory.ABSOLUTE));

    Bundle found =
        reader
            .search()
            .forResource(CarePlan.class)
            .where(CarePlan.PATIENT.hasId("Patient/" + patient.id()))
            .returnBundle(Bundle.class)
            .execute();
    assertEquals(
        List.of(String.valueOf(patient.plan())),
        found.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList());
  }

  @Test
  void anotherAsstCannotReadTheMonitoringPlan() {
    CarePathways.MonitoredPatient patient =
        CarePathways.monitoredPatient(SPO2_ATTENTION_AT_94, CarePathways.ALARMS_TO_THE_NURSE);
    String plan = String.valueOf(patient.plan());
    IGenericClient bergamo = Fhir.bergamoPhysician();
    assertThrows(
        ResourceNotFoundException.class,
        () -> bergamo.read().resource(CarePlan.class).withId(plan).execute());
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            bergamo
                .search()
                .forResource(CarePlan.class)
                .where(CarePlan.PATIENT.hasId("Patient/" + patient.id()))
                .returnBundle(Bundle.class)
                .execute());
    IGenericClient bergamoOnNiguarda =
        Fhir.client(Fhir.NIGUARDA, "bergamo-gateway", "bergamo-gateway-demo-secret");
    assertThrows(
        ForbiddenOperationException.class,
        () -> bergamoOnNiguarda.read().resource(CarePlan.class).withId(plan).execute());
    assertEquals(
        plan,
        reader.read().resource(CarePlan.class).withId(plan).execute().getIdElement().getIdPart());
  }
}
