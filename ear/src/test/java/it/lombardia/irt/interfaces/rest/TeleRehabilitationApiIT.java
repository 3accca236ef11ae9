package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CarePathways.RehabPatient;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tele-rehabilitation (seed 003 §2.2.7): the PRI follows a UVM held with the patient in presence;
 * the patient and family read the PRI on the session's page; the final report closes the cycle.
 */
@ExtendWith(ArquillianExtension.class)
class TeleRehabilitationApiIT {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final String OBJECTIVE = "Stabilità del peso e dei sintomi";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static Answer approvePri(long enrolment) {
    Answer draft =
        MMG.post("/api/plans", "{\"enrolmentId\": " + enrolment + ", \"kind\": \"PRI\"}");
    assertEquals(201, draft.status(), draft.body());
    long pri = draft.object().getJsonNumber("id").longValue();
    Answer written = MMG.put("/api/plans/" + pri, CarePathways.PRI);
    assertEquals(200, written.status(), written.body());
    return MMG.post("/api/plans/" + pri + "/approval", "{}");
  }

  private static long session(long patient) {
    Answer session =
        CARDIOLOGIST.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELEREHABILITATION\"}".formatted(patient));
    assertEquals(201, session.status(), session.body());
    return session.object().getJsonNumber("id").longValue();
  }

  private static String section(JsonObject document, String name) {
    return document.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getString("text");
  }

  @Test
  void aPriIsRefusedAfterARemoteUvmAndApprovedAfterOneWithThePatientPresent() {
    RehabPatient remote = CarePathways.rehabAfterUvm("REMOTE");
    Answer uvm = MMG.get("/api/enrolments/" + remote.enrolment());
    assertEquals("REMOTE", uvm.object().getJsonObject("uvm").getString("mode"), uvm.body());
    Answer refused = approvePri(remote.enrolment());
    assertEquals(409, refused.status(), refused.body());
    assertTrue(
        refused.body().contains("needs a UVM held with the patient in presence"), refused.body());

    assertEquals(200, approvePri(CarePathways.rehabAfterUvm("IN_PRESENCE").enrolment()).status());
    assertEquals(200, approvePri(CarePathways.rehabAfterUvm("MIXED").enrolment()).status());
  }

  @Test
  void aUvmSaysHowItWasHeldAndInPresenceHasNobodyRemote() {
    long patient = CarePathways.registerPatient();
    long enrolment = CarePathways.propose(patient, "[\"TELEREHABILITATION\"]");
    CarePathways.assessSuitable(enrolment, "TELEREHABILITATION");
    CarePathways.consent(enrolment, "CARE_PATHWAY");
    String uvm =
        """
        {"heldOn": "%s", %s "outcome": "Idoneo",
         "participants": [{"name": "Dr.ssa Bianchi", "role": "fisiatra", "remote": true}]}""";
    Answer noMode =
        MMG.post("/api/enrolments/" + enrolment + "/uvm", uvm.formatted(LocalDate.now(), ""));
    assertEquals(400, noMode.status(), noMode.body());
    assertTrue(noMode.body().contains("mode"), noMode.body());
    Answer contradictory =
        MMG.post(
            "/api/enrolments/" + enrolment + "/uvm",
            uvm.formatted(LocalDate.now(), "\"mode\": \"IN_PRESENCE\","));
    assertEquals(400, contradictory.status(), contradictory.body());
    assertTrue(contradictory.body().contains("is mixed, not in presence"), contradictory.body());
  }

  @Test
  void thePatientReadsThePriOnTheirPageAndTheFinalReportClosesTheCycle() {
    RehabPatient rehab = CarePathways.rehabPatientWithEnrolment();
    long first = session(rehab.id());
    Answer draftTooEarly = CARDIOLOGIST.post("/api/encounters/" + first + "/outcome", "{}");
    assertEquals(200, draftTooEarly.status(), draftTooEarly.body());
    assertEquals("REHABILITATION_REPORT", draftTooEarly.object().getString("kind"));
    long early = draftTooEarly.object().getJsonNumber("id").longValue();
    CARDIOLOGIST.put(
        "/api/encounters/outcomes/" + early,
        """
        {"fields": {"EVALUATION": "-", "CONCLUSIONS": "-"}}""");
    Answer noSession = CARDIOLOGIST.post("/api/encounters/outcomes/" + early + "/sign-off", "{}");
    assertEquals(409, noSession.status(), noSession.body());
    assertTrue(noSession.body().contains("at least one session completed"), noSession.body());
    Answer done =
        CARDIOLOGIST.post(
            "/api/encounters/" + first + "/completion",
            """
            {"objectives": [{"objective": "%s", "status": "ACHIEVED",
                             "note": "cammina 30 minuti"}]}"""
                .formatted(OBJECTIVE));
    assertEquals(200, done.status(), done.body());

    long last = session(rehab.id());
    Answer link = CARDIOLOGIST.post("/api/encounters/" + last + "/patient-links", "{}");
    assertEquals(201, link.status(), link.body());
    String path = link.object().getString("path");
    String patientPage =
        "/visit/join.xhtml?e=" + last + "&t=" + path.substring(path.indexOf("&t=") + 3);
    String page = anonymous().get(patientPage).body();
    assertTrue(page.contains("Il tuo progetto riabilitativo (PRI)"), page);
    assertTrue(page.contains("Sedute svolte: 1 su 24 previste, 3 a settimana"), page);
    assertTrue(page.contains(OBJECTIVE) && page.contains("Raggiunto — cammina 30 minuti"), page);
    assertTrue(page.contains("Giulia Bianchi (MMG) (MMG referente)"), "the team by name");
    assertFalse(page.contains("niguarda.mmg"), "never a username");
    assertFalse(page.contains("Relazione finale"), "no report before it is signed");

    Answer draft = CARDIOLOGIST.post("/api/encounters/" + last + "/outcome", "{}");
    assertEquals(200, draft.status(), draft.body());
    long report = draft.object().getJsonNumber("id").longValue();
    String progress = section(draft.object(), "PROGRESS");
    assertTrue(progress.contains("Sedute svolte: 1 su 24 previste"), progress);
    assertTrue(progress.contains(OBJECTIVE + ": raggiunto (cammina 30 minuti)"), progress);
    Answer written =
        CARDIOLOGIST.put(
            "/api/encounters/outcomes/" + report,
            """
            {"fields": {"PROGRESS": %s, "EVALUATION": "Obiettivo raggiunto in anticipo",
                        "CONCLUSIONS": "Ciclo di teleriabilitazione concluso con successo"}}"""
                .formatted(jakarta.json.Json.createValue(progress).toString()));
    assertEquals(200, written.status(), written.body());

    IrtClient otherAsst = demo("bergamo.mmg");
    assertEquals(404, otherAsst.get("/api/encounters/" + last + "/outcome").status());
    assertEquals(
        404, otherAsst.post("/api/encounters/outcomes/" + report + "/sign-off", "{}").status());
    assertEquals(404, otherAsst.post("/api/encounters/" + last + "/outcome", "{}").status());

    Answer signed = CARDIOLOGIST.post("/api/encounters/outcomes/" + report + "/sign-off", "{}");
    assertEquals(200, signed.status(), signed.body());
    assertEquals("FINAL", signed.object().getString("status"));

    assertEquals(
        "CLOSED",
        MMG.get("/api/enrolments/" + rehab.enrolment())
            .object()
            .getJsonObject("enrolment")
            .getString("state"),
        "the final report concludes a tele-rehabilitation pathway");
    String timeline = MMG.get("/api/records/" + rehab.id()).body();
    assertTrue(
        timeline.contains("Ciclo di teleriabilitazione concluso: 1 sedute svolte su 24 previste"),
        timeline);
    assertTrue(
        MMG.get("/api/records/" + rehab.id() + "/documents")
            .body()
            .contains("Relazione conclusiva di teleriabilitazione"));
    Answer another =
        CARDIOLOGIST.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELEREHABILITATION\"}".formatted(rehab.id()));
    assertEquals(409, another.status(), another.body());
    assertTrue(another.body().contains("cycle is concluded"), another.body());

    page = anonymous().get(patientPage).body();
    assertTrue(page.contains("Il ciclo di teleriabilitazione è concluso."), page);
    assertTrue(page.contains("Ciclo di teleriabilitazione concluso con successo"), page);
  }
}
