package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.plugin.TrialPluginJar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages checked as a screen-reader, keyboard or phone user meets them: no WCAG 2.1 AA violation
 * found by axe-core, every control reached with Tab, nothing to scroll sideways on a phone.
 */
class AccessibilityIT extends BrowserTest {

  private static final IrtClient CARDIOLOGIST = IrtClient.demo("niguarda.cardiologo");

  /** A page as one user opens it; {@code heading} is part of its title, which proves it opened. */
  private record Page(String user, String path, String heading) {}

  /**
   * Every main page of every role, at desktop and phone widths, in one deployment: the failures of
   * all pages are gathered so that one run names them all.
   */
  @Test
  void everyRolesMainPagesPassTheChecksAtDesktopAndPhoneWidths() throws Exception {
    CarePathways.MonitoredPatient monitored =
        CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE);
    long patient = monitored.id();
    // a reading over the default 120 /min: an alarm in the nurse's inbox and on her home
    Fhir.niguardaGateway()
        .create()
        .resource(Fhir.vital(patient, Fhir.HEART_RATE, 128, "/min", Instant.now().minusSeconds(60)))
        .execute();
    Answer draft =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/plans",
                "{\"enrolmentId\": %d, \"kind\": \"PAI\"}".formatted(monitored.enrolment()));
    assertEquals(201, draft.status(), draft.body());
    long encounter = CarePathways.bookedTelevisit(CarePathways.activePatient("[\"TELEVISIT\"]"));
    String familyName =
        IrtClient.demo("niguarda.mmg")
            .get("/api/patients/" + patient)
            .object()
            .getString("familyName");
    Answer ticket =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/tickets",
                """
                {"channel": "WEB", "category": "DEVICE", "priority": "P3", "summary": "Tablet lento"}""");
    assertEquals(201, ticket.status(), ticket.body());
    String network = "trial-a11y-" + UUID.randomUUID().toString().substring(0, 6);
    for (String version : List.of("1.0.0", "1.1.0")) {
      Answer uploaded =
          IrtClient.demo("regione.admin")
              .upload("/api/networks", TrialPluginJar.of(network, version, 110, "kg"));
      assertEquals(201, uploaded.status(), uploaded.body());
    }
    String tenant =
        IrtClient.demo("regione.admin")
            .get("/api/tenants")
            .array()
            .getJsonObject(0)
            .getString("code");

    List<Page> pages =
        new ArrayList<>(
            List.of(
                new Page(null, "/login.xhtml", "Infrastruttura Regionale di Telemedicina"),
                new Page("niguarda.infermiere", "/app/monitoring/inbox.xhtml", "Allarmi"),
                new Page(
                    "niguarda.infermiere",
                    "/app/monitoring/patient.xhtml?patient=" + patient,
                    "Telemonitoraggio"),
                new Page("niguarda.infermiere", "/app/devices/inventory.xhtml", "Dispositivi"),
                new Page("niguarda.mmg", "/app/patients/list.xhtml", "I miei pazienti"),
                new Page("niguarda.mmg", "/app/patients/record.xhtml?id=" + patient, familyName),
                new Page(
                    "niguarda.mmg",
                    "/app/patients/enrolment.xhtml?id=" + monitored.enrolment(),
                    "Presa in carico"),
                new Page(
                    "niguarda.mmg",
                    "/app/patients/enrolment.xhtml?patient=" + patient,
                    "Presa in carico"),
                new Page("niguarda.mmg", "/app/patients/plan.xhtml?id=" + monitored.plan(), " · v"),
                new Page(
                    "niguarda.mmg",
                    "/app/patients/plan.xhtml?id=" + draft.object().getJsonNumber("id"),
                    " · v"),
                new Page(
                    "niguarda.mmg",
                    "/app/patients/search.xhtml?q=" + familyName,
                    "Ricerca pazienti"),
                new Page("niguarda.mmg", "/app/agendas/agenda.xhtml", "Agende"),
                new Page("niguarda.mmg", "/app/encounters/list.xhtml", "Incontri"),
                new Page("niguarda.mmg", "/app/settings.xhtml", "Le mie impostazioni"),
                new Page("niguarda.mmg", "/app/helpdesk/report.xhtml", "Segnala un problema"),
                new Page("niguarda.mmg", "/app/networks/catalog.xhtml", "Reti cliniche regionali"),
                new Page(
                    "niguarda.cardiologo",
                    "/app/encounters/encounter.xhtml?id=" + encounter,
                    familyName),
                new Page("niguarda.adi", "/app/devices/inventory.xhtml", "Dispositivi"),
                new Page("niguarda.admin", "/app/admin/consent-texts.xhtml", "Testi dei consensi"),
                new Page(
                    "niguarda.helpdesk", "/app/helpdesk/queue.xhtml", "Ticket del Centro Servizi"),
                new Page(
                    "niguarda.helpdesk",
                    "/app/helpdesk/ticket.xhtml?id=" + ticket.object().getJsonNumber("id"),
                    "Tablet lento"),
                new Page("regione.admin", "/app/region/tenants.xhtml", "Aziende socio-sanitarie"),
                new Page("regione.admin", "/app/region/suppliers.xhtml", "Fornitori"),
                new Page("regione.admin", "/app/region/tickets.xhtml", "Help desk: panoramica"),
                new Page("regione.admin", "/app/history.xhtml?type=tenant&id=" + tenant, "Storico"),
                new Page("regione.admin", "/app/networks/catalog.xhtml", "Reti cliniche regionali"),
                new Page("regione.admin", "/app/networks/network.xhtml?id=cardiology", "versione"),
                new Page(
                    "regione.admin",
                    "/app/networks/compare.xhtml?id=" + network + "&from=1.0.0&to=1.1.0",
                    "Confronto delle versioni")));

    for (String user :
        List.of(
            "niguarda.infermiere",
            "niguarda.mmg",
            "niguarda.cardiologo",
            "niguarda.fisioterapista",
            "niguarda.cot",
            "niguarda.adi",
            "niguarda.curatore",
            "niguarda.admin",
            "regione.admin")) {
      pages.add(new Page(user, "/app/home.xhtml", "Benvenut"));
    }
    // the help desk's home is its queue
    pages.add(new Page("niguarda.helpdesk", "/app/home.xhtml", "Ticket del Centro Servizi"));
    Map<String, List<Page>> byUser = new LinkedHashMap<>();
    pages.forEach(
        p -> byUser.computeIfAbsent(String.valueOf(p.user()), u -> new ArrayList<>()).add(p));
    List<String> failures = new ArrayList<>();
    for (List<Page> ofUser : byUser.values()) {
      browser.close();
      browser = new Browser();
      if (ofUser.get(0).user() != null) {
        browser.logIn(ofUser.get(0).user(), IrtClient.DEMO_PASSWORD);
      }
      for (Page page : ofUser) {
        browser.driver().manage().window().setSize(Accessibility.DESKTOP);
        browser.open(page.path());
        String heading = headingOf(browser);
        if (!heading.contains(page.heading())) {
          failures.add(page + " opened as '" + heading + "'");
          continue;
        }
        for (var width : List.of(Accessibility.DESKTOP, Accessibility.PHONE)) {
          String failed = Accessibility.failuresAt(browser.driver(), width);
          if (!failed.isEmpty()) {
            failures.add(page.user() + ": " + failed);
          }
        }
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  @Test
  void onAPhoneTheMenuFoldsBehindTheHeadersButtonWhichTheKeyboardOpens() {
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    assertFalse(
        browser.driver().findElement(By.id("menu-toggle")).isDisplayed(),
        "no menu button on a desktop");
    assertTrue(browser.find("menu-form:menu-patients").isDisplayed());

    browser.driver().manage().window().setSize(Accessibility.PHONE);
    browser.open("/app/home.xhtml");
    WebElement toggle = browser.find("menu-toggle");
    WebElement patients = browser.driver().findElement(By.id("menu-form:menu-patients"));
    assertFalse(patients.isDisplayed(), "the menu is folded on a phone");
    assertEquals("false", toggle.getAttribute("aria-expanded"));

    Actions keyboard = new Actions(browser.driver());
    keyboard.sendKeys(Keys.TAB).perform();
    WebElement skip = browser.driver().switchTo().activeElement();
    assertEquals("skip-link", skip.getAttribute("id"));
    assertEquals("Vai al contenuto", skip.getText(), "the skip link shows while it has the focus");
    keyboard.sendKeys(Keys.TAB).perform();
    assertEquals("menu-toggle", browser.driver().switchTo().activeElement().getAttribute("id"));
    keyboard.sendKeys(Keys.ENTER).perform();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(patients.isDisplayed(), "the button opens the menu");
    assertEquals("", Accessibility.failuresAt(browser.driver(), Accessibility.PHONE));

    patients.click();
    browser.waitForPageText("I miei pazienti");
  }

  /** The page's first heading once loaded, or the forbidden / not-found page's "IRT". */
  private static String headingOf(Browser browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> "complete".equals(js.executeScript("return document.readyState;")));
    return browser.driver().findElements(By.tagName("h1")).stream()
        .map(h -> h.getText())
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse("");
  }

  @Test
  void theRecordAnOperatorReachesShowsItsPartsAccessibly() {
    Answer registered =
        IrtClient.demo("niguarda.cot")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "Teodoro", "familyName": "Pozzi",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano",
                 "requestingPhysician": "niguarda.cardiologo"}"""
                    .formatted(CodiciFiscali.newValid()));
    assertEquals(201, registered.status(), registered.body());
    browser.logIn("niguarda.cot", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/record.xhtml?id=" + registered.object().getJsonNumber("id"));
    browser.waitForPageText("La parte clinica della cartella");

    assertAccessible();
  }

  @Test
  void apiClientsAndBlockedSignInsAreAccessibleToTheAdministrator() {
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.open("/app/admin/api-clients.xhtml");
    browser.waitForPageText("niguarda-gateway");
    assertAccessible();

    browser.open("/app/admin/users.xhtml");
    browser.waitForPageText("Accessi rallentati");
    assertAccessible();
  }

  @Test
  void anAgendaShowsAnotherPhysiciansBookingAsBusyAccessibly() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Europe/Rome"))
            .plusDays(500)
            .truncatedTo(ChronoUnit.DAYS)
            .withHour(11);
    CarePathways.AgendaSlots agenda = CarePathways.televisitAgenda(CARDIOLOGIST, start, 2);
    Answer booked =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/agendas/slots/" + agenda.slots().get(0) + "/booking",
                "{\"patientId\": %d, \"diagnosisId\": %d}"
                    .formatted(patient, CarePathways.diagnosis(patient)));
    assertEquals(201, booked.status(), booked.body());

    browser.logIn("niguarda.pls", IrtClient.DEMO_PASSWORD);
    browser.open(
        "/app/agendas/agenda.xhtml?agenda=" + agenda.agenda() + "&day=" + start.toLocalDate());
    browser.waitForText("agenda-form:slots", "Occupato");
    assertAccessible();
  }

  @Test
  void thePatientsPageSaysWhenTheRoomOpensAccessibly() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    long encounter = CarePathways.televisitStartingIn(patient, 180);
    String path =
        CARDIOLOGIST
            .post("/api/encounters/" + encounter + "/patient-links", "{}")
            .object()
            .getString("path");
    browser.open(
        "/visit/join.xhtml?e=" + encounter + "&t=" + path.substring(path.indexOf("&t=") + 3));
    browser.waitForPageText("La stanza video si apre");
    assertAccessible();
  }
}
