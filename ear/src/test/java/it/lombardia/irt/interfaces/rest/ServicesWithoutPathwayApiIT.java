package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.CarePathways.bookedTelevisit;
import static it.lombardia.irt.testing.CarePathways.diagnosis;
import static it.lombardia.irt.testing.CarePathways.registerPatient;
import static it.lombardia.irt.testing.CarePathways.signReferto;
import static it.lombardia.irt.testing.CarePathways.teleconsultancySlot;
import static it.lombardia.irt.testing.CarePathways.televisitSlots;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Televisit, teleconsult and teleconsultancy without a UVM or a PAI (seed 003 §2.2.1–2.2.3): a
 * registered patient, the telemedicine consent collected outside any pathway, the care relation,
 * and for a televisit the in-person diagnosis and the NRE rule.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesWithoutPathwayApiIT {

  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static Answer consent(IrtClient who, long patient, String services) {
    return who.post(
        "/api/patients/" + patient + "/telemedicine-consents",
        """
        {"kind": "TELEMEDICINE", "method": "DIGITAL", "language": "it", "services": %s}"""
            .formatted(services));
  }

  /** No enrolment named (the API leaves out what is null). */
  private static boolean outsideAnyPathway(JsonObject json) {
    return !json.containsKey("enrolmentId") || json.isNull("enrolmentId");
  }

  private static Answer book(long slot, String body) {
    return MMG.post("/api/agendas/slots/" + slot + "/booking", body);
  }

  @Test
  void aTelevisitIsBookedAndHeldForARegisteredPatientWithADiagnosisAndNoPathway() {
    long patient = registerPatient();
    long diagnosis = diagnosis(patient);
    long slot = televisitSlots(CARDIOLOGIST, 1).get(0);
    String withNre =
        "{\"patientId\": %d, \"diagnosisId\": %d, \"nre\": \"030A0A123456789\"}"
            .formatted(patient, diagnosis);

    Answer noConsent = book(slot, withNre);
    assertEquals(409, noConsent.status(), noConsent.body());
    assertTrue(noConsent.body().contains("not consented"), noConsent.body());

    Answer consent = consent(MMG, patient, "[\"TELEVISIT\"]");
    assertEquals(201, consent.status(), consent.body());
    assertTrue(outsideAnyPathway(consent.object()), consent.body());
    assertEquals("[]", MMG.get("/api/enrolments?patient=" + patient).body(), "no pathway, no PAI");

    Answer noDiagnosis = book(slot, "{\"patientId\": %d}".formatted(patient));
    assertEquals(409, noDiagnosis.status(), noDiagnosis.body());
    assertTrue(noDiagnosis.body().contains("in-person visit"), noDiagnosis.body());
    Answer noNre =
        book(slot, "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis));
    assertEquals(409, noNre.status(), "a specialist outside the home-care team needs the NRE");
    assertTrue(noNre.body().contains("NRE"), noNre.body());

    Answer booked = book(slot, withNre);
    assertEquals(201, booked.status(), booked.body());
    assertTrue(outsideAnyPathway(booked.object()), booked.body());
    assertEquals("030A0A123456789", booked.object().getString("nre"));
    long encounter = booked.object().getJsonNumber("id").longValue();

    signReferto(encounter);
    Answer held = CARDIOLOGIST.post("/api/encounters/" + encounter + "/completion", "{}");
    assertEquals(200, held.status(), held.body());
    assertEquals("COMPLETED", held.object().getString("state"));
  }

  @Test
  void teleconsultAndTeleconsultancyNeedNoPaiButTheConsentAndAreScheduledAsTheSeedSays() {
    long patient = registerPatient();
    String teleconsult =
        """
        {"patientId": %d, "service": "TELECONSULT", "synchronous": false, "patientPresent": false,
         "question": "Aumento del diuretico con creatinina in salita: come procedere?",
         "consulted": ["niguarda.cardiologo"]}"""
            .formatted(patient);
    Answer refused = MMG.post("/api/encounters", teleconsult);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("not consented"), refused.body());

    assertEquals(
        201, consent(MMG, patient, "[\"TELECONSULT\", \"HEALTH_TELECONSULTANCY\"]").status());
    Answer opened = MMG.post("/api/encounters", teleconsult);
    assertEquals(201, opened.status(), opened.body());
    assertTrue(outsideAnyPathway(opened.object()), "no PAI, no pathway: " + opened.body());

    String teleconsultancy =
        """
        {"patientId": %d, "service": "HEALTH_TELECONSULTANCY", "patientPresent": false,
         "question": "Piano di mobilizzazione dopo la dimissione?",
         "consulted": ["niguarda.infermiere"]}"""
            .formatted(patient);
    Answer adHoc = MMG.post("/api/encounters", teleconsultancy);
    assertEquals(409, adHoc.status(), adHoc.body());
    assertTrue(adHoc.body().contains("always scheduled"), adHoc.body());

    long slot = teleconsultancySlot(CARDIOLOGIST, LocalDate.now().plusDays(50).atTime(16, 0));
    Answer booked =
        book(
            slot,
            """
            {"patientId": %d, "question": "Piano di mobilizzazione dopo la dimissione?",
             "consulted": ["niguarda.infermiere"]}"""
                .formatted(patient));
    assertEquals(201, booked.status(), booked.body());
    assertEquals("HEALTH_TELECONSULTANCY", booked.object().getString("service"));
  }

  @Test
  void aConsentOutsideAPathwayCoversOnlyTelevisitsAndConsultsUntilWithdrawn() {
    long patient = registerPatient();
    Answer monitoring = consent(MMG, patient, "[\"TELEMONITORING_LEVEL_1\"]");
    assertEquals(400, monitoring.status(), monitoring.body());
    assertTrue(monitoring.body().contains("televisits and consults"), monitoring.body());
    assertEquals(400, consent(MMG, patient, "[]").status(), "name the services");

    long consent =
        consent(MMG, patient, "[\"TELEVISIT\"]").object().getJsonNumber("id").longValue();
    List<JsonObject> listed =
        MMG.get("/api/patients/" + patient + "/telemedicine-consents")
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(1, listed.size());
    assertTrue(listed.get(0).getBoolean("valid"));

    Answer withdrawn =
        MMG.post(
            "/api/patients/" + patient + "/telemedicine-consents/" + consent + "/withdrawal",
            "{\"reason\": \"non desidera più la telemedicina\"}");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertFalse(withdrawn.object().getBoolean("valid"));
    long slot = televisitSlots(CARDIOLOGIST, 1).get(0);
    Answer refused =
        book(
            slot,
            "{\"patientId\": %d, \"diagnosisId\": %d, \"nre\": \"030A0A123456789\"}"
                .formatted(patient, diagnosis(patient)));
    assertEquals(409, refused.status(), "a withdrawn consent books nothing");
  }

  @Test
  void anEncounterInsideAPathwayNamesItsEnrolment() {
    long patient = activePatient("[\"TELEVISIT\"]");
    long enrolment =
        MMG.get("/api/enrolments?patient=" + patient)
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long encounter = bookedTelevisit(patient);

    JsonObject read = MMG.get("/api/encounters/" + encounter).object();
    assertEquals(enrolment, read.getJsonNumber("enrolmentId").longValue());
  }

  @Test
  void anotherAsstAndAPhysicianOutsideTheCareCannotReachTheConsents() {
    long patient = registerPatient();
    long consent =
        consent(MMG, patient, "[\"TELEVISIT\"]").object().getJsonNumber("id").longValue();
    String path = "/api/patients/" + patient + "/telemedicine-consents";
    IrtClient bergamo = demo("bergamo.mmg");

    assertEquals(404, bergamo.get(path).status(), "another ASST: as if it did not exist");
    assertEquals(404, consent(bergamo, patient, "[\"TELEVISIT\"]").status());
    assertEquals(
        404,
        bergamo
            .post(path + "/" + consent + "/withdrawal", "{\"reason\": \"tentativo esterno\"}")
            .status());
    assertEquals(403, demo("niguarda.pls").get(path).status(), "not in the patient's care");
    assertEquals(403, consent(demo("niguarda.pls"), patient, "[\"TELEVISIT\"]").status());
    assertTrue(MMG.get(path).array().getJsonObject(0).getBoolean("valid"), "still valid");
  }
}
