package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The training page in Italian (seed 003 §2.1.6): the ASST administrator records a course of the
 * PLS by name, finds it in the table with its service and expiry, sees the ASST's choice (warn by
 * default) and removes the course; a bad expiry is refused with the field named. Checked for
 * accessibility.
 */
class TrainingPageIT extends BrowserTest {

  @Test
  void theAdministratorRecordsAndRemovesAProfessionalsTraining() {
    String course = "Corso teleconsulto " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-training");
    browser.waitForPageText("Registra una formazione");
    assertTrue(browser.pageText().contains("Avvisa e consenti"), browser.pageText());
    assertAccessible();

    browser.choose("training-form:username", "niguarda.pls");
    browser.type("training-form:course", course);
    browser.choose("training-form:service", "TELECONSULT");
    browser.typeDate("training-form:completedOn", "10/01/2026");
    browser.typeDate("training-form:expiresOn", "09/01/2026");
    browser.click("training-form:record");
    browser.waitForPageText("Scade il: La scadenza non può precedere il completamento.");

    browser.typeDate("training-form:expiresOn", "10/01/2028");
    browser.click("training-form:record");
    browser.waitForPageText("Formazione registrata");
    browser.waitForText("training-form:trainings", course);
    String row = rowOf(browser, course);
    assertTrue(row.contains("Luca Verdi (PLS)"), row);
    assertTrue(row.contains("Teleconsulto"), row);
    assertTrue(row.contains("10/01/2028"), row);
    assertAccessible();

    browser.clickInRow("training-form:trainings", course, "Elimina");
    browser.waitForPageText("Formazione eliminata");
    assertEquals(
        0,
        browser
            .driver()
            .findElements(
                By.xpath("//*[@id='training-form:trainings']//td[contains(., '" + course + "')]"))
            .size());
  }

  private static String rowOf(Browser b, String course) {
    return b.driver()
        .findElement(
            By.xpath(
                "//*[@id='training-form:trainings']//tr[td[contains(., '%s')]]".formatted(course)))
        .getText();
  }
}
