package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtClient;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Region's roll-out page in Italian: the ASST chosen by name, a service disabled there and
 * enabled again from a date; while disabled, the ASST's physician is not offered it. Checked for
 * accessibility.
 */
class ServiceRolloutPageIT extends BrowserTest {

  private static final IrtClient REGION = IrtClient.demo("regione.admin");
  private static final String SERVICES = "/api/region/tenants/ASST-PAPA-GIOVANNI-XXIII/services";

  private static JsonObject state(String service) {
    return REGION.get(SERVICES).array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("service").equals(service))
        .findFirst()
        .orElseThrow();
  }

  private static String from(String service) {
    JsonObject s = state(service);
    return s.containsKey("from") && !s.isNull("from") ? s.getString("from") : null;
  }

  private static List<String> offeredToBergamosPhysician() {
    Browser physician = new Browser();
    try {
      physician.logIn("bergamo.mmg", IrtClient.DEMO_PASSWORD);
      physician.click("menu-form:menu-encounters");
      physician.find("new-encounter-form:service");
      return physician
          .driver()
          .findElements(By.cssSelector("[id='new-encounter-form:service'] option"))
          .stream()
          .map(o -> o.getDomProperty("value"))
          .toList();
    } finally {
      physician.close();
    }
  }

  @Test
  void theRegionDisablesAServiceForOneAsstWhosePhysicianIsNoLongerOfferedItThenEnablesIt() {
    try {
      REGION.put(SERVICES + "/TELEREHABILITATION", "{\"from\": \"2099-01-01\"}");
      browser.logIn("regione.admin", IrtClient.DEMO_PASSWORD);
      browser.click("menu-form:menu-rollout");
      browser.waitForPageText("Attivazione graduale dei servizi per ASST");
      browser.select("rollout-form:asst", "ASST-PAPA-GIOVANNI-XXIII");
      browser.waitForPageText("Abilitato da una data futura");
      assertAccessible();
      // the checks reload the page, which shows the first ASST again: choose it anew
      browser.select("rollout-form:asst", "ASST-PAPA-GIOVANNI-XXIII");
      browser.waitForPageText("Abilitato da una data futura");

      browser.clickInRow("rollout-form:services", "Teleassistenza", "Disabilita");
      browser.waitForPageText("Servizio disabilitato per l'ASST.");
      assertEquals(null, from("TELEASSISTANCE"));
      assertEquals("regione.admin", state("TELEASSISTANCE").getString("setBy"));

      List<String> offered = offeredToBergamosPhysician();
      assertFalse(offered.contains("TELEASSISTANCE"), "offered: " + offered);
      assertFalse(offered.contains("TELEREHABILITATION"), "not before its day: " + offered);
      assertTrue(offered.contains("TELECONSULT"), "offered: " + offered);

      browser.typeDate("rollout-form:services:3:from", "01/03/2024");
      browser.clickInRow("rollout-form:services", "Teleassistenza", "Abilita dalla data");
      browser.waitForPageText("Servizio abilitato dalla data indicata.");
      assertEquals("2024-03-01", from("TELEASSISTANCE"));
    } finally {
      REGION.put(SERVICES + "/TELEASSISTANCE", "{\"from\": \"2024-01-01\"}");
      REGION.put(SERVICES + "/TELEREHABILITATION", "{\"from\": \"2024-01-01\"}");
    }
  }
}
