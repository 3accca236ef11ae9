package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.HomeDevices.atHome;
import static it.lombardia.irt.testing.HomeDevices.faultsOfType;
import static it.lombardia.irt.testing.HomeDevices.history;
import static it.lombardia.irt.testing.HomeDevices.inStock;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A broken scale at home from the caregiver's report to the Region's figures (issue 17): the
 * caregiver reports it on the patient's link page, the centre's level-1 operator marks it faulty
 * and assigns a replacement from stock, the ADI operator delivers and installs it, the ticket is
 * resolved within its SLA and the Region counts the fault. Also: the link page offers only the
 * patient's own devices and a few reports a day; every IRT page's header opens "Segnala un
 * problema" pre-filled with the page and the user. Every page touched is checked for accessibility.
 */
class DeviceFaultJourneyIT extends BrowserTest {

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final String SCALE = "connected-scale";
  private static final String SCALE_NAME = "Bilancia pesapersone connessa";
  private static final Pattern NUMBER = Pattern.compile("TK-\\d{4}-\\d{6}");

  private static long caregiver(long patient, String name) {
    Answer added =
        demo("niguarda.mmg")
            .post(
                "/api/patients/" + patient + "/caregivers",
                """
                {"fullName": "%s", "relationship": "figlia", "phone": "+39 333 1234567"}"""
                    .formatted(name));
    assertEquals(201, added.status(), added.body());
    return added.object().getJsonNumber("id").longValue();
  }

  /** The operator's view of the ticket with this number. */
  private static JsonObject ticketNumbered(String number) {
    return DESK.get("/api/tickets?category=DEVICE").array().getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("number").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ticket " + number + " in the centre's queue"));
  }

  /** How many tickets the centre has on the device. */
  private static long reportsOn(Device device) {
    return DESK.get("/api/tickets?category=DEVICE").array().getValuesAs(JsonObject.class).stream()
        .filter(t -> device.serial().equals(t.getString("deviceSerial", null)))
        .count();
  }

  private void reportOnTheLinkPage(String deviceValue, String text) {
    browser.select("problem-form:device", deviceValue);
    browser.type("problem-form:problem", text);
    browser.click("problem-form:send-problem");
  }

  private void logInAfresh(String user) {
    browser.close();
    browser = new Browser();
    browser.logIn(user, IrtClient.DEMO_PASSWORD);
  }

  @Test
  void aCaregiverReportsABrokenScaleThatTheHelpDeskReplacesAndTheRegionCounts() {
    long faultsBefore = faultsOfType(SCALE);
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\", \"TELEVISIT\"]");
    long caregiver = caregiver(patient, "Anna Brambilla");
    Device scale = atHome(patient, SCALE);
    Device spare = inStock(SCALE);

    // The caregiver, on the patient's link page, without logging in.
    browser.open(PatientLinks.page(patient, caregiver));
    browser.waitForPageText("Segnala un problema con un dispositivo");
    assertTrue(browser.text("problem-form:device").contains(scale.serial()));
    assertTrue(browser.text("problem-form:device").contains("Bilancia"), "the type by name");
    assertAccessible();
    reportOnTheLinkPage(String.valueOf(scale.id()), "La bilancia non si accende più da ieri");
    browser.waitForPageText("inviata");
    Matcher number = NUMBER.matcher(browser.pageText());
    assertTrue(number.find(), browser.pageText());
    JsonObject reported = ticketNumbered(number.group());
    assertEquals("PATIENT_LINK", reported.getString("channel"));
    assertEquals("CAREGIVER", reported.getString("requesterKind"));
    assertEquals("Anna Brambilla", reported.getString("requester"));
    long ticket = reported.getJsonNumber("id").longValue();

    // Level 1: the centre's operator finds it in the queue, marks the scale faulty, replaces it.
    logInAfresh("niguarda.helpdesk");
    browser.waitForPageText("Da assegnare");
    assertTrue(browser.pageText().contains(number.group()), "in the queue");
    browser.open("/app/helpdesk/ticket.xhtml?id=" + ticket);
    browser.waitForText("ticket-form:fault-device", scale.serial());
    browser.click("ticket-form:mark-faulty");
    browser.waitForText("ticket-form:fault-device", "Guasto");
    assertEquals("In lavorazione", browser.text("ticket-form:state"));
    assertTrue(browser.text("ticket-form:replacement").contains(spare.serial()), "from stock");
    assertAccessible();
    browser.select("ticket-form:replacement", String.valueOf(spare.id()));
    browser.click("ticket-form:assign-replacement");
    browser.waitForText("ticket-form:replacement-device", spare.serial());
    assertTrue(browser.text("ticket-form:timeline").contains(spare.serial()), "told the caregiver");

    // The ADI operator delivers and installs the replacement with the inventory's step dialog.
    logInAfresh("niguarda.adi");
    browser.click("menu-form:menu-devices");
    browser.waitForText("devices-form:devices", spare.serial());
    browser.clickInRow("devices-form:devices", spare.serial(), "Consegnato");
    browser.waitForText("devices-form:step-dialog", spare.serial());
    browser.type("devices-form:place", "Domicilio del paziente");
    browser.click("devices-form:confirm-step");
    browser.waitForText("devices-form:devices", "Domicilio del paziente");
    browser.clickInRow("devices-form:devices", spare.serial(), "Installato");
    browser.waitForText("devices-form:step-dialog", spare.serial());
    browser.click("devices-form:confirm-step");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> history(scale.id()).contains("COLLECTED"));
    browser.waitForText("devices-form:devices", "Ritirato");
    assertAccessible();

    // Resolved within its SLA.
    JsonObject resolved = DESK.get("/api/tickets/" + ticket).object();
    assertEquals("RESOLVED", resolved.getString("state"));
    assertEquals("MET", resolved.getJsonObject("resolution").getString("phase"));

    // The Region sees the fault among its figures.
    logInAfresh("regione.admin");
    browser.click("menu-form:menu-oversight");
    browser.waitForPageText("Guasti per tipo di dispositivo");
    assertEquals(faultsBefore + 1, faultsOfType(SCALE));
    String faults = browser.text("device-faults");
    assertTrue(
        faults
            .lines()
            .anyMatch(row -> row.equals(SCALE_NAME + " non indicato " + (faultsBefore + 1))),
        faults);
    assertFalse(faults.contains(SCALE), "names, not ids: " + faults);
    assertTrue(browser.exists("trend-chart_canvas"), "the weekly trend is drawn");
    assertAccessible();

    // ... and opens the ticket's summary: what happened to it, never the caregiver or her words.
    browser.open("/app/region/ticket.xhtml?id=" + ticket);
    browser.waitForText("states", "Risolto");
    assertTrue(browser.text("asst").contains("Niguarda"), browser.text("asst"));
    String summary = browser.pageText();
    assertTrue(summary.contains(number.group()), summary);
    assertFalse(summary.contains("Anna Brambilla") || summary.contains("non si accende"), summary);
    assertAccessible();
  }

  @Test
  void theLinkPageOffersOnlyThePatientsOwnDevicesAndAFewReportsADay() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\", \"TELEVISIT\"]");
    Device own = atHome(patient, SCALE);
    long other = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    Device others = atHome(other, SCALE);

    browser.open(PatientLinks.page(patient, null));
    browser.waitForPageText("Segnala un problema con un dispositivo");
    String offered = browser.text("problem-form:device");
    assertTrue(offered.contains(own.serial()), offered);
    assertFalse(offered.contains(others.serial()), offered);

    // A forged choice of another patient's device is refused: no ticket names it.
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const o = document.createElement('option'); o.value = arguments[0];"
                + " o.text = 'x'; document.getElementById('problem-form:device').add(o);",
            String.valueOf(others.id()));
    reportOnTheLinkPage(String.valueOf(others.id()), "Non funziona");
    browser.waitForPageText("Segnala un problema con un dispositivo");
    assertFalse(browser.pageText().contains("inviata"), browser.pageText());
    assertEquals(0, reportsOn(others), "no ticket on another patient's device");

    for (int i = 1; i <= 3; i++) {
      reportOnTheLinkPage(String.valueOf(own.id()), "Problema numero " + i);
      long reports = i;
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> reportsOn(own) == reports);
    }
    reportOnTheLinkPage(String.valueOf(own.id()), "Ancora un problema");
    browser.waitForPageText("Hai già inviato diverse segnalazioni oggi");
    assertEquals(3, reportsOn(own), "three reports a day from one link");
  }

  @Test
  void everyPageOffersToReportAProblemPrefilledWithThePageAndTheUser() {
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-devices");
    browser.waitForPageText("Inventario");
    browser.click("header-report");
    browser.waitForPageText("Descrivi il problema");
    assertTrue(browser.text("report-user").contains("Sara Colombo"), browser.text("report-user"));
    assertEquals(
        "Problema sulla pagina /app/devices/inventory.xhtml",
        browser.find("report-form:description").getAttribute("value"));
    assertAccessible();
    browser.type("report-form:summary", "Il filtro dell'inventario non risponde");
    browser.click("report-form:submit");
    browser.waitForPageText("Il filtro dell'inventario non risponde");
    assertTrue(browser.pageText().contains("/app/devices/inventory.xhtml"));
    assertEquals("Nuovo", browser.text("ticket-form:state"));
    assertTrue(browser.pageText().contains("Applicazione o account"), "an application problem");
  }
}
