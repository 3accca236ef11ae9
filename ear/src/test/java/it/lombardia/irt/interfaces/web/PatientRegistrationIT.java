package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A GP registers a patient: the codice fiscale is checked as typed, the wrong part named, birth
 * date, sex and place of birth filled from it, and a surname that does not match is flagged.
 */
class PatientRegistrationIT extends BrowserTest {

  @Test
  void theCodiceFiscaleIsCheckedAsTypedFillsTheBirthAndWarnsOfAnotherSurname() {
    String cf = CodiciFiscali.newValid();
    char wrongCheck = cf.charAt(15) == 'A' ? 'B' : 'A';
    String surname = cf.charAt(0) + cf.substring(1, 3).toLowerCase() + "a";
    String name = cf.charAt(3) + cf.substring(4, 6).toLowerCase() + "o";
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/list.xhtml");
    browser.click("patients-form:new-patient");

    browser.type("patient-dialog-form:cf", cf.substring(0, 15) + wrongCheck);
    String wrong = browser.waitForText("patient-dialog-form:cf-check", "il carattere di controllo");
    assertFalse(wrong.contains("data di nascita"), wrong);

    browser.type("patient-dialog-form:familyName", "Rossi");
    browser.type("patient-dialog-form:cf", cf);
    browser.waitForText("patient-dialog-form:cf-check", "Codice valido: nascita il 01/01/1950");
    assertEquals(
        "01/01/1950", browser.find("patient-dialog-form:birthDate_input").getAttribute("value"));
    assertEquals(
        "Milano (MI)", browser.find("patient-dialog-form:birthPlace").getAttribute("value"));
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector("[id='patient-dialog-form:sex'] input[value='M']"))
            .isSelected());
    browser.waitForText(
        "patient-dialog-form:cf-check", "il cognome non corrisponde alle lettere del codice");
    assertEquals("", Accessibility.violations(browser.driver()), "the registration dialog");
    browser.open("/app/patients/list.xhtml"); // the Tab walk goes round the page, not a modal
    Accessibility.assertAccessible(browser.driver());

    browser.click("patients-form:new-patient");
    browser.type("patient-dialog-form:familyName", surname);
    browser.type("patient-dialog-form:givenName", name);
    browser.type("patient-dialog-form:cf", cf);
    String valid = browser.waitForText("patient-dialog-form:cf-check", "Codice valido");
    assertFalse(valid.contains("non corrisponde"), valid);
    browser.click("patient-dialog-form:save-patient");
    browser.waitForText("patients-form:patients", cf);
  }
}
