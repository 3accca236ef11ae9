package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.Fhir.SPO2;
import static it.lombardia.irt.testing.Fhir.vital;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege inside one ASST: a machine does only what its scopes allow and never reaches the
 * record; COT and ADI operators reach the identity and pathway of the patients their centre works
 * for, never the clinical part; every refused attempt is in the patient's access log.
 */
@ExtendWith(ArquillianExtension.class)
class LeastPrivilegeIT {

  private static final IrtClient GATEWAY =
      IrtClient.basic("niguarda-gateway", "niguarda-gateway-demo-secret");
  private static final IrtClient ADMIN = IrtClient.demo("niguarda.admin");
  private static final IrtClient MMG = IrtClient.demo("niguarda.mmg");
  private static final IrtClient COT = IrtClient.demo("niguarda.cot");
  private static final IrtClient ADI = IrtClient.demo("niguarda.adi");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static List<JsonObject> accesses(long patient) {
    return MMG.get("/api/patients/" + patient + "/accesses").array().stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private static boolean logged(long patient, String user, String part, boolean granted) {
    return accesses(patient).stream()
        .anyMatch(
            a ->
                a.getString("username").equals(user)
                    && part.equals(a.getString("part", null))
                    && a.getBoolean("granted") == granted);
  }

  @Test
  void aDeviceGatewayNeitherWritesNorReadsTheRecordAndEachAttemptIsLogged() {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    Answer caregiver =
        GATEWAY.post(
            "/api/patients/" + patient + "/caregivers",
            """
            {"fullName": "Mario Colombo", "relationship": "figlio"}""");
    assertEquals(403, caregiver.status(), caregiver.body());
    for (String path :
        List.of(
            "/api/records/" + patient,
            "/api/records/" + patient + "/documents",
            "/api/records/" + patient + "/time",
            "/api/patients/" + patient + "/caregivers",
            "/api/patients/" + patient + "/accesses",
            "/api/patients/" + patient + "/diagnoses",
            "/api/enrolments?patient=" + patient)) {
      assertEquals(403, GATEWAY.get(path).status(), path);
    }
    assertTrue(
        logged(patient, "niguarda-gateway", "IDENTITY", false), accesses(patient).toString());
    assertTrue(
        logged(patient, "niguarda-gateway", "CLINICAL", false), accesses(patient).toString());
    assertTrue(
        MMG.get("/api/patients/" + patient + "/caregivers").array().stream()
            .noneMatch(c -> c.toString().contains("Mario Colombo")),
        "nothing was written");
  }

  @Test
  void anApiClientDoesOnlyWhatItsScopesAllow() {
    String clientId = "app-" + UUID.randomUUID().toString().substring(0, 8);
    Answer issued =
        ADMIN.post(
            "/api/api-clients",
            """
            {"clientId": "%s", "name": "App del paziente", "scopes": "system/Observation.c"}"""
                .formatted(clientId));
    assertEquals(201, issued.status(), issued.body());
    String secret = issued.object().getString("secret");
    long id =
        ADMIN.get("/api/api-clients").array().stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("clientId").equals(clientId))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    IGenericClient app = Fhir.client(Fhir.NIGUARDA, clientId, secret);
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();

    app.create().resource(vital(patient, SPO2, 97, "%", Instant.now().minusSeconds(90))).execute();
    assertThrows(
        ForbiddenOperationException.class,
        () -> app.read().resource(Patient.class).withId(String.valueOf(patient)).execute());
    assertThrows(
        ForbiddenOperationException.class, () -> Fhir.ofPatient(app, Observation.class, patient));
    assertEquals(403, IrtClient.basic(clientId, secret).get("/api/patients/" + patient).status());

    Observation byTheGateway = vital(patient, SPO2, 91, "%", Instant.now().minusSeconds(60));
    Fhir.niguardaGateway().create().resource(byTheGateway).execute();
    Observation withdrawal =
        byTheGateway.copy().setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    assertThrows(
        ForbiddenOperationException.class, () -> app.create().resource(withdrawal).execute());

    Answer widened =
        ADMIN.put(
            "/api/api-clients/" + id + "/scopes",
            """
            {"scopes": "system/Observation.cs system/Patient.r"}""");
    assertEquals(200, widened.status(), widened.body());
    assertEquals(
        "Patient/" + patient,
        app.read()
            .resource(Patient.class)
            .withId(String.valueOf(patient))
            .execute()
            .getIdElement()
            .toUnqualifiedVersionless()
            .getValue());
    assertEquals(2, Fhir.ofPatient(app, Observation.class, patient).size());

    Answer bad = ADMIN.put("/api/api-clients/" + id + "/scopes", "{\"scopes\": \"patient/*.*\"}");
    assertEquals(400, bad.status(), bad.body());
    IrtClient bergamo = IrtClient.demo("bergamo.admin");
    assertEquals(
        404,
        bergamo
            .put("/api/api-clients/" + id + "/scopes", "{\"scopes\": \"system/*.cruds\"}")
            .status());
    assertFalse(bergamo.get("/api/api-clients").body().contains(clientId));
  }

  @Test
  void operatorsReachOnlyTheIdentityAndPathwayOfThePatientsTheirCentreWorksFor() {
    long outsideAnyPathway = CarePathways.registerPatient();
    for (IrtClient operator : List.of(COT, ADI)) {
      assertEquals(403, operator.get("/api/patients/" + outsideAnyPathway).status());
    }
    long proposed = CarePathways.registerPatient();
    CarePathways.propose(proposed, "[\"TELEMONITORING_LEVEL_1\"]");
    for (IrtClient operator : List.of(COT, ADI)) {
      assertEquals(200, operator.get("/api/patients/" + proposed).status());
      assertEquals(200, operator.get("/api/enrolments?patient=" + proposed).status());
      assertEquals(403, operator.get("/api/records/" + proposed).status());
      assertEquals(403, operator.get("/api/records/" + proposed + "/documents").status());
    }
    String cf = MMG.get("/api/patients/" + proposed).object().getString("codiceFiscale");
    assertEquals(1, COT.get("/api/patients?q=" + cf).array().size());
    String other =
        MMG.get("/api/patients/" + outsideAnyPathway).object().getString("codiceFiscale");
    assertEquals(0, COT.get("/api/patients?q=" + other).array().size());

    assertTrue(logged(proposed, "niguarda.cot", "IDENTITY", true), accesses(proposed).toString());
    assertTrue(logged(proposed, "niguarda.cot", "CLINICAL", false), accesses(proposed).toString());
    assertTrue(
        logged(outsideAnyPathway, "niguarda.adi", "IDENTITY", false),
        accesses(outsideAnyPathway).toString());

    Answer registered =
        COT.post(
            "/api/patients",
            """
            {"codiceFiscale": "%s", "givenName": "Ada", "familyName": "Brambilla",
             "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano",
             "requestingPhysician": "niguarda.mmg"}"""
                .formatted(CodiciFiscali.newValid()));
    assertEquals(201, registered.status(), registered.body());
    long own = registered.object().getJsonNumber("id").longValue();
    assertEquals(200, COT.get("/api/patients/" + own).status());
    assertEquals(403, ADI.get("/api/patients/" + own).status());

    Answer glass =
        COT.post(
            "/api/patients/" + proposed + "/emergency-access",
            """
            {"reason": "paziente in pronto soccorso, serve la terapia in corso"}""");
    assertEquals(201, glass.status(), glass.body());
    assertEquals(200, COT.get("/api/records/" + proposed).status());
  }
}
