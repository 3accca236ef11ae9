package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.HomeDevices;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.SilentDevices;
import it.lombardia.irt.testing.SilentDevices.SilentPatient;
import jakarta.json.JsonObject;
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

  private static Answer outcome(IrtClient who, long ticket, String json) {
    return who.post("/api/tickets/" + ticket + "/call-outcome", json);
  }

  @Test
  void aSilentScaleGivesTheCentreOneCallWhoseOutcomeReachesTheCareTeam() throws Exception {
    SilentPatient silent = SilentDevices.silentScale();
    long patient = silent.patient();
    HomeDevices.Device scale = silent.scale();
    List<JsonObject> calls = SilentDevices.awaitCalls(patient);
    assertEquals(1, calls.size(), "a call task for the silent scale");
    Thread.sleep(6000);
    assertEquals(1, SilentDevices.callsFor(patient).size(), "later checks open no duplicate");
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
    assertTrue(
        record.contains("Chiamata del Centro Servizi Niguarda ("), "names the centre: " + record);
    assertTrue(record.contains("problema risolto"), record);
    assertFalse(record.contains("ticket/" + ticket), "names, no ids: " + record);

    Thread.sleep(6000);
    assertEquals(
        1,
        SilentDevices.callsFor(patient).size(),
        "a closed task is not reopened for the same gap");
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
