package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.HomeDevices.atHome;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.HomeDevices.Device;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.PatientLinks;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service centre's knowledge in the browser, in Italian: an operator writes an article that is
 * suggested while a nurse reports a problem; a canned reply inserted into a ticket's reply; the
 * staff requester's and the patient's answer to the closing question, the patient reading the
 * centre's reply on their link page. Every page touched is checked for accessibility.
 */
class KnowledgePagesIT extends BrowserTest {

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final Pattern NUMBER = Pattern.compile("TK-\\d{4}-\\d{6}");

  private static String word() {
    return "kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private void logInAfresh(String user) {
    browser.close();
    browser = new Browser();
    browser.logIn(user, IrtClient.DEMO_PASSWORD);
  }

  private static void move(long ticket, String... states) {
    for (String state : states) {
      Answer a = DESK.put("/api/tickets/" + ticket + "/state", "{\"state\": \"" + state + "\"}");
      assertEquals(200, a.status(), a.body());
    }
  }

  @Test
  void anOperatorWritesAnArticleThatIsSuggestedWhileANurseReportsAProblem() {
    String w = word();
    String title = "La stampante del referto " + w + " non stampa";
    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-knowledge");
    browser.waitForPageText("Base di conoscenza e risposte predefinite");
    assertTrue(browser.text("kb-form:replies").contains("Presa in carico"), "the demo replies");
    browser.select("kb-form:category", "WORKSTATION");
    browser.type("kb-form:title-it", title);
    browser.type("kb-form:body-it", "Spegnere e riaccendere la stampante " + w + ".");
    browser.type("kb-form:title-en", "The report printer " + w + " does not print");
    browser.type("kb-form:body-en", "Switch the printer " + w + " off and on.");
    browser.click("kb-form:save-article");
    browser.waitForText("kb-form:articles", title);
    assertAccessible();

    typeAProblemAs("niguarda.infermiere", w);
    browser.waitForText("report-articles", title);
    browser.clickFirst("#report-articles summary");
    browser.waitForText("report-articles", "Spegnere e riaccendere");
    assertAccessible();

    typeAProblemAs("bergamo.infermiere", w);
    browser.waitForText("report-articles", "Nessun articolo");
    assertFalse(browser.text("report-articles").contains(w), "another centre's article");
  }

  /** {@code user} starts reporting a workstation problem whose summary names {@code w}. */
  private void typeAProblemAs(String user, String w) {
    logInAfresh(user);
    browser.click("menu-form:menu-report");
    browser.waitForPageText("Descrivi il problema");
    browser.select("report-form:category", "WORKSTATION");
    browser.type("report-form:summary", "Stampante " + w + " bloccata");
  }

  @Test
  void anOperatorInsertsACannedReplyAndTheRequesterRatesTheResolvedTicket() {
    IrtClient mmg = demo("niguarda.mmg");
    String summary = "Audio assente in televisita " + word();
    Answer created =
        mmg.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "VIDEO", "priority": "P3", "summary": "%s"}"""
                .formatted(summary));
    assertEquals(201, created.status(), created.body());
    long ticket = created.object().getJsonNumber("id").longValue();
    move(ticket, "ASSIGNED", "IN_PROGRESS");

    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.open("/app/helpdesk/ticket.xhtml?id=" + ticket);
    browser.waitForPageText(summary);
    assertTrue(browser.text("ticket-articles").contains("audio"), "the VIDEO article suggested");
    assertAccessible();
    new Select(browser.find("ticket-form:canned-reply"))
        .selectByVisibleText("Presa in carico (it)");
    browser.click("ticket-form:insert-reply");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class) // the update replaces the field
        .until(
            d ->
                d.findElement(By.id("ticket-form:reply"))
                    .getAttribute("value")
                    .contains("preso in carico"));
    browser.click("ticket-form:send");
    browser.waitForPageText("Risposta registrata");
    assertTrue(
        browser.text("ticket-form:timeline").contains("preso in carico la sua segnalazione"));
    browser.clickFirst(".irt-move-RESOLVED");
    browser.waitForText("ticket-form:state", "Risolto");
    assertFalse(browser.exists("ticket-form:send-satisfaction"), "operators are not asked");

    logInAfresh("niguarda.mmg");
    browser.open("/app/helpdesk/ticket.xhtml?id=" + ticket);
    browser.waitForPageText("Quanto sei soddisfatto");
    assertAccessible();
    browser.select("ticket-form:satisfaction-score", "5");
    browser.type("ticket-form:satisfaction-comment", "Risolto in fretta");
    browser.click("ticket-form:send-satisfaction");
    browser.waitForPageText("Grazie per la tua valutazione");
    assertFalse(browser.exists("ticket-form:send-satisfaction"), "asked once");
    assertEquals(
        409, mmg.post("/api/tickets/" + ticket + "/satisfaction", "{\"score\": 1}").status());
  }

  @Test
  void thePatientReadsTheCentresReplyOnTheLinkPageAndRatesTheResolvedTicket() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\", \"TELEVISIT\"]");
    Device scale = atHome(patient, "connected-scale");
    String page = PatientLinks.page(patient, null);
    browser.open(page);
    browser.select("problem-form:device", String.valueOf(scale.id()));
    browser.type("problem-form:problem", "La bilancia lampeggia e non pesa");
    browser.click("problem-form:send-problem");
    browser.waitForPageText("inviata");
    Matcher number = NUMBER.matcher(browser.pageText());
    assertTrue(number.find(), browser.pageText());
    browser.waitForText("link-tickets", number.group());
    assertTrue(browser.text("link-tickets").contains("non ha ancora risposto"));

    JsonObject ticket =
        DESK.get("/api/tickets?category=DEVICE").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("number").equals(number.group()))
            .findFirst()
            .orElseThrow();
    long id = ticket.getJsonNumber("id").longValue();
    move(id, "ASSIGNED", "IN_PROGRESS");
    String reply = "Cambi le pile della bilancia " + word();
    assertEquals(
        200,
        DESK.post("/api/tickets/" + id + "/replies", "{\"text\": \"" + reply + "\"}").status());
    assertEquals(
        200,
        DESK.post(
                "/api/tickets/" + id + "/replies",
                "{\"text\": \"Nota riservata\", \"internal\": true}")
            .status());
    move(id, "RESOLVED");

    browser.open(page);
    String shown = browser.waitForText("link-tickets", reply);
    assertFalse(shown.contains("Nota riservata"), "internal notes stay in the centre: " + shown);
    assertAccessible();
    browser.select(
        browser.driver().findElement(By.cssSelector("#link-tickets select")).getAttribute("id"),
        "4");
    browser.clickFirst("#link-tickets input[type='submit']");
    browser.waitForPageText("Grazie per la tua valutazione");
    assertFalse(browser.text("link-tickets").contains("Quanto sei soddisfatto"), "asked once");
  }
}
