package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CarePathways.MonitoredPatient;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tele-control (seed 003 §2.2.6): a PAI requests it for a defined period; the patient shares
 * measurements and questionnaires; the physician holds at least one video call in the period and
 * concludes with a report drafted from the shared data; the patient sees their data and the report
 * on the call's page.
 */
@ExtendWith(ArquillianExtension.class)
class TeleControlApiIT {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final IrtClient MMG = demo("niguarda.mmg");

  private final IGenericClient gateway = Fhir.niguardaGateway();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static Answer openCall(IrtClient who, long patient) {
    return who.post(
        "/api/encounters", "{\"patientId\": %d, \"service\": \"TELECONTROL\"}".formatted(patient));
  }

  @Test
  void aTeleControlRunsInItsPeriodWithAVideoCallAndEndsWithItsReport() {
    LocalDate today = LocalDate.now();
    MonitoredPatient tc = CarePathways.teleControlPatient(today.minusDays(1), today.plusDays(30));
    gateway
        .create()
        .resource(Fhir.vital(tc.id(), Fhir.WEIGHT, 80, "kg", Instant.now().minusSeconds(7200)))
        .execute();
    gateway
        .create()
        .resource(Fhir.vital(tc.id(), Fhir.WEIGHT, 80.6, "kg", Instant.now().minusSeconds(3600)))
        .execute();
    gateway.create().resource(Fhir.hfChecklist(tc.id(), "fatigue")).execute();

    Answer call = openCall(CARDIOLOGIST, tc.id());
    assertEquals(201, call.status(), call.body());
    long encounter = call.object().getJsonNumber("id").longValue();
    Answer draft = CARDIOLOGIST.post("/api/encounters/" + encounter + "/outcome", "{}");
    assertEquals(200, draft.status(), draft.body());
    assertEquals("TELECONTROL_REPORT", draft.object().getString("kind"));
    long report = draft.object().getJsonNumber("id").longValue();
    String shared =
        draft.object().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("name").equals("SHARED_DATA"))
            .findFirst()
            .orElseThrow()
            .getString("text");
    assertTrue(shared.contains("Peso corporeo: 2 misure"), shared);
    assertTrue(shared.contains("da 80 a 80,6 kg, ultima 80,6 kg"), shared);
    assertTrue(shared.contains("Questionari compilati: 1"), shared);
    assertTrue(shared.contains("punteggio 1 — Stabile: nessuna azione"), shared);
    Answer written =
        CARDIOLOGIST.put(
            "/api/encounters/outcomes/" + report,
            """
            {"fields": {"SHARED_DATA": %s,
                        "EVALUATION": "Peso stabile, sintomi assenti, buona aderenza",
                        "CONCLUSIONS": "Quadro compensato: telecontrollo concluso",
                        "INDICATIONS": "Controllo ambulatoriale tra 3 mesi"}}"""
                .formatted(jakarta.json.Json.createValue(shared).toString()));
    assertEquals(200, written.status(), written.body());

    Answer tooEarly = CARDIOLOGIST.post("/api/encounters/outcomes/" + report + "/sign-off", "{}");
    assertEquals(409, tooEarly.status(), "no video call held yet");
    assertTrue(tooEarly.body().contains("at least one video call"), tooEarly.body());

    Answer link = CARDIOLOGIST.post("/api/encounters/" + encounter + "/patient-links", "{}");
    assertEquals(201, link.status(), link.body());
    String path = link.object().getString("path");
    String patientPage =
        "/visit/join.xhtml?e=" + encounter + "&t=" + path.substring(path.indexOf("&t=") + 3);
    String page = anonymous().get(patientPage).body();
    assertTrue(page.contains("Il tuo telecontrollo"), page);
    assertTrue(page.contains("80,6 kg"), "the patient sees the readings they shared");
    assertTrue(page.contains("Checklist quotidiana dei sintomi di scompenso"), page);
    assertFalse(page.contains("Quadro compensato"), "no report before it is final");

    assertEquals(200, CARDIOLOGIST.post("/api/encounters/" + encounter + "/join", "{}").status());
    Answer signed = CARDIOLOGIST.post("/api/encounters/outcomes/" + report + "/sign-off", "{}");
    assertEquals(200, signed.status(), signed.body());
    assertEquals("FINAL", signed.object().getString("status"));

    assertEquals(
        "CLOSED",
        MMG.get("/api/enrolments/" + tc.enrolment())
            .object()
            .getJsonObject("enrolment")
            .getString("state"),
        "the report concludes a tele-control-only pathway");
    String timeline = MMG.get("/api/records/" + tc.id()).body();
    assertTrue(timeline.contains("Telecontrollo concluso con la relazione del"), timeline);
    assertTrue(
        MMG.get("/api/records/" + tc.id() + "/documents")
            .body()
            .contains("Relazione conclusiva di telecontrollo"));
    page = anonymous().get(patientPage).body();
    assertTrue(page.contains("Quadro compensato: telecontrollo concluso"), "the patient reads it");
  }

  @Test
  void aTeleControlNeedsItsPeriodAndCallsHappenWithinIt() {
    LocalDate today = LocalDate.now();
    MonitoredPatient later = CarePathways.teleControlPatient(today.plusDays(2), today.plusDays(30));
    Answer early = openCall(CARDIOLOGIST, later.id());
    assertEquals(409, early.status(), early.body());
    assertTrue(early.body().contains("does not include today"), early.body());

    Answer revision =
        MMG.post("/api/plans", "{\"enrolmentId\": " + later.enrolment() + ", \"kind\": \"PAI\"}");
    assertEquals(201, revision.status(), revision.body());
    long draft = revision.object().getJsonNumber("id").longValue();
    Answer noPeriod =
        MMG.put(
            "/api/plans/" + draft,
            CarePathways.plan(
                "[\"TELECONTROL\"]",
                CarePathways.TEAM_WITH_NURSE,
                "[]",
                CarePathways.ALARMS_TO_THE_NURSE,
                ""));
    assertEquals(200, noPeriod.status(), noPeriod.body());
    Answer refused = MMG.post("/api/plans/" + draft + "/approval", "{}");
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("defined period"), refused.body());

    long monitoredOnly = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    Answer noTeleControl = openCall(CARDIOLOGIST, monitoredOnly);
    assertEquals(409, noTeleControl.status(), noTeleControl.body());
    assertTrue(noTeleControl.body().contains("PAI with tele-control"), noTeleControl.body());

    MonitoredPatient running =
        CarePathways.teleControlPatient(today.minusDays(1), today.plusDays(30));
    assertEquals(
        404,
        openCall(demo("bergamo.cardiologo"), running.id()).status(),
        "another ASST's patient does not exist for Bergamo");
    Answer byNurse = openCall(demo("niguarda.infermiere"), running.id());
    assertEquals(409, byNurse.status(), byNurse.body());
    assertTrue(byNurse.body().contains("a physician leads"), byNurse.body());
  }
}
