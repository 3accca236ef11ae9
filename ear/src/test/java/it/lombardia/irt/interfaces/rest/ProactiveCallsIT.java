package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.HomeDevices;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proactive calls: a monitored patient whose installed scale stops sending gets one call task on
 * the service centre's desk (however often the missing-data check runs, the IT runs it every 2 s);
 * the centre's operator records the outcome, which closes the task and reaches the care team in the
 * home-care record; nobody else records one, and only on a call task.
 */
@ExtendWith(ArquillianExtension.class)
class ProactiveCallsIT {

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final IrtClient BERGAMO_DESK = demo("bergamo.helpdesk");
  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static List<JsonObject> callsFor(long patient) {
    Answer a = DESK.get("/api/tickets?category=CONNECTIVITY");
    assertEquals(200, a.status(), a.body());
    return a.array().getValuesAs(JsonObject.class).stream()
        .filter(t -> "PROACTIVE".equals(t.getString("channel")))
        .filter(t -> !t.isNull("patientId") && t.getJsonNumber("patientId").longValue() == patient)
        .toList();
  }

  private static Answer outcome(IrtClient who, long ticket, String json) {
    return who.post("/api/tickets/" + ticket + "/call-outcome", json);
  }

  @Test
  void aSilentScaleGivesTheCentreOneCallWhoseOutcomeReachesTheCareTeam() throws Exception {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    HomeDevices.Device scale = HomeDevices.atHome(patient, "connected-scale");
    niguardaGateway()
        .create()
        .resource(vital(patient, WEIGHT, 80, "kg", Instant.now().minus(Duration.ofHours(60))))
        .execute();

    Instant deadline = Instant.now().plusSeconds(30);
    List<JsonObject> calls = callsFor(patient);
    while (calls.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      calls = callsFor(patient);
    }
    assertEquals(1, calls.size(), "a call task for the silent scale");
    Thread.sleep(6000);
    assertEquals(1, callsFor(patient).size(), "later checks open no duplicate");
    JsonObject call = calls.get(0);
    assertEquals(scale.serial(), call.getString("deviceSerial"));
    assertEquals("NEW", call.getString("state"));
    long ticket = call.getJsonNumber("id").longValue();

    assertEquals(404, outcome(BERGAMO_DESK, ticket, "{\"reached\": true}").status());
    assertEquals(403, outcome(MMG, ticket, "{\"reached\": true}").status());
    Answer nobody = outcome(DESK, ticket, "{\"reached\": false}");
    assertEquals(200, nobody.status(), nobody.body());
    assertEquals("IN_PROGRESS", nobody.object().getString("state"), "call again");
    Answer done =
        outcome(
            DESK,
            ticket,
            """
            {"reached": true, "causeFound": true, "fixed": true, "note": "Bilancia scollegata dal Wi-Fi"}""");
    assertEquals(200, done.status(), done.body());
    assertEquals("RESOLVED", done.object().getString("state"));
    assertEquals(409, outcome(DESK, ticket, "{\"reached\": true}").status(), "task closed");

    String record = CARDIOLOGIST.get("/api/records/" + patient).body();
    assertTrue(record.contains("Bilancia scollegata dal Wi-Fi"), record);
    assertTrue(record.contains("nessuno raggiunto"), "the failed attempt too: " + record);
    assertTrue(record.contains("problema risolto"), record);
    assertFalse(record.contains("ticket/" + ticket), "names, no ids: " + record);

    Thread.sleep(6000);
    assertEquals(1, callsFor(patient).size(), "a closed task is not reopened for the same gap");
  }

  @Test
  void anOutcomeIsRecordedOnlyOnACallTask() {
    Answer created =
        DESK.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P3",
             "summary": "Router lento"}""");
    assertEquals(201, created.status(), created.body());
    long ticket = created.object().getJsonNumber("id").longValue();
    assertEquals(409, outcome(DESK, ticket, "{\"reached\": true}").status());
  }
}
