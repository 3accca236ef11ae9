package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notifications in the browser: a nurse opts in from her settings page (reached from her name in
 * the header), told in Italian what is missing; the lead of a televisit sends the patient's link to
 * a caregiver by SMS from the encounter page instead of copying an address.
 */
class NotificationPagesIT extends BrowserTest {

  private static final IrtClient NURSE = IrtClient.demo("niguarda.infermiere");

  @Test
  void aNurseOptsInToAlarmsBySmsFromHerSettingsPage() {
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("user-name");
    browser.waitForPageText("Le mie impostazioni");
    try {
      browser.select("settings-form:channel", "SMS");
      browser.check("settings-form:topics:0");
      browser.click("settings-form:save");
      browser.waitForPageText("Per gli avvisi via SMS serve un numero di cellulare.");

      browser.type("settings-form:mobile", "+39 333 111 2222");
      browser.click("settings-form:save");
      browser.waitForPageText("Impostazioni salvate.");
      JsonObject saved = NURSE.get("/api/me/notifications").object();
      assertEquals("SMS", saved.getString("channel"), saved.toString());
      assertEquals("+393331112222", saved.getString("mobilePhone"));
      assertEquals(
          List.of("ALARMS"), saved.getJsonArray("topics").getValuesAs(JsonString::getString));
      assertAccessible();
    } finally {
      NURSE.put("/api/me/notifications", "{\"channel\": null, \"topics\": []}");
    }
  }

  @Test
  void theLeadSendsThePatientLinkToACaregiverBySmsFromTheEncounterPage() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    IrtClient.Answer caregiver =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/patients/" + patient + "/caregivers",
                """
                {"fullName": "Piero Neri", "relationship": "figlio",
                 "phone": "+39 347 000 1122", "trained": true}""");
    assertEquals(201, caregiver.status(), caregiver.body());
    long encounter = CarePathways.bookedTelevisit(patient);

    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.open("/app/encounters/encounter.xhtml?id=" + encounter);
    browser.choose(
        "encounter-form:link-recipient", caregiver.object().getJsonNumber("id").toString());
    browser.choose("encounter-form:link-channel", "SMS");
    browser.click("encounter-form:send-link");
    browser.waitForPageText("Link inviato");

    assertTrue(
        IrtClient.demo("niguarda.admin").get("/api/notifications/outbox").array().stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                n ->
                    n.getString("address").equals("+393470001122")
                        && n.getString("topic").equals("PATIENT_LINK")
                        && n.getString("recipientName").equals("Piero Neri")),
        "the SMS to the caregiver is in the outbox");
    assertAccessible();
  }
}
