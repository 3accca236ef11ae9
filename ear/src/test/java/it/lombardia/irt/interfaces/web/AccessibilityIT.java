package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Pages checked as a screen-reader, keyboard or phone user meets them: no WCAG 2.1 AA violation
 * found by axe-core, every control reached with Tab, nothing to scroll sideways on a phone.
 */
class AccessibilityIT extends BrowserTest {

  private static final IrtClient CARDIOLOGIST = IrtClient.demo("niguarda.cardiologo");

  @Test
  void theRecordAnOperatorReachesShowsItsPartsAccessibly() {
    Answer registered =
        IrtClient.demo("niguarda.cot")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "Teodoro", "familyName": "Pozzi",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano",
                 "requestingPhysician": "niguarda.cardiologo"}"""
                    .formatted(CodiciFiscali.newValid()));
    assertEquals(201, registered.status(), registered.body());
    browser.logIn("niguarda.cot", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/record.xhtml?id=" + registered.object().getJsonNumber("id"));
    browser.waitForPageText("La parte clinica della cartella");

    assertAccessible();
  }

  @Test
  void apiClientsAndBlockedSignInsAreAccessibleToTheAdministrator() {
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.open("/app/admin/api-clients.xhtml");
    browser.waitForPageText("niguarda-gateway");
    assertAccessible();

    browser.open("/app/admin/users.xhtml");
    browser.waitForPageText("Accessi rallentati");
    assertAccessible();
  }

  @Test
  void anAgendaShowsAnotherPhysiciansBookingAsBusyAccessibly() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Rome"))
            .plusDays(500)
            .truncatedTo(ChronoUnit.DAYS)
            .withHour(11);
    CarePathways.AgendaSlots agenda = CarePathways.televisitAgenda(CARDIOLOGIST, start, 2);
    Answer booked =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/agendas/slots/" + agenda.slots().get(0) + "/booking",
                "{\"patientId\": %d, \"diagnosisId\": %d}"
                    .formatted(patient, CarePathways.diagnosis(patient)));
    assertEquals(201, booked.status(), booked.body());

    browser.logIn("niguarda.pls", IrtClient.DEMO_PASSWORD);
    browser.open(
        "/app/agendas/agenda.xhtml?agenda=" + agenda.agenda() + "&day=" + start.toLocalDate());
    browser.waitForText("agenda-form:slots", "Occupato");
    assertAccessible();
  }

  @Test
  void thePatientsPageSaysWhenTheRoomOpensAccessibly() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    long encounter = CarePathways.televisitStartingIn(patient, 180);
    String path =
        CARDIOLOGIST
            .post("/api/encounters/" + encounter + "/patient-links", "{}")
            .object()
            .getString("path");
    browser.open(
        "/visit/join.xhtml?e=" + encounter + "&t=" + path.substring(path.indexOf("&t=") + 3));
    browser.waitForPageText("La stanza video si apre");
    assertAccessible();
  }

  /** axe-core at desktop width, the keyboard walk, then sideways scrolling and axe on a phone. */
  private void assertAccessible() {
    Accessibility.assertAccessible(browser.driver());
  }
}
