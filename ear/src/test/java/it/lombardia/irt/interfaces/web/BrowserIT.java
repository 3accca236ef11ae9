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
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The important UI flows in a real browser (headless Chromium). */
class BrowserIT extends BrowserTest {

  @Test
  void tenantAdministratorSeesTenantRoleAndMenuThenSwitchesToEnglish() {
    browser.open("/");
    assertTrue(
        browser.text("login-form").contains("Nome utente"), "the login page is Italian by default");

    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);

    assertTrue(
        browser
            .waitForText("tenant-name", "Niguarda")
            .contains("ASST Grande Ospedale Metropolitano Niguarda"));
    assertEquals("Amministratore ASST", browser.text("user-roles"));
    assertEquals("Utenti", browser.text("menu-form:menu-users").trim());
    assertFalse(
        browser.exists("menu-form:menu-tenants"), "only the Region administrator manages tenants");

    browser.click("header-form:lang-en");

    assertEquals("Users", browser.waitForText("menu-form:menu-users", "Users").trim());
    assertEquals("ASST administrator", browser.text("user-roles"));
    assertTrue(browser.text("welcome").startsWith("Welcome"));

    browser.click("header-form:logout");
    browser.find("login-form:username");
    browser.open("/app/home.xhtml");
    browser.find("login-form:username");
  }

  @Test
  void physicianSeesNoAdministrationMenu() {
    browser.logIn("bergamo.cardiologo", IrtClient.DEMO_PASSWORD);

    assertTrue(
        browser.waitForText("tenant-name", "Papa Giovanni").contains("ASST Papa Giovanni XXIII"));
    assertEquals("Medico", browser.text("user-roles"));
    assertTrue(browser.exists("menu-form:menu-home"));
    assertFalse(browser.exists("menu-form:menu-users"));
    assertFalse(browser.exists("menu-form:menu-tenants"));

    browser.open("/app/admin/users.xhtml");
    browser.waitForPageText("Non hai i permessi");
  }

  @Test
  void wrongPasswordShowsAClearMessage() {
    // A user of its own, so that failed attempts of repeated runs never throttle a shared demo
    // account.
    String username = "wrong." + UUID.randomUUID().toString().substring(0, 8);
    String user =
        """
        {"username": "%s", "fullName": "Utente", "password": "Password-Giusta-1", "roles": ["NURSE"]}
        """
            .formatted(username);
    assertEquals(201, IrtClient.demo("niguarda.admin").post("/api/users", user).status());

    browser.logIn(username, "password-sbagliata");

    browser.waitForPageText("Accesso non riuscito");
    assertFalse(browser.exists("tenant-name"));
  }

  @Test
  void pagesRunUnderTheNoncePolicyAndAnAjaxDialogStillOpens() {
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.open("/app/admin/users.xhtml");
    browser.find("throttles-form:throttles");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    Object nonce =
        js.executeScript("return window.PrimeFaces ? PrimeFaces.csp.NONCE_VALUE : null;");
    assertTrue(nonce instanceof String s && !s.isEmpty(), "PrimeFaces runs with a script nonce");
    js.executeScript(
        "window.irtViolations = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.irtViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

    browser.click("users-form:new-user");

    // visible only once the answer's oncomplete script, run by nonce, has opened the dialog
    browser.find("user-dialog-form:username");
    assertEquals(List.of(), js.executeScript("return window.irtViolations;"));
  }

  @Test
  void regionAdministratorCreatesATenantAndIsToldWhatIsWrongFirst() {
    String code = "ASST-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    browser.logIn("regione.admin", IrtClient.DEMO_PASSWORD);
    browser.waitForText("tenant-name", "Regione Lombardia");
    browser.click("menu-form:menu-tenants");
    browser.click("tenants-form:new-tenant");

    browser.type("tenant-dialog-form:code", "sbagliato");
    browser.type("tenant-dialog-form:name", "ASST creata dal browser");
    browser.click("tenant-dialog-form:save-tenant");
    String problems = browser.waitForText("tenant-dialog-form:dialog-messages", "ASST-");
    assertTrue(problems.contains("ATS"), problems);
    assertEquals(404, IrtClient.demo("regione.admin").get("/api/tenants/sbagliato").status());

    browser.type("tenant-dialog-form:code", code);
    browser.choose("tenant-dialog-form:ats", "INSUBRIA");
    browser.click("tenant-dialog-form:save-tenant");

    browser.waitForPageText(code);
    assertEquals(200, IrtClient.demo("regione.admin").get("/api/tenants/" + code).status());

    String admin = "adm." + code.toLowerCase().substring(8);
    browser.filterFirstColumn("tenants-form:tenants", code);
    browser.clickInRow("tenants-form:tenants", code, "Nuovo amministratore");
    browser.type("admin-dialog-form:admin-username", admin);
    browser.type("admin-dialog-form:admin-fullName", "Amministratore nuova ASST");
    browser.type("admin-dialog-form:admin-password", "Password-Nuova-ASST-1");
    browser.click("admin-dialog-form:save-admin");
    browser.waitForPageText("Amministratore " + admin + " creato");
    assertEquals(
        code,
        IrtClient.basic(admin, "Password-Nuova-ASST-1")
            .get("/api/me")
            .object()
            .getString("tenant"));
  }

  @Test
  void tenantAdministratorCreatesAUserAfterFixingTheFormAndReadsItsHistory() {
    String username = "ui." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Password-Sicura-2026";
    browser.logIn("bergamo.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-users");
    browser.click("users-form:new-user");
    browser.type("user-dialog-form:username", username);
    browser.type("user-dialog-form:fullName", "Anna Neri");
    browser.type("user-dialog-form:password", password);
    browser.check("user-dialog-form:roles:1");
    browser.click("user-dialog-form:save-user");

    browser.waitForText("user-dialog-form:dialog-messages", "MMG, PLS");
    assertTrue(
        IrtClient.demo("bergamo.admin").get("/api/users").body().indexOf(username) < 0,
        "nothing is saved while the form is wrong");

    browser.choose("user-dialog-form:specialty", "MMG");
    browser.type("user-dialog-form:password", password);
    browser.click("user-dialog-form:save-user");
    browser.waitForPageText("Anna Neri");
    browser.filterFirstColumn("users-form:users", username);
    browser.waitForText("users-form:users", username);

    assertEquals(200, IrtClient.basic(username, password).get("/api/me").status());

    browser.clickInRow("users-form:users", username, "Disabilita");
    By enable =
        By.xpath(
            "//*[@id='users-form:users']//tr[td[contains(., '%s')]]//button[contains(., 'Abilita')]"
                .formatted(username));
    browser.until(Duration.ofSeconds(20), d -> !d.findElements(enable).isEmpty());
    browser.clickInRow("users-form:users", username, "Storico");
    assertEquals(
        "Storico delle modifiche · utente Anna Neri",
        browser.waitForText("history-title", "Anna Neri"));
    String history = browser.text("history");
    for (String shown :
        List.of(
            "Creazione",
            "Modifica",
            "Amministratore ASST", // the author by name
            "ASST Papa Giovanni XXIII", // the ASST by name
            "Ruoli: Medico",
            "Tipo di medico: Medico di medicina generale (MMG)",
            "Abilitato: Sì → No")) {
      assertTrue(history.contains(shown), shown + " in " + history);
    }
    for (String code : List.of("bergamo.admin", "ASST-PAPA", "PHYSICIAN", "true", "null")) {
      assertFalse(history.contains(code), "no code or raw value: " + code + " in " + history);
    }
    assertAccessible();
    String page = browser.driver().getCurrentUrl();

    browser.click("header-form:lang-en");
    assertTrue(browser.waitForText("history", "Enabled: Yes → No").contains("Roles: Physician"));
    browser.click("header-form:lang-it");

    try (Browser otherAsst = new Browser()) {
      otherAsst.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
      otherAsst.open(page.substring(page.indexOf("/app/")));
      otherAsst.waitForPageText("Nessuno storico disponibile");
      assertFalse(
          otherAsst.pageText().contains("Anna Neri"), "another ASST's account stays hidden");
    }
  }

  @Test
  void tenantAdministratorSetsWhereAUserIsNotifiedAndAnotherAsstCannot() {
    String username = "contatti." + UUID.randomUUID().toString().substring(0, 8);
    IrtClient admin = IrtClient.demo("niguarda.admin");
    Answer created =
        admin.post(
            "/api/users",
            """
            {"username": "%s", "fullName": "Carla Contatti", "email": "%s@example.org",
             "password": "Password-Sicura-2026", "roles": ["NURSE"], "specialty": null}"""
                .formatted(username, username));
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();
    String contacts = "/api/users/" + id + "/notifications";
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-users");
    browser.filterFirstColumn("users-form:users", username);
    browser.clickInRow("users-form:users", username, "Contatti per gli avvisi");

    browser.type("contacts-dialog-form:contact-mobile", "333-12ab");
    browser.click("contacts-dialog-form:save-contacts");
    browser.waitForText(
        "contacts-dialog-form:contacts-messages", "Cellulare: Numero di cellulare non valido");
    assertFalse(admin.get(contacts).body().contains("333"), "nothing saved while wrong");

    browser.type("contacts-dialog-form:contact-mobile", "+39 333 123 4567");
    browser.type("contacts-dialog-form:contact-email", "carla.nuova@example.org");
    browser.click("contacts-dialog-form:save-contacts");
    browser.waitForPageText("Contatti di " + username + " salvati");

    JsonObject saved = admin.get(contacts).object();
    assertEquals("+393331234567", saved.getString("mobilePhone"));
    assertEquals("carla.nuova@example.org", saved.getString("email"));
    String history = admin.get("/api/history/user/" + id).body();
    assertTrue(history.contains("+393331234567"), "the change is audited: " + history);
    IrtClient otherAsst = IrtClient.demo("bergamo.admin");
    assertEquals(404, otherAsst.get(contacts).status());
    assertEquals(404, otherAsst.put(contacts, "{\"mobilePhone\": \"+390000000000\"}").status());
    assertEquals("+393331234567", admin.get(contacts).object().getString("mobilePhone"));
  }

  @Test
  void tenantAdministratorIssuesApiCredentialsShownOnce() {
    String clientId = "gw." + UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-api-clients");
    browser.type("clients-form:clientId", clientId);
    browser.type("clients-form:clientName", "Gateway di prova");
    browser.click("clients-form:issue");

    String secret = browser.find("issued-secret").getText();

    assertEquals(
        "ASST-NIGUARDA",
        IrtClient.bearer(clientId + "." + secret).get("/api/me").object().getString("tenant"));
    browser.open("/app/admin/api-clients.xhtml");
    browser.waitForText("clients-form:clients", clientId);
    assertFalse(browser.pageText().contains(secret), "the secret is shown only once");
  }

  @Test
  void curatorReadsANetworkPublishesAVersionAndComparesIt() throws Exception {
    browser.logIn("niguarda.curatore", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-networks");
    browser.followLink("id=cardiology");
    browser.waitForPageText("Soglie predefinite");
    assertTrue(
        browser.pageText().contains("≥ 135 mm[Hg]"),
        "the ESH home threshold is shown as clinicians read it");

    String id = "trial-ui-" + UUID.randomUUID().toString().substring(0, 6);
    Path broken = Files.createTempFile("broken", ".jar");
    Files.write(broken, TrialPluginJar.of(id, "1.0.0", 110, "kilos"));
    browser.click("menu-form:menu-networks");
    browser.find("upload-form:jar").sendKeys(broken.toString());
    browser.click("upload-form:upload");
    browser.waitForPageText("Plug-in rifiutato");
    assertTrue(browser.text("upload-form:refusal").contains("kilos"));

    Path good = Files.createTempFile("good", ".jar");
    Files.write(good, TrialPluginJar.of(id, "1.0.0", 110, "kg"));
    browser.find("upload-form:jar").sendKeys(good.toString());
    browser.click("upload-form:upload");
    browser.waitForPageText("versione 1.0.0 attivata");

    assertEquals(
        201,
        IrtClient.demo("regione.admin")
            .upload("/api/networks", TrialPluginJar.of(id, "1.1.0", 105, "kg"))
            .status());
    browser.open("/app/networks/compare.xhtml?id=" + id + "&from=1.0.0&to=1.1.0");
    String differences = browser.waitForText("differences", "105");
    assertTrue(differences.contains("110"), differences);
  }

  @Test
  void aTenantUserSeesOnlyItsEnabledNetworks() {
    browser.logIn("bergamo.mmg", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-networks");
    browser.find("networks");

    assertTrue(
        browser.exists("networks") && browser.driver().getPageSource().contains("id=diabetes"));
    assertFalse(browser.driver().getPageSource().contains("id=oncology"));
    assertFalse(browser.exists("upload-form"), "only curators and the Region publish plug-ins");
  }

  @Test
  void physicianRegistersAPatientAndANurseOutsideTheCareMustBreakTheGlass() {
    String cf = CodiciFiscali.newValid();
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-patients");
    browser.click("patients-form:new-patient");
    browser.type("patient-dialog-form:cf", cf);
    browser.type("patient-dialog-form:familyName", "Brambilla");
    browser.type("patient-dialog-form:givenName", "Carlo");
    browser.typeDate("patient-dialog-form:birthDate", "01/01/1950");
    browser.check("patient-dialog-form:sex:1");
    browser.type("patient-dialog-form:municipality", "Sondrio");
    browser.click("patient-dialog-form:save-patient");
    browser.waitForText("patients-form:patients", cf);

    browser.clickInRow("patients-form:patients", cf, "Brambilla");
    browser.waitForText("patient-cf", cf);
    String record = browser.driver().getCurrentUrl();

    browser.click("header-form:logout");
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.driver().get(record);
    browser.waitForPageText("Non fai parte");
    browser.type("break-glass-form:reason", "Caduta a domicilio, serve la terapia in corso");
    browser.click("break-glass-form:break-glass");

    browser.waitForPageText("Accesso di emergenza concesso");
    browser.waitForText("patient-cf", cf);
    assertTrue(browser.text("accesses").contains("Accesso di emergenza"), browser.text("accesses"));
  }

  @Test
  void physicianTakesAPatientFromProposalToAnActivePlanWithTheWizard() {
    Answer created =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "Ernesto", "familyName": "Galli",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano"}"""
                    .formatted(CodiciFiscali.newValid()));
    long patient = created.object().getJsonNumber("id").longValue();
    // the wizard's suitability relies on a caregiver: tele-monitoring starts with a trained one
    CarePathways.trainedCaregiver(patient);
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/record.xhtml?id=" + patient);
    browser.waitForPageText("Nuova presa in carico");
    browser.click("new-enrolment");

    HeartFailureProposal.fill(browser);
    browser.click("proposal-form:propose");

    browser.waitForText("state", "Proposta");
    assertEquals("Idoneo", browser.text("eligibility"));
    for (String box :
        List.of("clinical", "appropriate", "safe", "technology", "socialContext", "homeSuitable")) {
      browser.tick("suitability-form:" + box);
    }
    browser.check("suitability-form:digitalSkills:1");
    browser.click("suitability-form:assess");
    browser.waitForText("state", "Idoneità valutata");
    browser.waitForClass("step-SUITABILITY", "irt-step-done");

    browser.click("consent-form:collect");
    browser.waitForPageText("Consenso registrato");
    browser.check("consent-form:kind:1");
    browser.waitForPageText("Consenso all'erogazione di prestazioni in telemedicina");
    browser.click("consent-form:collect");
    browser.waitForText("state", "Consenso acquisito");
    browser.waitForClass("step-UVM", "irt-step-skipped");

    browser.click("plans-form:draft-pai");
    browser.waitForText("plan-status", "Bozza");
    browser.type("plan-form:objectives", "Peso stabile, nessun ricovero per scompenso");
    browser.typeInto("input.irt-threshold-59408-5-ALARM", "80");
    browser.click("plan-form:approve");
    browser.waitForPageText(
        "Saturazione di ossigeno (pulsossimetria), soglia di livello Allarme: 80 è fuori"
            + " dall'intervallo consentito dal protocollo, da 85 a 92 %");
    browser.typeInto("input.irt-threshold-59408-5-ALARM", "88");
    browser.click("plan-form:approve");

    browser.waitForText("state", "Piano approvato");
    browser.click("activation-form:activate");
    browser.waitForText("state", "Attiva");
    browser.waitForClass("step-ACTIVE", "irt-step-done");

    browser.open("/app/patients/record.xhtml?id=" + patient);
    String italian = browser.waitForText("timeline-form:timeline", "PAI versione 1 approvato");
    assertTrue(browser.text("enrolments").contains("Attiva"), browser.text("enrolments"));
    assertTrue(italian.contains("Prestazioni attive: telemonitoraggio di livello 1"), italian);
    assertTrue(italian.contains("Giulia Bianchi (MMG)"), "authors by name: " + italian);
    assertFalse(italian.contains("niguarda.mmg"), "never by username: " + italian);

    // the same entries in English, dates in English style (issue 16 point 6)
    browser.click("header-form:lang-en");
    String english = browser.waitForText("timeline-form:timeline", "PAI version 1 approved");
    assertTrue(english.contains("Active services: tele-monitoring level 1"), english);
    assertTrue(english.contains("Consent to the care pathway ("), english);
    assertTrue(
        english.matches("(?s).*review by \\d{1,2} [A-Z][a-z]{2} \\d{4}.*"),
        "an English date: " + english);
    assertFalse(english.contains("Prestazioni attive"), english);
  }

  @Test
  void tenantAdministratorPublishesANewVersionOfTheConsentText() {
    browser.logIn("bergamo.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-consent-texts");
    browser.select("texts-form:kind", "TELEMEDICINE");
    browser.waitForText("texts-form:versions", "telemedicina");
    browser.click("texts-form:edit");
    String marker = "Revisione " + UUID.randomUUID().toString().substring(0, 8);
    browser.find("texts-form:body").sendKeys("\n" + marker);
    browser.click("texts-form:publish");
    browser.waitForPageText("Nuova versione pubblicata");
    assertTrue(browser.text("texts-form:versions").contains(marker));
  }

  @Test
  void aSpecialistOpensSlotsAndTheMmgBooksOneForHisPatient() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    CarePathways.diagnosis(patient);
    LocalDate day = LocalDate.now().plusDays(400 + ThreadLocalRandom.current().nextInt(3000));
    String title = "Televisite " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-agendas");
    browser.type("new-agenda-form:title", title);
    browser.tick("new-agenda-form:openToPhysicians");
    browser.click("new-agenda-form:create-agenda");
    browser.waitForPageText("Agenda creata");
    browser.typeDate("agenda-form:openDay", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    browser.type("agenda-form:openTime", "10:00");
    browser.type("agenda-form:openCount", "2");
    browser.click("agenda-form:open-slots");
    browser.waitForText("agenda-form:slots", "10:20");
    long agenda =
        IrtClient.demo("niguarda.cardiologo")
            .get("/api/agendas")
            .array()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(a -> a.getString("title").equals(title))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    browser.click("header-form:logout");
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/agendas/agenda.xhtml?agenda=" + agenda + "&day=" + day);
    browser.waitForText("agenda-form:slots", "10:00");
    browser.select("agenda-form:patient", String.valueOf(patient));
    browser.waitForText("agenda-form:diagnosis", "Scompenso cardiaco cronico");
    browser.clickFirst(".irt-book");
    browser.waitForPageText("Prenotazione registrata");
    assertTrue(
        browser.text("agenda-form:slots").contains("Colombo"), browser.text("agenda-form:slots"));

    // a physician outside the patient's care sees the slot only as busy
    browser.click("header-form:logout");
    browser.logIn("niguarda.pls", IrtClient.DEMO_PASSWORD);
    browser.open("/app/agendas/agenda.xhtml?agenda=" + agenda + "&day=" + day);
    browser.waitForText("agenda-form:slots", "Occupato");
    assertFalse(browser.text("agenda-form:slots").contains("Colombo"));
    assertTrue(browser.driver().findElements(By.cssSelector(".irt-cancel")).isEmpty());

    browser.click("header-form:logout");
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/agendas/agenda.xhtml?agenda=" + agenda + "&day=" + day);
    browser.waitForText("agenda-form:slots", "Colombo");
    browser.type("agenda-form:reason", "il paziente è ricoverato");
    browser.clickFirst(".irt-cancel");
    browser.waitForPageText("Prenotazione annullata");
  }

  @Test
  void theSpecialistOpensTheEncounterAndThePageEmbedsJitsiBesideTheRecord() throws Exception {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    long encounter = CarePathways.bookedTelevisit(patient);
    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.open("/app/encounters/encounter.xhtml?id=" + encounter);
    browser.waitForText("encounter-form:entries", "Prenotata televisita");
    assertEquals(
        "Marco Rossi (cardiologo) · Specialista",
        browser.text("lead"),
        "the lead by name and qualification, never by username");
    browser.click("encounter-form:join");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> js.executeScript("return window.irtJitsi && window.irtJitsi.jwt") != null);
    assertEquals(
        1L,
        js.executeScript(
            "return document.querySelectorAll(\"script[src='https://meet.jit.si/external_api.js']\")"
                + ".length;"),
        "the page loads the Jitsi IFrame API from the configured domain");
    String room = (String) js.executeScript("return window.irtJitsi.roomName;");
    String jwt = (String) js.executeScript("return window.irtJitsi.jwt;");
    JwtClaims claims =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
            .setVerificationKey(
                new HmacKey(
                    "irt-demo-jitsi-secret-not-for-production-use"
                        .getBytes(StandardCharsets.UTF_8)))
            .setExpectedAudience("jitsi")
            .build()
            .processToClaims(jwt);
    assertEquals(room, claims.getClaimValue("room"));
    assertEquals(true, claims.getClaimValue("moderator"), "the clinician moderates the room");

    browser.click("encounter-form:draft");
    browser.typeInto(".irt-outcome-FINDINGS", "Edemi declivi lievi");
    browser.typeInto(".irt-outcome-CONCLUSIONS", "Scompenso compensato");
    assertEquals(
        "Elaborazione in corso…",
        js.executeScript(
            "return document.querySelector('#busy_start .irt-busy').textContent.trim();"),
        "work longer than 300 ms, such as signing, shows that it is under way");
    browser.click("encounter-form:sign-outcome");
    browser.waitForPageText("Firma registrata");
    browser.waitForText("encounter-form:documents", "Referto di televisita");
    String signed = browser.text("outcome-status");
    assertTrue(
        signed.contains("firmato digitalmente")
            && (signed.contains("in coda per l'invio al FSE")
                || signed.contains("invio al FSE non ancora riuscito")),
        "the FSE's state as it is (no FSE answers in this test): " + signed);

    // the patient's link, then the satisfaction questionnaire it leads to once the visit is over
    browser.click("encounter-form:issue-link");
    browser.waitForPageText("Link creato");
    String link = browser.find("encounter-form:patient-link").getAttribute("value");
    browser.click("encounter-form:leave");
    browser.waitForPageText("Uscita dal video registrata");
    browser.click("encounter-form:complete");
    browser.waitForPageText("Incontro concluso");
    browser.driver().get(link);
    browser.waitForPageText("Com'è andata?");
    js.executeScript(
        "document.querySelectorAll(\"input[type=radio][value='4']\").forEach(r => r.click());");
    browser.click("survey-form:send-survey");
    browser.waitForPageText("Grazie per le tue risposte");
    String today = java.time.LocalDate.now().toString();
    assertTrue(
        IrtClient.demo("niguarda.admin")
            .get("/api/reports/satisfaction?from=" + today + "&to=" + today)
            .array()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .anyMatch(
                l ->
                    l.getString("service").equals("TELEVISIT")
                        && l.getJsonNumber("answered").longValue() >= 1),
        "the answers count in the satisfaction KPI");
  }

  @Test
  void anMmgAsksAnAsynchronousTeleconsultAndTheCardiologistAnswersFromTheInbox() {
    long patient = CarePathways.activePatient("[\"TELECONSULT\"]");
    String question =
        "Quesito " + UUID.randomUUID().toString().substring(0, 8) + ": ridurre il diuretico?";
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-encounters");
    browser.select("new-encounter-form:patient", String.valueOf(patient));
    browser.select("new-encounter-form:service", "TELECONSULT");
    browser.type("new-encounter-form:question", question);
    browser.type("new-encounter-form:consulted", "niguarda.cardiologo");
    browser.click("new-encounter-form:open-encounter");
    browser.waitForText("question", question);

    browser.click("header-form:logout");
    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-encounters");
    browser.waitForText("inbox", question);
    browser.clickInRow("inbox", question, "Apri incontro");
    browser.waitForText("question", question);
    browser.type("encounter-form:message", "Sì, 25 mg e controllo della creatinina tra 7 giorni");
    browser.click("encounter-form:post");
    browser.waitForText("encounter-form:thread", "25 mg");
  }

  @Test
  void anAdiOperatorTakesEachDeviceToItsOwnPatientInADialogNamingIt() {
    long rossi = registeredByTheAdiOperator("Anna", "Rossi");
    long bianchi = registeredByTheAdiOperator("Carla", "Bianchi");
    String first = "SC-" + UUID.randomUUID().toString().substring(0, 8);
    String second = "SC-" + UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("niguarda.adi", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-devices");
    browser.waitForPageText("Inventario");
    assertEquals("", Accessibility.violations(browser.driver()), "the device inventory");
    for (String serial : List.of(first, second)) {
      browser.select("devices-form:type", "cardiology/connected-scale");
      browser.type("devices-form:serial", serial);
      browser.click("devices-form:register");
      browser.waitForText("devices-form:devices", serial);
    }

    assign(first, rossi, "Rossi Anna");
    assign(second, bianchi, "Bianchi Carla");
    // Each device with its own patient: the second assignment did not carry the first's over.
    assertTrue(row(first).contains("Rossi Anna"), row(first));
    assertTrue(row(second).contains("Bianchi Carla"), row(second));
    assertTrue(row(first).contains("Bilancia"), "the type by name: " + row(first));

    browser.clickInRow("devices-form:devices", first, "Consegnato");
    browser.waitForText("devices-form:step-dialog", first);
    browser.type("devices-form:place", "Domicilio del paziente");
    browser.click("devices-form:confirm-step");
    browser.waitForText("devices-form:devices", "Domicilio del paziente");
    assertFalse(row(second).contains("Domicilio"), row(second));

    browser.clickInRow("devices-form:devices", first, "Installato");
    browser.waitForText("devices-form:step-dialog", first);
    browser.click("devices-form:confirm-step");
    browser.waitForText("devices-form:devices", "Installato");
    browser.clickInRow("devices-form:devices", first, first);
    String history = browser.waitForText("devices-form:history-dialog", "Installato");
    assertTrue(history.contains("Domicilio del paziente"), history);
    assertTrue(history.contains("Operatore Centrale ADI"), "who, by name: " + history);
    assertEquals(
        1,
        IrtClient.demo("niguarda.adi")
            .get("/api/devices/associations?patient=" + rossi)
            .array()
            .size(),
        "installed at home: the patient's device from now on");
  }

  private static long registeredByTheAdiOperator(String givenName, String familyName) {
    Answer registered =
        IrtClient.demo("niguarda.adi")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "%s", "familyName": "%s",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano",
                 "requestingPhysician": "niguarda.mmg"}"""
                    .formatted(CodiciFiscali.newValid(), givenName, familyName));
    assertEquals(201, registered.status(), registered.body());
    return registered.object().getJsonNumber("id").longValue();
  }

  /** Assigns the device in its own dialog, which names it, to the patient chosen there. */
  private void assign(String serial, long patient, String name) {
    browser.clickInRow("devices-form:devices", serial, "Assegnato");
    browser.waitForText("devices-form:step-dialog", serial);
    browser.select("devices-form:patient", String.valueOf(patient));
    browser.click("devices-form:confirm-step");
    browser.waitForText("devices-form:devices", name);
  }

  private String row(String serial) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='devices-form:devices']//tr[td[contains(., '%s')]]".formatted(serial)))
        .getText();
  }

  @Test
  void aNurseAcknowledgesAnAlarmFromTheInboxAndSeesItOnThePatientsChart() {
    long patient =
        CarePathways.monitoredPatient(
                "[]",
                """
                [{"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
                  "to": "00:00:00", "acknowledgeWithinMinutes": 60, "fallback": "centre:COT"},
                 {"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
                  "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:ADI"},
                 {"level": "CRITICAL", "recipient": "centre:COT", "from": "00:00:00",
                  "to": "00:00:00", "acknowledgeWithinMinutes": 15, "fallback": "niguarda.infermiere"}]""")
            .id();
    Fhir.niguardaGateway()
        .create()
        .resource(Fhir.vital(patient, Fhir.SPO2, 89, "%", Instant.now().minusSeconds(90)))
        .execute();
    Fhir.niguardaGateway().create().resource(Fhir.hfChecklist(patient, "fatigue")).execute();

    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-alarms");
    String ofPatient = "patient=" + patient;
    By row =
        By.xpath(
            "//*[@id='alarms-form:inbox']//tr[.//a[substring(@href, string-length(@href) - %d) = '%s']]"
                .formatted(ofPatient.length() - 1, ofPatient));
    WebElement alarm = browser.until(Duration.ofSeconds(10), d -> d.findElement(row));
    assertTrue(alarm.getText().contains("Saturazione di ossigeno"), alarm.getText());
    assertTrue(alarm.getText().contains("Allarme"), alarm.getText());
    alarm.findElement(By.xpath(".//button[contains(., 'Prendi in carico')]")).click();
    browser.select("alarms-form:action", "CALL_BY_NURSE");
    browser.type("alarms-form:note", "Chiamata la paziente: dispnea lieve, ossigeno a 2 l/min");
    browser.click("alarms-form:confirm-ack");
    browser.waitForPageText("Allarme preso in carico");

    // the acknowledgement replaces the inbox: find the row again until the click lands
    browser.until(
        Duration.ofSeconds(10),
        d -> {
          d.findElement(row).findElement(By.tagName("a")).click();
          return true;
        });
    browser.waitForText("monitoring-form:alarms", "Telefonata dell'infermiere");
    assertTrue(browser.text("monitoring-form:alarms").contains("Preso in carico"));
    assertFalse(browser.driver().findElements(By.cssSelector("canvas")).isEmpty(), "the chart");
    String datasets =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const c = Chart.getChart(document.querySelector('canvas'));"
                        + " return JSON.stringify(c.data.datasets.map(d => [d.label, d.data]));");
    assertTrue(
        datasets.contains("[\"Allarme\",[null,89,null]]"),
        "the reading that raised the alarm is marked on the chart: " + datasets);
    assertTrue(
        datasets.contains("[\"Allarme ≤ 90 %\",[90,90,90]]"),
        "the threshold in force, across the period: " + datasets);
    String answered = browser.text("monitoring-form:questionnaires");
    assertTrue(
        answered.contains("Checklist quotidiana dei sintomi di scompenso")
            && answered.contains("Stabile: nessuna azione"),
        "the questionnaire the patient answered: " + answered);
  }

  @Test
  void aPatientSharesAReadingAndAnswersTheChecklistOnTheirTeleControlCall() {
    LocalDate today = LocalDate.now();
    CarePathways.MonitoredPatient tc =
        CarePathways.teleControlPatient(today.minusDays(1), today.plusDays(30));
    IrtClient cardiologist = IrtClient.demo("niguarda.cardiologo");
    Answer call =
        cardiologist.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELECONTROL\"}".formatted(tc.id()));
    assertEquals(201, call.status(), call.body());
    long encounter = call.object().getJsonNumber("id").longValue();
    String path =
        cardiologist
            .post("/api/encounters/" + encounter + "/patient-links", "{}")
            .object()
            .getString("path");

    browser.open(
        "/visit/join.xhtml?e=" + encounter + "&t=" + path.substring(path.indexOf("&t=") + 3));
    browser.waitForPageText("Il tuo telecontrollo");
    browser.select("reading-form:parameter", Fhir.WEIGHT);
    browser.type("reading-form:value", "79,8");
    browser.click("reading-form:send-reading");
    browser.waitForPageText("Misura inviata");
    assertTrue(browser.text("telecontrol-readings").contains("79,8 kg"));

    browser.clickFirst(".irt-send-answers");
    browser.waitForPageText("Rispondi a tutte le domande");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const form = document.querySelector('.irt-questionnaire-form');"
                + " form.querySelectorAll(\"input[type=radio][value='no']\").forEach(r => r.click());"
                + " const yes = form.querySelectorAll(\"input[type=radio][value='yes']\");"
                + " yes[0].click(); yes[1].click();");
    browser.clickFirst(".irt-send-answers");
    browser.waitForPageText("Risposte inviate");
    String answered = browser.text("telecontrol-questionnaires");
    assertTrue(answered.contains("Checklist quotidiana dei sintomi di scompenso"), answered);
    assertTrue(answered.contains("Peggioramento: valutazione medica entro 24 ore"), answered);

    List<jakarta.json.JsonObject> alarms =
        IrtClient.demo("niguarda.infermiere")
            .get("/api/alarms?patient=" + tc.id())
            .array()
            .getValuesAs(jakarta.json.JsonObject.class);
    assertEquals(1, alarms.size(), "the worrying answers reach the care team: " + alarms);
    assertEquals("QUESTIONNAIRE", alarms.get(0).getString("kind"));
  }
}
