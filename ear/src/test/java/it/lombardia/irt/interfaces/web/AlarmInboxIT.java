package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alarm inbox as the nurse meets it: acknowledging in a dialog that names the patient; new
 * alarms pushed to the open page and the header's bell, within the user's ASST only.
 */
class AlarmInboxIT extends BrowserTest {

  @Test
  void aNurseAcknowledgesAnAlarmOfHerPatientInADialogNamingPatientReadingRuleAndThreshold() {
    long patient = alarmingPatient();
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-alarms");
    rowTextOf(patient, "Destinatario: Sara Colombo (IFeC)"); // the recipient by name, not username
    rowOf(patient).findElement(By.xpath(".//button[contains(., 'Prendi in carico')]")).click();

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
        .ignoring(StaleElementReferenceException.class) // the inbox is replaced as news arrives
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("alarms-form:handle-dialog")));
    String handled = rowTextOf(patient, "Allarme preso in carico");
    assertTrue(
        handled.contains("Telefonata dell'infermiere · Sara Colombo (IFeC)")
            && !handled.contains("niguarda.infermiere"),
        "who acknowledged it, by name: " + handled);
    assertTopMessagesEmpty();
    assertAccessible();
  }

  @Test
  void aCriticalAlarmPostedWhileTheNursesInboxIsOpenAppearsAnnouncedWithoutReload() {
    long patient = CarePathways.monitoredPatient("[]", EVERY_LEVEL_TO_THE_NURSE).id();
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-alarms");
    browser.find("alarms-form:inbox");
    long before = waiting(browser);
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    page.executeScript("window.irtSamePage = true;");

    postSaturation(patient, 80); // ≤ 85: critical

    rowOf(patient);
    browser.waitForText("alarm-live", "Nuovo allarme critico");
    assertEquals(
        Boolean.TRUE, page.executeScript("return window.irtSamePage === true;"), "no reload");
    assertTrue(
        ((Number) page.executeScript("return window.irtAlarmTones || 0;")).intValue() > 0,
        "a tone was played");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class) // the inbox is replaced as news arrives
        .until(d -> waiting(browser) > before);

    browser.select("alarms-form:level-filter", "ATTENTION");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class) // the inbox is replaced as news arrives
        .until(d -> !browser.text("alarms-form:inbox").contains("Critico"));
    browser.select("alarms-form:level-filter", "CRITICAL");
    rowOf(patient);
    assertAccessible();
  }

  @Test
  void aCentresAlarmReachesTheBellOfItsOwnAsstOnly() {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    browser.logIn("bergamo.cot", IrtClient.DEMO_PASSWORD);
    browser.find("alarm-count");
    long bergamoBefore = waiting(browser);
    try (Browser niguarda = new Browser()) {
      niguarda.logIn("niguarda.cot", IrtClient.DEMO_PASSWORD);
      niguarda.find("alarm-count");
      long niguardaBefore = waiting(niguarda);

      postSaturation(patient, 80); // critical: to the COT centre

      niguarda.waitForText("alarm-live", "Nuovo allarme critico");
      niguarda.until(Duration.ofSeconds(10), d -> waiting(niguarda) > niguardaBefore);
    }
    assertEquals("", liveText(), "no news of a Niguarda alarm in Bergamo");
    browser.driver().navigate().refresh();
    assertEquals(bergamoBefore, waiting(browser), "Bergamo's bell counts Bergamo's alarms only");
  }

  private String liveText() {
    return browser.currentText("alarm-live");
  }

  private static long waiting(Browser b) {
    return Long.parseLong(b.text("alarm-count").trim());
  }

  private static void postSaturation(long patient, double value) {
    Fhir.niguardaGateway()
        .create()
        .resource(Fhir.vital(patient, Fhir.SPO2, value, "%", Instant.now().minusSeconds(60)))
        .execute();
  }

  /** Every level of alarm to the Niguarda nurse, all day. */
  private static final String EVERY_LEVEL_TO_THE_NURSE =
      """
      [{"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:ADI"},
       {"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 60, "fallback": "centre:COT"},
       {"level": "CRITICAL", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 15, "fallback": "centre:COT"}]""";

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

  /**
   * The text of the patient's row once it shows {@code expected}, read again as news replaces it.
   */
  private String rowTextOf(long patient, String expected) {
    String[] text = {""};
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> (text[0] = rowOf(patient).getText()).contains(expected));
    } catch (TimeoutException e) {
      throw new AssertionError("the alarm's row shows \"" + expected + "\": " + text[0], e);
    }
    return text[0];
  }

  private void assertTopMessagesEmpty() {
    assertFalse(
        browser.currentText("messages").contains("llarme"),
        "nothing at the top of the page, out of view");
  }

  private void assertAccessibleDialog() {
    assertEquals("", Accessibility.violations(browser.driver()), "the page with the dialog open");
  }
}
