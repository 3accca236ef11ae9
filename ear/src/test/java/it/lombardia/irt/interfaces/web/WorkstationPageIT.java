package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The workstations page in Italian: the centre's operator records a Postazione di Lavoro of a Casa
 * di Comunità and activates it; the ASST's administrator finds it on the same page. Checked for
 * accessibility.
 */
class WorkstationPageIT extends BrowserTest {

  @Test
  void theOperatorRecordsAndActivatesAWorkstationThatTheAdministratorSees() {
    String code = "PDL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-workstations");
    browser.waitForPageText("Nuova postazione");
    assertAccessible();

    browser.type("workstations-form:code", code);
    browser.type("workstations-form:site", "Casa di Comunità Bicocca");
    browser.select("workstations-form:site-kind", "COMMUNITY_HOUSE");
    browser.click("workstations-form:save");
    browser.waitForPageText("Postazione registrata");
    browser.waitForText("workstations-form:workstations", code);
    assertTrue(rowOf(browser, code).contains("Da attivare"), rowOf(browser, code));

    browser.clickInRow("workstations-form:workstations", code, "Modifica");
    browser.waitForPageText("Modifica della postazione");
    browser.select("workstations-form:state", "ACTIVE");
    browser.click("workstations-form:save");
    browser.waitForPageText("Postazione aggiornata");
    assertAccessible();

    browser.waitForText("workstations-form:workstations", "Attiva");
    assertTrue(rowOf(browser, code).contains("Attiva"), rowOf(browser, code));

    try (Browser admin = new Browser()) {
      admin.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
      admin.open("/app/helpdesk/workstations.xhtml");
      admin.waitForText("workstations-form:workstations", code);
      assertTrue(rowOf(admin, code).contains("Attiva"), rowOf(admin, code));
    }
  }

  private static String rowOf(Browser b, String code) {
    return b.driver()
        .findElement(
            By.xpath(
                "//*[@id='workstations-form:workstations']//tr[td[contains(., '%s')]]"
                    .formatted(code)))
        .getText();
  }
}
