package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.SPO2;
import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CarePathways.MonitoredPatient;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluation on arrival and alarm handling: threshold, trend and missing-data alarms with their
 * explanations, repeats merged into one alarm, routing to the plan's recipients only,
 * acknowledgement with the action and closure with the outcome, escalation when not acknowledged in
 * time, pauses, and the thresholds cache following a plan change.
 */
@ExtendWith(ArquillianExtension.class)
class AlarmsApiIT {

  private static final IrtClient NURSE = demo("niguarda.infermiere");
  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final String HEART_RATE = "8867-4";

  private static final String ALL_DAY_TO_THE_NURSE = protocolToTheNurse(240);

  private final IGenericClient gateway = niguardaGateway();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /** Attention and alarm to the nurse all day, within {@code minutes}; critical to the COT. */
  private static String protocolToTheNurse(int minutes) {
    return """
        [{"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
          "to": "00:00:00", "acknowledgeWithinMinutes": %d, "fallback": "centre:ADI"},
         {"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
          "to": "00:00:00", "acknowledgeWithinMinutes": %d, "fallback": "centre:COT"},
         {"level": "CRITICAL", "recipient": "centre:COT", "from": "00:00:00", "to": "00:00:00",
          "acknowledgeWithinMinutes": 15, "fallback": "niguarda.cardiologo"}]"""
        .formatted(minutes, minutes);
  }

  private static MonitoredPatient patient() {
    return CarePathways.monitoredPatient("[]", ALL_DAY_TO_THE_NURSE);
  }

  private void send(long patient, String code, double value, String unit, Instant at) {
    gateway.create().resource(vital(patient, code, value, unit, at)).execute();
  }

  private static List<JsonObject> alarmsOf(long patient) {
    Answer a = NURSE.get("/api/alarms?patient=" + patient);
    assertEquals(200, a.status(), a.body());
    return a.array().getValuesAs(JsonObject.class);
  }

  private static JsonObject awaitAlarm(IrtClient who, long id, Predicate<JsonObject> until) {
    Instant deadline = Instant.now().plusSeconds(30);
    JsonObject alarm = who.get("/api/alarms/" + id).object();
    while (!until.test(alarm) && Instant.now().isBefore(deadline)) {
      sleep();
      alarm = who.get("/api/alarms/" + id).object();
    }
    return alarm;
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aThresholdAlarmExplainsItselfAndRepeatsUpdateIt() {
    long patient = patient().id();
    Instant now = Instant.now().minusSeconds(120);
    send(patient, SPO2, 89, "%", now);

    List<JsonObject> alarms = alarmsOf(patient);
    assertEquals(1, alarms.size());
    JsonObject alarm = alarms.get(0);
    assertEquals("ALARM", alarm.getString("level"));
    assertEquals("THRESHOLD", alarm.getString("kind"));
    assertEquals("niguarda.infermiere", alarm.getString("recipient"));
    String why = alarm.getString("explanationIt");
    assertTrue(why.contains("Saturazione di ossigeno") && why.contains("89 %"), why);
    assertTrue(why.contains("soglia di allarme di 90 %"), why);
    assertTrue(alarm.getString("explanationEn").contains("at or below the alarm threshold of 90"));
    long id = alarm.getJsonNumber("id").longValue();
    assertTrue(
        NURSE.get("/api/alarms").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(a -> a.getJsonNumber("id").longValue() == id),
        "in the nurse's inbox");

    send(patient, SPO2, 91, "%", now.plusSeconds(30));
    send(patient, SPO2, 84, "%", now.plusSeconds(60));
    alarms = alarmsOf(patient);
    assertEquals(1, alarms.size(), "repeats update the open alarm");
    assertEquals(3, alarms.get(0).getInt("triggerCount"));
    assertEquals("CRITICAL", alarms.get(0).getString("level"), "the level rose");
    assertEquals("centre:COT", alarms.get(0).getString("recipient"), "routed again for the level");
    assertEquals(84, alarms.get(0).getJsonNumber("value").intValue());
  }

  @Test
  void aWeightGainWithinTheTrendWindowRaisesTheTrendAlarm() {
    long patient = patient().id();
    Instant now = Instant.now().minusSeconds(60);
    send(patient, WEIGHT, 80, "kg", now.minus(Duration.ofHours(40)));
    send(patient, WEIGHT, 81, "kg", now.minus(Duration.ofHours(30)));
    assertTrue(alarmsOf(patient).isEmpty(), "1 kg in 10 hours meets no rule");
    send(patient, WEIGHT, 82.5, "kg", now);

    List<JsonObject> alarms = alarmsOf(patient);
    assertEquals(1, alarms.size(), alarms.toString());
    JsonObject alarm = alarms.get(0);
    assertEquals("TREND", alarm.getString("kind"));
    assertTrue(alarm.getString("ruleKey").endsWith("weight-gain-3-days"), alarm.toString());
    String why = alarm.getString("explanationIt");
    assertTrue(why.contains("+2,5 kg in 40 ore") && why.contains("da 80 kg"), why);
  }

  @Test
  void missingDataRaisesOneAlarm() {
    long patient = patient().id();
    send(patient, WEIGHT, 80, "kg", Instant.now().minus(Duration.ofHours(60)));
    Instant deadline = Instant.now().plusSeconds(30);
    List<JsonObject> alarms = alarmsOf(patient);
    while (alarms.isEmpty() && Instant.now().isBefore(deadline)) {
      sleep();
      alarms = alarmsOf(patient);
    }
    assertEquals(1, alarms.size(), "raised by the missing-data check");
    JsonObject alarm = alarms.get(0);
    assertEquals("MISSING", alarm.getString("kind"));
    assertTrue(
        alarm.getString("explanationIt").startsWith("Nessuna misura di peso corporeo da 60 ore"),
        alarm.getString("explanationIt"));
    sleep();
    sleep();
    sleep();
    sleep();
    sleep();
    List<JsonObject> later = alarmsOf(patient);
    assertEquals(1, later.size());
    assertEquals(1, later.get(0).getInt("triggerCount"), "later checks do not repeat it");
  }

  @Test
  void anAlarmNotAcknowledgedInTimeGoesToTheFallback() {
    long patient = CarePathways.monitoredPatient("[]", protocolToTheNurse(1)).id();
    send(patient, SPO2, 91, "%", Instant.now().minusSeconds(180));
    long id = alarmsOf(patient).get(0).getJsonNumber("id").longValue();

    IrtClient adi = demo("niguarda.adi");
    JsonObject alarm = awaitAlarm(adi, id, a -> a.getInt("escalations") > 0);
    assertEquals(1, alarm.getInt("escalations"), alarm.toString());
    assertEquals("centre:ADI", alarm.getString("recipient"));
    assertEquals("centre:COT", alarm.getString("fallback"), "the COT is next");
    assertTrue(
        adi.get("/api/alarms").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(a -> a.getJsonNumber("id").longValue() == id),
        "in the ADI centre's inbox");
    String passed = NURSE.get("/api/records/" + patient).body();
    assertTrue(passed.contains("passato a Centrale ADI"), "the centre by name: " + passed);
    assertFalse(passed.contains("centre:ADI"), "never its address: " + passed);
  }

  @Test
  void anAlarmIsAcknowledgedWithTheActionThenClosedWithTheOutcome() {
    long patient = patient().id();
    send(patient, SPO2, 89, "%", Instant.now().minusSeconds(60));
    long id = alarmsOf(patient).get(0).getJsonNumber("id").longValue();

    assertEquals(
        409, NURSE.post("/api/alarms/" + id + "/closure", "{\"outcome\": \"ok\"}").status());
    assertEquals(409, NURSE.post("/api/alarms/" + id + "/acknowledgement", "{}").status());
    Answer ack =
        NURSE.post(
            "/api/alarms/" + id + "/acknowledgement",
            "{\"action\": \"CALL_BY_NURSE\", \"note\": \"paziente sintomatico, ossigeno\"}");
    assertEquals(200, ack.status(), ack.body());
    assertEquals("ACKNOWLEDGED", ack.object().getString("state"));
    assertEquals("niguarda.infermiere", ack.object().getString("acknowledgedBy"));
    Answer closed =
        NURSE.post(
            "/api/alarms/" + id + "/closure", "{\"outcome\": \"Saturazione risalita a 95%\"}");
    assertEquals(200, closed.status(), closed.body());
    assertEquals("CLOSED", closed.object().getString("state"));

    String timeline = NURSE.get("/api/records/" + patient).body();
    assertTrue(timeline.contains("Allarme di livello allarme"), timeline);
    assertTrue(timeline.contains("telefonata dell'infermiere"), timeline);
    assertTrue(timeline.contains("Allarme chiuso: Saturazione risalita a 95%"), timeline);

    send(patient, SPO2, 89, "%", Instant.now());
    List<JsonObject> alarms = alarmsOf(patient);
    assertEquals(2, alarms.size(), "a closed alarm is not reopened: a new one is raised");
    assertNotEquals(id, alarms.get(0).getJsonNumber("id").longValue());
  }

  @Test
  void alarmsAreSeenOnlyByThePlansRecipients() {
    long patient = patient().id();
    send(patient, SPO2, 89, "%", Instant.now().minusSeconds(60));
    long id = alarmsOf(patient).get(0).getJsonNumber("id").longValue();

    assertEquals(200, CARDIOLOGIST.get("/api/alarms/" + id).status(), "a fallback of the plan");
    IrtClient pls = demo("niguarda.pls");
    assertEquals(403, pls.get("/api/alarms/" + id).status());
    assertEquals(
        403,
        pls.post("/api/alarms/" + id + "/acknowledgement", "{\"action\": \"TELEVISIT\"}").status());
    assertTrue(
        pls.get("/api/alarms").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(a -> a.getJsonNumber("id").longValue() == id));
    IrtClient bergamo = demo("bergamo.infermiere");
    assertEquals(404, bergamo.get("/api/alarms/" + id).status());
    assertEquals(404, bergamo.get("/api/alarms?patient=" + patient).status());
  }

  @Test
  void aPauseSilencesAlarmsForItsPeriod() {
    long patient = patient().id();
    Answer paused =
        NURSE.post(
            "/api/alarms/pauses",
            """
            {"patientId": %d, "until": "%s", "reason": "Ricovero in cardiologia"}"""
                .formatted(patient, Instant.now().plus(Duration.ofDays(2))));
    assertEquals(201, paused.status(), paused.body());
    send(patient, SPO2, 84, "%", Instant.now().plusSeconds(2));
    assertTrue(alarmsOf(patient).isEmpty(), "paused");
    assertEquals(
        400, NURSE.post("/api/alarms/pauses", "{\"patientId\": " + patient + "}").status());
    assertEquals(
        403,
        demo("niguarda.pls")
            .post(
                "/api/alarms/pauses",
                "{\"patientId\": %d, \"until\": \"%s\", \"reason\": \"x\"}"
                    .formatted(patient, Instant.now().plus(Duration.ofDays(1))))
            .status());

    long pause = paused.object().getJsonNumber("id").longValue();
    assertEquals(200, NURSE.post("/api/alarms/pauses/" + pause + "/end", "{}").status());
    send(patient, SPO2, 84, "%", Instant.now().plusSeconds(4));
    assertEquals(1, alarmsOf(patient).size(), "raised again after the pause ended");
    assertTrue(NURSE.get("/api/records/" + patient).body().contains("Ricovero in cardiologia"));
  }

  @Test
  void thresholdsInForceFollowAPlanChange() {
    MonitoredPatient p = patient();
    send(p.id(), SPO2, 93, "%", Instant.now().minusSeconds(60));
    assertTrue(alarmsOf(p.id()).isEmpty(), "93 % is above the protocol's 92 %");

    CarePathways.approvedPlan(
        p.enrolment(),
        "PAI",
        CarePathways.plan(
            "[\"TELEMONITORING_LEVEL_1\"]",
            CarePathways.TEAM_WITH_NURSE,
            """
            [{"parameter": "59408-5", "level": "ATTENTION", "value": 94},
             {"parameter": "8867-4", "level": "ATTENTION", "direction": "ABOVE", "value": 110},
             {"parameter": "8867-4", "level": "ATTENTION", "direction": "BELOW", "value": 55}]""",
            ALL_DAY_TO_THE_NURSE,
            ""));
    send(p.id(), SPO2, 93, "%", Instant.now().minusSeconds(30));
    List<JsonObject> alarms = alarmsOf(p.id());
    assertEquals(1, alarms.size(), "the personalised 94 % of the new plan is in force at once");
    assertTrue(alarms.get(0).getString("explanationIt").contains("personalizzata nel piano"));

    send(p.id(), HEART_RATE, 105, "/min", Instant.now().minusSeconds(20));
    assertEquals(1, alarmsOf(p.id()).size(), "105/min is below the plan's 110 (default 100)");
    send(p.id(), HEART_RATE, 54, "/min", Instant.now().minusSeconds(10));
    JsonObject slow =
        alarmsOf(p.id()).stream()
            .filter(a -> a.getString("parameter").equals(HEART_RATE))
            .findFirst()
            .orElseThrow();
    assertEquals(55, slow.getJsonNumber("limit").intValue(), "each direction personalised");
  }

  @Test
  void theAsstsDashboardCountsAnAlarmAndTimesItsAcknowledgement() {
    IrtClient admin = demo("niguarda.admin");
    IrtClient bergamo = demo("bergamo.admin");
    JsonObject before = admin.get("/api/kpi").object();
    JsonObject bergamoBefore = bergamo.get("/api/kpi").object();
    long patient = patient().id();
    send(patient, SPO2, 89, "%", Instant.now().minusSeconds(120));
    JsonObject alarm = alarmsOf(patient).get(0);
    long id = alarm.getJsonNumber("id").longValue();
    Answer ack =
        NURSE.post("/api/alarms/" + id + "/acknowledgement", "{\"action\": \"CALL_BY_NURSE\"}");
    assertEquals(200, ack.status(), ack.body());

    JsonObject after = admin.get("/api/kpi").object();
    String level = alarm.getString("level");
    JsonObject was = levelRow(before, level);
    JsonObject now = levelRow(after, level);
    assertEquals(was.getInt("raised") + 1, now.getInt("raised"), now.toString());
    assertEquals(was.getInt("acknowledged") + 1, now.getInt("acknowledged"), now.toString());
    assertFalse(now.isNull("ackP50Minutes"), now.toString());
    assertEquals(
        levelRow(bergamoBefore, level).getInt("raised"),
        levelRow(bergamo.get("/api/kpi").object(), level).getInt("raised"),
        "another ASST's alarms do not move");
  }

  private static JsonObject levelRow(JsonObject kpi, String level) {
    return kpi.getJsonArray("alarms").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("level").equals(level))
        .findFirst()
        .orElseThrow();
  }
}
