package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.HomeDevices;
import it.lombardia.irt.testing.IrtClient;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each role's home page is its work queue, every item one click from its action. */
class WorkQueueIT extends BrowserTest {

  @Test
  void theNursesHomeListsHerPatientsAlarmAndOneClickOpensItsAcknowledgement() {
    long patient = AlarmInboxIT.alarmingPatient();
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);

    WebElement row = row("queue-alarms", "patient=" + patient);
    assertTrue(row.getText().contains("Colombo Luigia"), row.getText());
    assertTrue(row.getText().contains("Allarme"), row.getText());
    browser.waitForPageText("Chiamate di oggi");
    assertAccessible();

    row("queue-alarms", "patient=" + patient)
        .findElement(By.xpath(".//a[contains(., 'Prendi in carico')]"))
        .click();

    assertTrue(
        browser.waitForText("handle-heading", "Colombo Luigia").contains("Prendi in carico"),
        "the inbox opens with the alarm's dialog");
    browser.select("alarms-form:action", "CALL_BY_NURSE");
    browser.click("alarms-form:confirm-ack");
    browser.waitForPageText("Allarme preso in carico");
  }

  @Test
  void theGpsHomeListsTheProposalToCompleteAndTheMonitoredPatientWithItsAlarm() {
    long proposed = CarePathways.propose(CarePathways.registerPatient(), "[\"TELEVISIT\"]");
    long monitored = AlarmInboxIT.alarmingPatient();
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);

    WebElement patient = row("queue-monitored", "patient=" + monitored);
    assertTrue(patient.getText().contains("Allarme"), "its worst open alarm: " + patient.getText());
    WebElement proposal = row("queue-proposals", "id=" + proposed);
    assertTrue(proposal.getText().contains("Proposta"), proposal.getText());
    assertAccessible();

    row("queue-proposals", "id=" + proposed)
        .findElement(By.xpath(".//a[contains(., 'Completa')]"))
        .click();
    browser.waitForPageText("Idoneità");
    assertTrue(browser.driver().getCurrentUrl().contains("enrolment.xhtml?id=" + proposed));
  }

  @Test
  void theCotsHomeListsTheAsstsProposalAndOneClickOpensItsTakingInCharge() {
    long patient = CarePathways.registerPatient("Brambilla", "Ercole", CodiciFiscali.newValid());
    long proposed = CarePathways.propose(patient, "[\"TELEVISIT\"]");
    browser.logIn("niguarda.cot", IrtClient.DEMO_PASSWORD);

    WebElement row = row("queue-process", "id=" + proposed);
    assertTrue(row.getText().contains("Brambilla Ercole"), row.getText());
    assertTrue(row.getText().contains("Proposta"), row.getText());
    assertTrue(
        browser
            .text("queue-process-title")
            .matches("Proposte e dimissioni protette da lavorare \\(\\d+\\)"),
        "the count is in the title: " + browser.text("queue-process-title"));
    browser.waitForPageText("Allarmi inoltrati alla centrale");
    assertAccessible();

    row("queue-process", "id=" + proposed)
        .findElement(By.xpath(".//a[contains(., 'Apri la presa in carico')]"))
        .click();
    browser.waitForPageText("Idoneità");
    assertTrue(browser.driver().getCurrentUrl().contains("enrolment.xhtml?id=" + proposed));
  }

  @Test
  void theAdisHomeListsTheDeviceToDeliverAndOneClickOpensItsDeliveryStep() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    HomeDevices.Device scale = HomeDevices.inStock("connected-scale");
    HomeDevices.step(scale.id(), "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}");
    browser.logIn("niguarda.adi", IrtClient.DEMO_PASSWORD);

    WebElement row = row("queue-deliver", "device=" + scale.id() + "&step=DELIVERED");
    assertTrue(row.getText().contains(scale.serial()), row.getText());
    assertTrue(row.getText().contains("Bilancia"), "the type by name: " + row.getText());
    browser.waitForPageText("Dispositivi da ritirare");
    assertAccessible();

    row("queue-deliver", "device=" + scale.id() + "&step=DELIVERED")
        .findElement(By.xpath(".//a[contains(., 'Consegnato')]"))
        .click();
    browser.waitForText("step-device", scale.serial());
    browser.type("devices-form:place", "Domicilio del paziente");
    browser.click("devices-form:confirm-step");
    browser.waitForPageText("Domicilio del paziente");
    assertTrue(HomeDevices.history(scale.id()).contains("DELIVERED"));
  }

  @Test
  void theSpecialistsHomeListsTheConsultToAnswerAndOneClickOpensIt() {
    long patient = CarePathways.activePatient("[\"TELECONSULT\"]");
    IrtClient.Answer opened =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/encounters",
                """
                {"patientId": %d, "service": "TELECONSULT", "synchronous": false,
                 "question": "Serve rivedere la terapia diuretica?",
                 "consulted": ["niguarda.cardiologo"]}"""
                    .formatted(patient));
    assertEquals(201, opened.status(), opened.body());
    long encounter = opened.object().getJsonNumber("id").longValue();
    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);

    WebElement row = row("queue-consults", "id=" + encounter);
    assertTrue(
        row.getText().contains("Giulia Bianchi (MMG)"), "who asks, by name: " + row.getText());
    browser.waitForPageText("La mia agenda di oggi");
    assertAccessible();

    row("queue-consults", "id=" + encounter)
        .findElement(By.xpath(".//a[contains(., 'Rispondi')]"))
        .click();
    browser.waitForText("question", "Serve rivedere la terapia diuretica?");
  }

  @Test
  void theAdminsHomeListsTheLockedAccountByNameAndOneClickLeadsToItsUnlocking() {
    String username = "niguarda.locked" + ThreadLocalRandom.current().nextInt(1_000_000);
    CarePathways.newPhysician(username, "MMG");
    for (int i = 0; i < 6; i++) {
      IrtClient.basic(username, "sbagliata-" + i).get("/api/me");
    }
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);

    browser.waitForText("queue-locked", "Medico " + username);
    assertAccessible();
    WebElement unlock =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='queue-locked']//tr[contains(., 'Medico %s')]//a[contains(., 'Sblocca')]"
                        .formatted(username)));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", unlock);
    unlock.click();
    browser.waitForText("throttles-form:throttles", username);
  }

  @Test
  void theAdminsHomeListsADocumentTheFseHasNotTakenAndRetriesItInOneClick() {
    CarePathways.signedReferto(); // no FSE receiver listens here: its delivery keeps failing
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);

    // The home is loaded once per visit: reloaded until the first attempt has failed.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .pollingEvery(Duration.ofSeconds(1))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              if (d.findElement(By.id("outbox-form:queue-outbox"))
                  .getText()
                  .contains("Invio al FSE: Referto di televisita")) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    WebElement retry =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='outbox-form:queue-outbox']//tr[contains(., 'Referto di televisita')]"
                        + "//button[contains(., 'Riprova ora')]"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", retry);
    retry.click();
    browser.waitForPageText("Nuovo tentativo di invio avviato.");
    assertAccessible();
  }

  /** The row of a queue whose link's address ends with {@code hrefEnd}. */
  private WebElement row(String tableId, String hrefEnd) {
    By row =
        By.xpath(
            "//*[@id='%s']//tr[.//a[substring(@href, string-length(@href) - %d) = '%s']]"
                .formatted(tableId, hrefEnd.length() - 1, hrefEnd));
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(row));
  }
}
