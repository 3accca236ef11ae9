package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SearchablePatients;
import it.lombardia.irt.testing.SearchablePatients.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Seed 003 §2.2.1: a televisit needs no UVM and no PAI. The GP collects the patient's consent to
 * televisits on the record page and books one in her agenda for a patient with no pathway.
 */
class TelevisitWithoutPathwayIT extends BrowserTest {

  @Test
  void theGpCollectsTheConsentAndBooksATelevisitForAPatientWithNoPathway() {
    IrtClient mmg = IrtClient.demo("niguarda.mmg");
    Named patient = SearchablePatients.withoutPathway();
    CarePathways.diagnosis(patient.id());
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Rome"))
            .plusDays(400 + ThreadLocalRandom.current().nextInt(3000));
    CarePathways.AgendaSlots agenda = CarePathways.televisitAgenda(mmg, day.atTime(11, 0), 2);

    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/record.xhtml?id=" + patient.id());
    browser.waitForText(
        "consent-without-pathway-form:consents-without-pathway",
        "Nessun consenso raccolto fuori da un percorso");
    assertAccessible();
    browser
        .driver()
        .findElement(
            By.xpath("//*[@id='consent-without-pathway-form:cw-services']//label[.='Televisita']"))
        .click();
    browser.click("consent-without-pathway-form:collect-consent");
    browser.waitForPageText("Consenso registrato");
    browser.waitForText("consent-without-pathway-form:consents-without-pathway", "Televisita");

    browser.open("/app/agendas/agenda.xhtml?agenda=" + agenda.agenda() + "&day=" + day);
    browser.waitForText("agenda-form:calendar", "11:00–11:20 · Libero · Video");
    AgendaBookingDialog.book(
        browser, "11:00–11:20", "d'amico " + patient.givenName(), patient.givenName());

    String calendar =
        browser.waitForText(
            "agenda-form:calendar", "11:00–11:20 · Occupato · D'Amico " + patient.givenName());
    assertTrue(calendar.contains("11:20–11:40 · Libero"), calendar);
    assertAccessible();
    assertEquals(
        "[]",
        mmg.get("/api/enrolments?patient=" + patient.id()).body(),
        "booked with no pathway at all");
  }
}
