package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The help desk's pages in Italian: the operator's home is the queue, from which a ticket is taken,
 * worked, answered and resolved on its page with its clocks; anyone in the ASST reports a problem
 * from the menu. Every page is checked for accessibility.
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
