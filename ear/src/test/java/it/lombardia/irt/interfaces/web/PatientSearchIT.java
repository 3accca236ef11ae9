package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SearchablePatients;
import it.lombardia.irt.testing.SearchablePatients.Named;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The header's patient search: by codice fiscale or name, only the patients one may open. */
class PatientSearchIT extends BrowserTest {

  @Test
  void theNurseFindsHerPatientByCodiceFiscaleAndBySurnameAndNameAndOpensTheRecord() {
    Named patient = SearchablePatients.inTheNursesCare();
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);

    search(patient.codiceFiscale().toLowerCase());
    String result = browser.waitForText("search-results", patient.givenName());
    assertTrue(result.contains("D'Amico " + patient.givenName()), result);
    assertTrue(result.contains("nato/a il 01/01/1950 · Milano"), result);
    String withoutBirth = result.replace("01/01/1950", "");
    assertFalse(
        withoutBirth.matches("(?s).*\\b" + patient.id() + "\\b.*"), "no ids on screen: " + result);
    assertAccessible();

    search("damico " + patient.givenName().toLowerCase());
    browser.waitForText("search-results", patient.givenName());
    browser.followLink("record.xhtml?id=" + patient.id());
    browser.waitForPageText(patient.givenName());
    assertTrue(browser.driver().getCurrentUrl().contains("record.xhtml?id=" + patient.id()));
  }

  @Test
  void aNurseOfAnotherAsstDoesNotFindThePatient() {
    Named patient = SearchablePatients.inTheNursesCare();
    browser.logIn("bergamo.infermiere", IrtClient.DEMO_PASSWORD);

    search(patient.codiceFiscale());

    browser.waitForText("search-summary", ": 0.");
    assertFalse(browser.exists("search-results"));
  }

  @Test
  void aPhysicianOfTheAsstOutsideThePatientsCareDoesNotFindThem() {
    Named patient = SearchablePatients.inTheNursesCare();
    browser.logIn("niguarda.pls", IrtClient.DEMO_PASSWORD);

    search("D'Amico " + patient.givenName());

    browser.waitForText("search-summary", ": 0.");
    assertTrue(
        browser
            .driver()
            .findElements(By.cssSelector("a[href*='id=" + patient.id() + "']"))
            .isEmpty());
  }

  /** Types the query in the header's search and presses Enter, as a keyboard user does. */
  private void search(String query) {
    browser.type("patient-search-q", query + Keys.ENTER);
    browser.waitForText("search-summary", "«");
  }
}
