package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.PatientLinks;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A caregiver's personal link page lists the help-desk tickets of that caregiver's patient only:
 * another patient's ticket, asked by another caregiver of the same ASST, never appears on it, nor a
 * ticket a professional opened about the patient.
 */
class CaregiverLinkTicketsIT extends BrowserTest {

  private static final IrtClient DESK = demo("niguarda.helpdesk");

  private static long caregiverOf(long patient, String name) {
    Answer caregiver =
        demo("niguarda.mmg")
            .post(
                "/api/patients/" + patient + "/caregivers",
                """
                {"fullName": "%s", "relationship": "figlia", "phone": "+39 333 765 4321",
                 "trained": true}"""
                    .formatted(name));
    assertEquals(201, caregiver.status(), caregiver.body());
    return caregiver.object().getJsonNumber("id").longValue();
  }

  /** A ticket the centre opened about {@code patient}, asked by {@code kind}; its number. */
  private static String ticketAbout(long patient, String kind, String requester, String summary) {
    Answer opened =
        DESK.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P3", "summary": "%s",
             "patientId": %d, "requesterKind": "%s", "requester": "%s"}"""
                .formatted(summary, patient, kind, requester));
    assertEquals(201, opened.status(), opened.body());
    return opened.object().getString("number");
  }

  @Test
  void theCaregiversLinkPageListsTheirPatientsTicketsOnly() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long mine = activePatient("[\"TELEVISIT\"]");
    long other = activePatient("[\"TELEVISIT\"]");
    long caregiver = caregiverOf(mine, "Carla Neri");
    caregiverOf(other, "Bruno Gialli");
    String own = ticketAbout(mine, "CAREGIVER", "Carla Neri", "Modem spento " + tag);
    String others = ticketAbout(other, "CAREGIVER", "Bruno Gialli", "Tablet rotto " + tag);
    String staffs = ticketAbout(mine, "STAFF", "niguarda.infermiere", "Nota del reparto " + tag);

    browser.open(PatientLinks.page(mine, caregiver));
    String shown = browser.waitForText("link-tickets", own);
    assertTrue(shown.contains("Modem spento " + tag), shown);
    assertFalse(shown.contains("Tablet rotto " + tag), "another patient's ticket: " + shown);
    assertFalse(shown.contains(others), "another patient's ticket: " + shown);
    assertFalse(shown.contains("Nota del reparto " + tag), "a professional's ticket: " + shown);
    assertFalse(shown.contains(staffs), "a professional's ticket: " + shown);
    assertAccessible();
  }
}
