package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patients over REST: codice fiscale checks, the care rule inside an ASST, the access log,
 * isolation.
 */
@ExtendWith(ArquillianExtension.class)
class PatientsApiIT {

  private static final IrtClient MMG = demo("niguarda.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static String newCodiceFiscale() {
    return CodiciFiscali.newValid();
  }

  private static String patientJson(String cf, String birthDate, String sex) {
    return """
        {"codiceFiscale": "%s", "givenName": "Carlo", "familyName": "Brambilla", "birthDate": "%s", "sex": "%s",
         "residenceMunicipality": "Sondrio", "disadvantagedArea": true}
        """
        .formatted(cf, birthDate, sex);
  }

  private static long register(IrtClient who, String cf) {
    Answer created = who.post("/api/patients", patientJson(cf, "1950-01-01", "M"));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  @Test
  void codiceFiscaleIsCheckedAgainstItsCheckCharacterBirthDateAndSex() {
    String cf = newCodiceFiscale();
    String wrongCheck = cf.substring(0, 15) + (cf.charAt(15) == 'A' ? 'B' : 'A');

    Answer badCheck = MMG.post("/api/patients", patientJson(wrongCheck, "1950-01-01", "M"));
    assertEquals(400, badCheck.status());
    assertTrue(badCheck.body().contains("check character"), badCheck.body());
    assertEquals(400, MMG.post("/api/patients", patientJson(cf, "1951-01-01", "M")).status());
    assertEquals(400, MMG.post("/api/patients", patientJson(cf, "1950-01-01", "F")).status());

    register(MMG, cf);
    Answer duplicate = MMG.post("/api/patients", patientJson(cf, "1950-01-01", "M"));
    assertEquals(400, duplicate.status());
    assertTrue(duplicate.body().contains("registered already"), duplicate.body());
  }

  @Test
  void aNurseOutsideTheCareIsDeniedAndTheAttemptIsLogged() {
    long id = register(MMG, newCodiceFiscale());

    assertEquals(403, demo("niguarda.infermiere").get("/api/patients/" + id).status());
    assertEquals(403, demo("niguarda.cot").get("/api/patients/" + id).status());
    assertEquals(200, MMG.get("/api/patients/" + id).status());
    CarePathways.propose(id, "[\"TELEMONITORING_LEVEL_1\"]");
    assertEquals(200, demo("niguarda.cot").get("/api/patients/" + id).status());

    List<JsonObject> log =
        MMG.get("/api/patients/" + id + "/accesses").array().getValuesAs(JsonObject.class);
    assertTrue(
        log.stream()
            .anyMatch(
                a ->
                    a.getString("username").equals("niguarda.infermiere")
                        && !a.getBoolean("granted")),
        log.toString());
    assertTrue(
        log.stream()
            .anyMatch(
                a -> a.getString("username").equals("niguarda.cot") && a.getBoolean("granted")),
        log.toString());
    assertEquals(
        403, demo("niguarda.infermiere").get("/api/patients/" + id + "/accesses").status());
  }

  @Test
  void anotherAsstCannotReadSearchOrTraceThePatient() {
    String cf = newCodiceFiscale();
    long id = register(MMG, cf);

    assertEquals(404, demo("bergamo.cot").get("/api/patients/" + id).status());
    assertEquals(404, demo("bergamo.admin").get("/api/patients/" + id + "/accesses").status());
    assertEquals("[]", demo("bergamo.cot").get("/api/patients?q=" + cf).body().replace(" ", ""));
    assertEquals(1, MMG.get("/api/patients?q=" + cf).array().size());
  }

  @Test
  void anOperatorRegistersForAPhysicianAndSearchShowsOnlyPatientsTheCallerMayOpen() {
    String cf = newCodiceFiscale();
    IrtClient cot = demo("niguarda.cot");
    Answer withoutPhysician = cot.post("/api/patients", patientJson(cf, "1950-01-01", "M"));
    assertEquals(400, withoutPhysician.status());
    assertTrue(withoutPhysician.body().contains("requestingPhysician"), withoutPhysician.body());

    String forCardiologist =
        patientJson(cf, "1950-01-01", "M")
            .replace(
                "\"disadvantagedArea\"",
                "\"requestingPhysician\": \"niguarda.cardiologo\", \"disadvantagedArea\"");
    assertEquals(201, cot.post("/api/patients", forCardiologist).status());

    assertEquals(1, demo("niguarda.cardiologo").get("/api/patients?q=" + cf).array().size());
    assertEquals(0, MMG.get("/api/patients?q=" + cf).array().size());
    assertEquals(400, MMG.get("/api/patients?q=x").status());
  }

  @Test
  void breakingTheGlassOpensTheRecordForAWhileAndIsFlaggedForReview() {
    long id = register(MMG, newCodiceFiscale());
    IrtClient nurse = demo("niguarda.infermiere");
    assertEquals(403, nurse.get("/api/patients/" + id).status());

    assertEquals(
        400,
        nurse
            .post("/api/patients/" + id + "/emergency-access", "{\"reason\": \"urgente\"}")
            .status());
    Answer granted =
        nurse.post(
            "/api/patients/" + id + "/emergency-access",
            "{\"reason\": \"Paziente incosciente al domicilio, serve la terapia in corso\"}");
    assertEquals(201, granted.status(), granted.body());
    assertEquals(200, nurse.get("/api/patients/" + id).status(), granted.body());

    List<JsonObject> log =
        MMG.get("/api/patients/" + id + "/accesses").array().getValuesAs(JsonObject.class);
    assertTrue(
        log.stream()
            .anyMatch(a -> a.getString("purpose").equals("BREAK_GLASS") && a.getBoolean("granted")),
        log.toString());

    IrtClient admin = demo("niguarda.admin");
    long accessId = granted.object().getJsonNumber("id").longValue();
    assertTrue(admin.get("/api/patients/emergency-accesses").body().contains("incosciente"));
    assertEquals(
        404,
        demo("bergamo.admin")
            .post("/api/patients/emergency-accesses/" + accessId + "/review", "")
            .status());
    assertEquals(
        200, admin.post("/api/patients/emergency-accesses/" + accessId + "/review", "").status());
    assertTrue(
        admin.get("/api/patients/emergency-accesses").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(e -> e.getJsonNumber("id").longValue() == accessId));
  }

  @Test
  void caregiversAreKeptWithTheirTrainingForThoseInTheCare() {
    long id = register(MMG, newCodiceFiscale());
    String caregiver =
        """
        {"fullName": "Anna Brambilla", "relationship": "figlia", "phone": "+39 333 1234567", "trainedOn": "2026-11-02"}
        """;

    Answer added = MMG.post("/api/patients/" + id + "/caregivers", caregiver);
    assertEquals(201, added.status(), added.body());
    JsonObject listed = MMG.get("/api/patients/" + id + "/caregivers").array().getJsonObject(0);
    assertEquals("figlia", listed.getString("relationship"));
    assertTrue(listed.getBoolean("trained"));

    assertEquals(
        400,
        MMG.post(
                "/api/patients/" + id + "/caregivers",
                caregiver.replace("2026-11-02", "2099-01-01"))
            .status());
    assertEquals(
        400,
        MMG.post("/api/patients/" + id + "/caregivers", "{\"relationship\": \"figlio\"}").status());
    assertEquals(
        403, demo("niguarda.infermiere").get("/api/patients/" + id + "/caregivers").status());
    assertEquals(
        404, demo("bergamo.cot").post("/api/patients/" + id + "/caregivers", caregiver).status());
    assertEquals(1, MMG.get("/api/patients/" + id + "/caregivers").array().size());
  }
}
