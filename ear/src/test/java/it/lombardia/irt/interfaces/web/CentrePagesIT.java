package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Region's service-centre page in Italian: the demo centres with the ASSTs they serve by name,
 * an e-mail address and a supervisor set from the dialog, an unreadable calendar refused in the
 * dialog; checked for accessibility.
 */
class CentrePagesIT extends BrowserTest {

  private static final String BERGAMO = "/api/region/service-centres/CS-BERGAMO";

  @Test
  void theRegionEditsACentresContactsAndSupervisorAndIsToldWhatItCannotRead() {
    browser.logIn("regione.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-centres");
    browser.waitForPageText("Centri Servizi di Telemedicina");
    String page = browser.pageText();
    assertTrue(page.contains("Centro Servizi Brianza (condiviso)"), page);
    assertTrue(page.contains("24/7"), page);
    assertTrue(page.contains("Niguarda"), "ASSTs by name: " + page);
    assertAccessible();

    browser.clickInRow("centres-form:centres", "Papa Giovanni XXIII", "Modifica centro");
    browser.until(
        Duration.ofSeconds(10),
        d ->
            "Centro Servizi Papa Giovanni XXIII"
                .equals(d.findElement(By.id("centre-dialog-form:name")).getDomProperty("value")));
    browser.type("centre-dialog-form:hours", "ogni tanto");
    browser.click("centre-dialog-form:save-centre");
    browser.waitForPageText("Orari o festività non leggibili");

    String email = "cs." + UUID.randomUUID().toString().substring(0, 8) + "@bergamo.example";
    browser.type("centre-dialog-form:hours", "MON-FRI 08:30-17:30");
    browser.type("centre-dialog-form:email", email);
    browser.choose("centre-dialog-form:supervisor", "bergamo.helpdesk");
    browser.click("centre-dialog-form:save-centre");
    browser.waitForPageText("Centro Servizi salvato");
    browser.waitForPageText(email);

    IrtClient region = IrtClient.demo("regione.admin");
    JsonObject saved = region.get(BERGAMO).object();
    assertEquals(email, saved.getString("email"));
    assertEquals("bergamo.helpdesk", saved.getString("supervisor"));
    assertEquals("MON-FRI 08:30-17:30", saved.getString("openingHours"));
    assertEquals(
        "ASST-PAPA-GIOVANNI-XXIII", saved.getJsonArray("assts").getJsonObject(0).getString("code"));
    // Back as the demo has it: no supervisor (other tests count the SLA e-mails they expect).
    assertEquals(
        200,
        region
            .put(
                BERGAMO,
                """
                {"name": "Centro Servizi Papa Giovanni XXIII", "assts": ["ASST-PAPA-GIOVANNI-XXIII"],
                 "phone": %s, "email": null, "openingHours": "MON-FRI 08:30-17:30",
                 "localHolidays": "08-26", "supervisor": null}"""
                    .formatted(
                        !saved.containsKey("phone")
                            ? "null"
                            : "\"" + saved.getString("phone") + "\""))
            .status());
  }
}
