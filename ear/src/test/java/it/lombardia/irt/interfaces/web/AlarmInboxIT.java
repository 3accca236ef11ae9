package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The alarm inbox as the nurse meets it: acknowledging in a dialog that names the patient. */
class AlarmInboxIT extends BrowserTest {

  @Test
  void aNurseAcknowledgesAnAlarmOfHerPatientInADialogNamingPatientReadingRuleAndThreshold() {
    long patient = alarmingPatient();
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-alarms");
    WebElement row = rowOf(patient);

    row.findElement(By.xpath(".//button[contains(., 'Prendi in carico')]")).click();

    assertTrue(
        browser.waitForText("handle-heading", "Colombo Luigia").contains("Prendi in carico"),
        "the dialog names the patient, not an id");
    assertEquals("Saturazione di ossigeno (pulsossimetria)", browser.text("fact-parameter"));
    assertTrue(browser.text("fact-reading").startsWith("89 %"));
    assertEquals("Soglia superata", browser.text("fact-rule"));
    assertEquals("≤ 90 %", browser.text("fact-threshold"));
    assertAccessibleDialog();

    browser.click("alarms-form:confirm-ack");
    assertTrue(
        browser
            .waitForText("alarms-form:handle-messages", "azione svolta")
            .contains("azione svolta"),
        "without the action taken the dialog says why, where the user is looking");
    assertTopMessagesEmpty();

    browser.select("alarms-form:action", "CALL_BY_NURSE");
    browser.type("alarms-form:note", "Chiamata la paziente: sta bene");
    browser.click("alarms-form:confirm-ack");

    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("alarms-form:handle-dialog")));
    WebElement handled = rowOf(patient);
    assertTrue(
        handled.getText().contains("Allarme preso in carico"),
        "the result is shown in the alarm's row: " + handled.getText());
    assertTopMessagesEmpty();
    assertAccessible();
  }

  /** A new heart-failure patient of the nurse with an oxygen saturation of 89 % (≤ 90: alarm). */
  static long alarmingPatient() {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    Fhir.niguardaGateway()
        .create()
        .resource(Fhir.vital(patient, Fhir.SPO2, 89, "%", Instant.now().minusSeconds(90)))
        .execute();
    return patient;
  }

  /** The inbox row of {@code patient}'s alarm (its patient link ends with the patient's id). */
  private WebElement rowOf(long patient) {
    String ofPatient = "patient=" + patient;
    By row =
        By.xpath(
            "//*[@id='alarms-form:inbox']//tr[.//a[substring(@href, string-length(@href) - %d) = '%s']]"
                .formatted(ofPatient.length() - 1, ofPatient));
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(row));
  }

  private void assertTopMessagesEmpty() {
    assertFalse(
        browser.driver().findElement(By.id("messages")).getText().contains("llarme"),
        "nothing at the top of the page, out of view");
  }

  private void assertAccessibleDialog() {
    assertEquals("", Accessibility.violations(browser.driver()), "the page with the dialog open");
  }
}
