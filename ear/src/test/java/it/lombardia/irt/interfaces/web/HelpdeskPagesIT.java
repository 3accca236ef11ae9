package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The help desk's pages in Italian: the operator's home is the queue, from which a ticket is taken,
 * worked, answered and resolved on its page with its clocks; anyone in the ASST reports a problem
 * from the menu; the queue marks in words the tickets whose SLA alerts reached the centre's
 * supervisor, in Italian and English, and another centre's operator does not see them. Every page
 * is checked for accessibility.
 */
class HelpdeskPagesIT extends BrowserTest {

  @Test
  void anOperatorTakesATicketFromTheQueueAndResolvesItOnItsPage() {
    IrtClient mmg = IrtClient.demo("niguarda.mmg");
    String summary = "Bilancia spenta " + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        mmg.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "DEVICE", "priority": "P2", "summary": "%s"}"""
                .formatted(summary));
    assertEquals(201, created.status(), created.body());
    JsonObject ticket = created.object();
    long id = ticket.getJsonNumber("id").longValue();

    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.waitForPageText("Da assegnare"); // the operator's home is the queue
    assertAccessible();
    browser.clickInRow("queue-form:unassigned", ticket.getString("number"), "Prendi in carico");
    browser.waitForPageText("Ticket preso in carico");

    browser.open("/app/helpdesk/ticket.xhtml?id=" + id);
    browser.waitForPageText(summary);
    assertEquals("Assegnato", browser.text("ticket-form:state"));
    assertTrue(browser.text("ticket-form:clocks").contains("In corso"));
    assertAccessible();
    browser.clickFirst(".irt-move-IN_PROGRESS");
    browser.waitForText("ticket-form:state", "In lavorazione");
    browser.type("ticket-form:reply", "Sostituiamo la bilancia domani mattina");
    browser.click("ticket-form:send");
    browser.waitForPageText("Risposta registrata");
    browser.clickFirst(".irt-move-RESOLVED");
    browser.waitForText("ticket-form:state", "Risolto");
    String clocks = browser.text("ticket-form:clocks");
    assertTrue(clocks.contains("Rispettato"), clocks);

    JsonObject seen = mmg.get("/api/tickets/" + id).object();
    assertEquals("RESOLVED", seen.getString("state"));
    assertEquals("niguarda.helpdesk", seen.getString("assignee"));
  }

  /** The row of the queue's table {@code tableId} that contains {@code text}, or "". */
  private String queueRow(String tableId, String text) {
    return browser
        .driver()
        .findElements(By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + text + "')]"))
        .stream()
        .map(row -> row.getText())
        .findFirst()
        .orElse("");
  }

  /**
   * A P4 of the shared 24/7 Brianza centre breaches in 20 s in the ITs; the demo supervisor is
   * alerted, and the operators' queue shows it.
   */
  @Test
  void theQueueMarksInWordsATicketWhoseSlaBreachReachedTheSupervisor() {
    String summary = "Router spento " + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        IrtClient.demo("brianza.helpdesk")
            .post(
                "/api/tickets",
                """
                {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P4",
                 "asst": "ASST-MONZA", "summary": "%s", "requesterKind": "CAREGIVER",
                 "requester": "Paola Brambilla"}"""
                    .formatted(summary));
    assertEquals(201, created.status(), created.body());

    browser.logIn("brianza.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.waitForPageText("Da assegnare");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .pollingEvery(Duration.ofSeconds(3))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              browser.open("/app/helpdesk/queue.xhtml");
              return queueRow("queue-form:at-risk", summary).contains("SLA superato");
            });
    assertTrue(
        queueRow("queue-form:unassigned", summary).contains("SLA superato"), "in every table");
    assertAccessible();

    browser.click("header-form:lang-en");
    browser.waitForPageText("SLA alert");
    assertTrue(queueRow("queue-form:at-risk", summary).contains("SLA breached"));
    assertAccessible();

    browser.close();
    browser = new Browser();
    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.waitForPageText("Da assegnare");
    assertFalse(browser.pageText().contains(summary), "another centre's ticket is not there");
  }

  @Test
  void anyoneInTheAsstReportsAProblemFromTheMenuAndFollowsIt() {
    String summary = "La webcam non funziona " + UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-report");
    browser.waitForPageText("Descrivi il problema");
    assertAccessible();
    browser.select("report-form:category", "WORKSTATION");
    browser.type("report-form:summary", summary);
    browser.click("report-form:submit");
    browser.waitForPageText(summary);
    assertEquals("Nuovo", browser.text("ticket-form:state"));
    browser.click("menu-form:menu-tickets");
    browser.waitForPageText("I miei ticket");
    assertTrue(browser.pageText().contains(summary));
  }
}
