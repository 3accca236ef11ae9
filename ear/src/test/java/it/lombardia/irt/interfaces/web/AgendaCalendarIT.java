package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SearchablePatients;
import it.lombardia.irt.testing.SearchablePatients.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The agenda as a week calendar: a free slot booked by clicking it. */
class AgendaCalendarIT extends BrowserTest {

  @Test
  void theSpecialistBooksAFreeSlotByClickingItInTheWeekViewAndSeesItBooked() {
    Named patient = SearchablePatients.underTelevisit();
    CarePathways.diagnosis(patient.id());
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Rome"))
            .plusDays(400 + ThreadLocalRandom.current().nextInt(3000));
    LocalDateTime start = day.atTime(15, 0);
    CarePathways.AgendaSlots agenda =
        CarePathways.televisitAgenda(IrtClient.demo("niguarda.cardiologo"), start, 2);

    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.open("/app/agendas/agenda.xhtml?agenda=" + agenda.agenda() + "&day=" + day);
    browser.waitForText("agenda-form:calendar", "15:00–15:20 · Libero · Video");
    assertAccessible();

    AgendaBookingDialog.book(
        browser,
        "15:20–15:40",
        "nicolò d'amico " + patient.givenName().substring(7),
        patient.givenName());

    String calendar =
        browser.waitForText(
            "agenda-form:calendar", "15:20–15:40 · Occupato · D'Amico " + patient.givenName());
    assertTrue(calendar.contains("15:00–15:20 · Libero"), calendar);
    assertAccessible();
  }
}
