package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ticket page's level 2, in Italian: the operator escalates a ticket with a note for the
 * supplier, sees which supplier has it and how it was handed off, and sees the supplier's news
 * (here the demo connectivity provider, which hands off by e-mail). Checked for accessibility.
 */
class EscalationPageIT extends BrowserTest {

  @Test
  void anOperatorEscalatesFromTheTicketPageAndSeesTheSuppliersNews() {
    IrtClient desk = IrtClient.demo("niguarda.helpdesk");
    String summary = "Router 4G senza segnale " + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        desk.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P3", "summary": "%s"}"""
                .formatted(summary));
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();
    for (String state : List.of("ASSIGNED", "IN_PROGRESS")) {
      assertEquals(
          200,
          desk.put("/api/tickets/" + id + "/state", "{\"state\": \"" + state + "\"}").status());
    }

    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.open("/app/helpdesk/ticket.xhtml?id=" + id);
    browser.waitForPageText(summary);
    assertAccessible();
    browser.type("ticket-form:escalation-note", "Il modem si riavvia ogni ora");
    browser.click("ticket-form:escalate");
    browser.waitForPageText("Ticket inoltrato al fornitore");
    assertEquals("In attesa del fornitore", browser.text("ticket-form:state"));
    String supplier = browser.text("ticket-form:supplier");
    assertTrue(supplier.contains("ReteLombardia Connettività"), supplier);
    assertTrue(supplier.contains("Per e-mail a noc@retelombardia.example"), supplier);
    assertEquals("Inoltrato", browser.text("ticket-form:supplier-state"));
    assertAccessible();

    IrtClient provider = IrtClient.basic("fornitore-retelomb", "fornitore-retelomb-demo-secret");
    Answer resolved =
        provider.put(
            "/api/supplier/tickets/" + id,
            "{\"state\": \"RESOLVED\", \"reference\": \"RL-77\", \"note\": \"Cella riconfigurata\"}");
    assertEquals(200, resolved.status(), resolved.body());
    browser.open("/app/helpdesk/ticket.xhtml?id=" + id);
    browser.waitForPageText("Cella riconfigurata");
    assertEquals("In lavorazione", browser.text("ticket-form:state"));
    assertEquals("Risolto", browser.text("ticket-form:supplier-state"));
    assertTrue(browser.text("ticket-form:supplier").contains("RL-77"));
  }
}
