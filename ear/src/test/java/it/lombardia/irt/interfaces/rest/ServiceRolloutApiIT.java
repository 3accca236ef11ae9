package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Region's phased roll-out (seed 000 §6.1): a service the Region has not enabled for an ASST,
 * or enabled from a later day, is refused there (409 naming service, ASST and day) while another
 * ASST goes on; only the Region changes it, an ASST's administrator reads its own.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolloutApiIT {

  private static final IrtClient REGION = demo("regione.admin");
  private static final IrtClient NIGUARDA_MMG = demo("niguarda.mmg");
  private static final IrtClient BERGAMO_MMG = demo("bergamo.mmg");
  private static final String BERGAMO = "ASST-PAPA-GIOVANNI-XXIII";
  private static final String BERGAMO_TELECONSULT =
      "/api/region/tenants/" + BERGAMO + "/services/teleconsult";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Rome"));
  }

  private static long consentingPatient(IrtClient mmg) {
    Answer created =
        mmg.post(
            "/api/patients",
            """
            {"codiceFiscale": "%s", "givenName": "Aldo", "familyName": "Brembati",
             "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Bergamo"}"""
                .formatted(CodiciFiscali.newValid()));
    assertEquals(201, created.status(), created.body());
    long patient = created.object().getJsonNumber("id").longValue();
    Answer consent =
        mmg.post(
            "/api/patients/" + patient + "/telemedicine-consents",
            """
            {"kind": "TELEMEDICINE", "method": "DIGITAL", "language": "it",
             "services": ["TELECONSULT"]}""");
    assertEquals(201, consent.status(), consent.body());
    return patient;
  }

  private static Answer teleconsult(IrtClient mmg, long patient, String consulted) {
    return mmg.post(
        "/api/encounters",
        """
        {"patientId": %d, "service": "TELECONSULT", "synchronous": false, "patientPresent": false,
         "question": "Dispnea da sforzo in aumento: rivalutare la terapia?",
         "consulted": ["%s"]}"""
            .formatted(patient, consulted));
  }

  private static Answer setFrom(String path, LocalDate from) {
    return REGION.put(path, "{\"from\": \"" + from + "\"}");
  }

  /** Service → whether enabled today, as an ASST's administrator reads it. */
  private static Map<String, Boolean> ownServices(String admin) {
    Answer answer = demo(admin).get("/api/services");
    assertEquals(200, answer.status(), answer.body());
    return answer.array().getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(s -> s.getString("service"), s -> s.getBoolean("enabledToday")));
  }

  @Test
  void aTeleconsultTheRegionDisabledInOneAsstIsRefusedThereUntilItsDayWhileAnotherGoesOn() {
    long bergamoPatient = consentingPatient(BERGAMO_MMG);
    long niguardaPatient = consentingPatient(NIGUARDA_MMG);
    try {
      Answer disabled = REGION.put(BERGAMO_TELECONSULT, "{\"enabled\": false}");
      assertEquals(200, disabled.status(), disabled.body());
      assertTrue(!disabled.object().containsKey("from") || disabled.object().isNull("from"));
      assertEquals("regione.admin", disabled.object().getString("setBy"));

      Answer refused = teleconsult(BERGAMO_MMG, bergamoPatient, "bergamo.cardiologo");
      assertEquals(409, refused.status(), refused.body());
      assertTrue(
          refused.body().contains("TELECONSULT is not enabled for " + BERGAMO), refused.body());
      assertEquals(
          201,
          teleconsult(NIGUARDA_MMG, niguardaPatient, "niguarda.cardiologo").status(),
          "Niguarda's teleconsult goes on");
      assertEquals(false, ownServices("bergamo.admin").get("TELECONSULT"));
      assertEquals(true, ownServices("niguarda.admin").get("TELECONSULT"), "its own ASST only");

      assertEquals(200, setFrom(BERGAMO_TELECONSULT, today().plusDays(1)).status());
      Answer notYet = teleconsult(BERGAMO_MMG, bergamoPatient, "bergamo.cardiologo");
      assertEquals(409, notYet.status(), notYet.body());
      assertTrue(notYet.body().contains("from " + today().plusDays(1)), notYet.body());

      Answer fromToday = setFrom(BERGAMO_TELECONSULT, today());
      assertEquals(true, fromToday.object().getBoolean("enabledToday"), fromToday.body());
      Answer opened = teleconsult(BERGAMO_MMG, bergamoPatient, "bergamo.cardiologo");
      assertEquals(201, opened.status(), opened.body());
    } finally {
      setFrom(BERGAMO_TELECONSULT, LocalDate.of(2024, 1, 1));
    }
  }

  @Test
  void onlyTheRegionChangesTheRollOutAndRefusesUnknownAsstsServicesAndEmptyBodies() {
    for (String user : new String[] {"niguarda.admin", "bergamo.admin", "niguarda.mmg"}) {
      assertEquals(403, demo(user).put(BERGAMO_TELECONSULT, "{\"enabled\": false}").status(), user);
    }
    assertEquals(
        403, demo("niguarda.admin").get("/api/region/tenants/" + BERGAMO + "/services").status());
    assertEquals(403, REGION.get("/api/services").status(), "the Region reads an ASST by its code");
    assertEquals(true, ownServices("bergamo.admin").get("TELECONSULT"), "nothing changed");

    Answer unknownAsst = setFrom("/api/region/tenants/ASST-ATLANTIDE/services/TELEVISIT", today());
    assertEquals(404, unknownAsst.status(), unknownAsst.body());
    Answer unknownService =
        setFrom("/api/region/tenants/" + BERGAMO + "/services/telepathy", today());
    assertEquals(400, unknownService.status(), unknownService.body());
    assertTrue(
        unknownService.body().contains("unknown service 'telepathy'"), unknownService.body());
    Answer empty = REGION.put(BERGAMO_TELECONSULT, "{}");
    assertEquals(400, empty.status(), empty.body());
    assertTrue(empty.body().contains("enabled: false"), empty.body());

    Answer all = REGION.get("/api/region/tenants/" + BERGAMO + "/services");
    assertEquals(200, all.status(), all.body());
    assertEquals(8, all.array().size(), "every service, enabled or not");
  }

  @Test
  void anAsstTheRegionCreatesStartsWithTelevisitAndTeleconsultFromThatDay() {
    String code = "ASST-ROLLOUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Answer created =
        REGION.post(
            "/api/tenants",
            "{\"code\": \"%s\", \"name\": \"ASST nuova\", \"ats\": \"PAVIA\"}".formatted(code));
    assertEquals(201, created.status(), created.body());

    Answer services = REGION.get("/api/region/tenants/" + code + "/services");
    Map<String, String> from =
        services.array().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.containsKey("from") && !s.isNull("from"))
            .collect(Collectors.toMap(s -> s.getString("service"), s -> s.getString("from")));
    assertEquals(Map.of("TELEVISIT", today().toString(), "TELECONSULT", today().toString()), from);
  }
}
