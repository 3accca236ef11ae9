package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
