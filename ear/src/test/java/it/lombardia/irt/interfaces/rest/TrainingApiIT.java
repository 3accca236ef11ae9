package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.CarePathways.approvedPlan;
import static it.lombardia.irt.testing.CarePathways.bookedTelevisit;
import static it.lombardia.irt.testing.CarePathways.consent;
import static it.lombardia.irt.testing.CarePathways.diagnosis;
import static it.lombardia.irt.testing.CarePathways.newPhysician;
import static it.lombardia.irt.testing.CarePathways.propose;
import static it.lombardia.irt.testing.CarePathways.registerPatient;
import static it.lombardia.irt.testing.CarePathways.televisitSlots;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training (seed 003 §2.1.1, §2.1.6): a professional without a valid training for a service is
 * warned or blocked as the ASST chose; tele-monitoring starts only when whoever uses the devices at
 * home was trained; another ASST's administrator never reaches the records.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingApiIT {

  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient ADMIN = demo("niguarda.admin");
  private static final IrtClient BERGAMO_ADMIN = demo("bergamo.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static void enforce(String enforcement) {
    Answer a = ADMIN.put("/api/training/policy", "{\"enforcement\": \"" + enforcement + "\"}");
    assertEquals(200, a.status(), a.body());
  }

  private static Answer book(long patient, long slot) {
    return MMG.post(
        "/api/agendas/slots/" + slot + "/booking",
        "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis(patient)));
  }

  private static Answer recordTraining(String username, LocalDate completed, LocalDate expires) {
    return ADMIN.post(
        "/api/training/records",
        """
        {"username": "%s", "course": "Televisita: uso della piattaforma", "service": "TELEVISIT",
         "completedOn": "%s", "expiresOn": %s}"""
            .formatted(username, completed, expires == null ? "null" : "\"" + expires + "\""));
  }

  @Test
  void untrainedPhysicianIsWarnedUnderWarnBlockedUnderBlockAndATrainedOnePasses() {
    String username = "niguarda.untrained" + System.nanoTime() % 1_000_000;
    IrtClient untrained = newPhysician(username, "MMG");
    List<Long> slots = televisitSlots(untrained, 4);
    long patient = activePatient("[\"TELEVISIT\"]");
    enforce("WARN");
    try {
      Answer warned = book(patient, slots.get(0));
      assertEquals(201, warned.status(), warned.body());
      String warning = warned.header("Warning");
      assertTrue(
          warning != null && warning.contains(username + " has no training recorded for TELEVISIT"),
          String.valueOf(warning));

      enforce("BLOCK");
      assertEquals("BLOCK", ADMIN.get("/api/training/policy").object().getString("enforcement"));
      Answer blocked = book(patient, slots.get(1));
      assertEquals(409, blocked.status(), blocked.body());
      assertTrue(
          blocked.body().contains(username + " has no training recorded for TELEVISIT"),
          blocked.body());

      // the demo cardiologist is trained: booked under BLOCK, without a warning
      long trained = bookedTelevisit(patient);
      assertTrue(trained > 0);
      Answer trainedBooking = book(patient, televisitSlots(demo("niguarda.cardiologo"), 1).get(0));
      assertEquals(201, trainedBooking.status(), trainedBooking.body());
      assertNull(trainedBooking.header("Warning"));

      // a training that expired yesterday is no training; one valid through today is
      LocalDate today = LocalDate.now();
      assertEquals(201, recordTraining(username, today.minusYears(2), today.minusDays(1)).status());
      Answer expired = book(patient, slots.get(1));
      assertEquals(409, expired.status(), expired.body());
      assertTrue(expired.body().contains("expired on " + today.minusDays(1)), expired.body());
      assertEquals(201, recordTraining(username, today.minusDays(3), today).status());
      Answer renewed = book(patient, slots.get(2));
      assertEquals(201, renewed.status(), renewed.body());
      assertNull(renewed.header("Warning"));
    } finally {
      enforce("WARN");
    }
  }

  /** An enrolment of a new patient for tele-monitoring, ready to activate but for home training. */
  private static long[] monitoringReadyButForTraining(String digitalSkills) {
    long patient = registerPatient();
    long enrolment = propose(patient, "[\"TELEMONITORING_LEVEL_1\"]");
    Answer suitability =
        MMG.post(
            "/api/enrolments/" + enrolment + "/suitability",
            """
            {"service": "TELEMONITORING_LEVEL_1", "clinical": true, "appropriate": true,
             "safe": true, "technology": true, "digitalSkills": "%s", "socialContext": true,
             "homeSuitable": true, "reevaluateOn": "%s"}"""
                .formatted(digitalSkills, LocalDate.now().plusMonths(6)));
    assertEquals(200, suitability.status(), suitability.body());
    consent(enrolment, "CARE_PATHWAY");
    consent(enrolment, "TELEMEDICINE");
    approvedPlan(enrolment, "PAI", "[\"TELEMONITORING_LEVEL_1\"]", "");
    return new long[] {patient, enrolment};
  }

  private static Answer activate(long enrolment) {
    return MMG.post("/api/enrolments/" + enrolment + "/activation", "{}");
  }

  @Test
  void teleMonitoringRelyingOnACaregiverStartsOnlyOnceATrainedOneIsRecorded() {
    long[] ids = monitoringReadyButForTraining("WITH_CAREGIVER");
    Answer refused = activate(ids[1]);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("record a caregiver trained"), refused.body());

    String caregivers = "/api/patients/" + ids[0] + "/caregivers";
    Answer untrained =
        MMG.post(caregivers, "{\"fullName\": \"Carlo Neri\", \"relationship\": \"figlio\"}");
    assertEquals(201, untrained.status(), untrained.body());
    assertEquals(409, activate(ids[1]).status(), "an untrained caregiver does not count");

    Answer trained =
        MMG.post(
            caregivers,
            "{\"fullName\": \"Rita Neri\", \"relationship\": \"figlia\", \"trainedOn\": \"%s\"}"
                .formatted(LocalDate.now()));
    assertEquals(201, trained.status(), trained.body());
    Answer active = activate(ids[1]);
    assertEquals(200, active.status(), active.body());
    assertEquals("ACTIVE", active.object().getString("state"));
  }

  @Test
  void aPatientManagingAloneStartsTeleMonitoringOnlyWithTheirOwnTrainingRecorded() {
    long[] ids = monitoringReadyButForTraining("AUTONOMOUS");
    Answer refused = activate(ids[1]);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("record the patient's training"), refused.body());

    String path = "/api/training/patients/" + ids[0];
    assertEquals(
        400,
        MMG.post(path, "{\"topic\": \"bilancia\", \"trainedOn\": \"2999-01-01\"}").status(),
        "not in the future");
    Answer recorded =
        MMG.post(
            path,
            "{\"topic\": \"Bilancia connessa e app IRT\", \"trainedOn\": \"%s\"}"
                .formatted(LocalDate.now()));
    assertEquals(201, recorded.status(), recorded.body());
    assertEquals(
        "Bilancia connessa e app IRT", MMG.get(path).array().getJsonObject(0).getString("topic"));
    assertEquals(404, demo("bergamo.mmg").get(path).status());
    assertEquals(
        404,
        demo("bergamo.mmg")
            .post(path, "{\"topic\": \"app\", \"trainedOn\": \"%s\"}".formatted(LocalDate.now()))
            .status());
    assertEquals(403, demo("niguarda.pls").get(path).status(), "outside the care");

    Answer active = activate(ids[1]);
    assertEquals(200, active.status(), active.body());
  }

  @Test
  void anotherAsstsAdministratorNeitherReadsListsNorChangesTrainingRecords() {
    Answer recorded = recordTraining("niguarda.pls", LocalDate.now().minusMonths(1), null);
    assertEquals(201, recorded.status(), recorded.body());
    long id = recorded.object().getJsonNumber("id").longValue();
    String path = "/api/training/records/" + id;
    assertEquals("niguarda.pls", ADMIN.get(path).object().getString("username"));
    assertTrue(
        ADMIN.get("/api/training/records?username=niguarda.pls").array().stream()
            .anyMatch(r -> ((JsonObject) r).getJsonNumber("id").longValue() == id));

    assertEquals(404, BERGAMO_ADMIN.get(path).status());
    assertEquals(404, BERGAMO_ADMIN.delete(path).status());
    assertTrue(
        BERGAMO_ADMIN.get("/api/training/records").array().stream()
            .noneMatch(r -> ((JsonObject) r).getString("username").startsWith("niguarda.")));
    Answer foreignUser =
        BERGAMO_ADMIN.post(
            "/api/training/records",
            """
            {"username": "niguarda.pls", "course": "Televisita", "service": "TELEVISIT",
             "completedOn": "2026-01-10"}""");
    assertEquals(400, foreignUser.status(), foreignUser.body());
    assertEquals(403, MMG.get("/api/training/records").status(), "administrators only");
    assertEquals(200, ADMIN.get(path).status(), "still there after Bergamo's attempts");

    assertEquals(
        400,
        recordTraining("niguarda.pls", LocalDate.now(), LocalDate.now().minusDays(1)).status(),
        "expiry before completion");
    assertEquals(
        400,
        recordTraining("niguarda.pls", LocalDate.now().plusDays(1), null).status(),
        "completed in the future");
    assertEquals(400, ADMIN.put("/api/training/policy", "{\"enforcement\": null}").status());

    assertEquals(204, ADMIN.delete(path).status());
    assertEquals(404, ADMIN.get(path).status());
  }
}
