package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SilentDevices;
import it.lombardia.irt.testing.SilentDevices.SilentPatient;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proactive call in Italian: the silent scale's task on the operator's queue, its outcome
 * recorded on the ticket page, and the care team reading it in the record. Pages checked for
 * accessibility.
 */
class ProactiveCallPageIT extends BrowserTest {

  @Test
  void theOperatorCallsFromTheQueueAndRecordsTheOutcomeForTheCareTeam() throws Exception {
    SilentPatient silent = SilentDevices.silentScale();
    List<JsonObject> calls = SilentDevices.awaitCalls(silent.patient());
    assertEquals(1, calls.size());
    String number = calls.get(0).getString("number");
    long id = calls.get(0).getJsonNumber("id").longValue();

    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.waitForPageText("Chiamate proattive da fare");
    assertTrue(browser.text("queue-form:calls").contains(number));
    assertAccessible();

    browser.open("/app/helpdesk/ticket.xhtml?id=" + id);
    browser.waitForPageText("Esito della chiamata al paziente");
    assertAccessible();
    browser.tick("ticket-form:call-reached");
    browser.tick("ticket-form:call-cause");
    browser.type("ticket-form:call-note", "Bilancia scollegata dalla presa");
    browser.click("ticket-form:record-call");
    browser.waitForPageText("Esito registrato");
    browser.waitForText("ticket-form:state", "Risolto");

    String record =
        IrtClient.demo("niguarda.cardiologo").get("/api/records/" + silent.patient()).body();
    assertTrue(record.contains("Bilancia scollegata dalla presa"), record);
    assertTrue(record.contains("causa tecnica trovata; problema non risolto"), record);
  }
}
