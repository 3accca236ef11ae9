package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * When the video service cannot be reached, the encounter page offers a retry, the telephone (with
 * its reason, in the encounter and in the record) and another time in the same agenda.
 */
class VideoFailureIT extends BrowserTest {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");

  private long patient;
  private CarePathways.AgendaSlots agenda;
  private long encounter;

  /** A televisit of the cardiologist booked tomorrow, with a second free slot after it. */
  @BeforeEach
  void bookTheTelevisitAndCutTheVideoService() {
    patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    LocalDateTime start =
        LocalDate.now()
            .plusDays(1)
            .atTime(7, 0)
            .plusMinutes(20L * ThreadLocalRandom.current().nextInt(36));
    agenda = CarePathways.televisitAgenda(CARDIOLOGIST, start, 2);
    encounter = CarePathways.bookTelevisitIn(patient, agenda.slots().get(0));
    // the browser cannot reach Jitsi Meet, whether or not this machine has a network
    HasCdp cdp = (HasCdp) browser.driver();
    cdp.executeCdpCommand("Network.enable", Map.of());
    cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*meet.jit.si*")));
    browser.logIn("niguarda.cardiologo", IrtClient.DEMO_PASSWORD);
    browser.open("/app/encounters/encounter.xhtml?id=" + encounter);
    browser.click("encounter-form:join");
  }

  @Test
  void theLeadRetriesTheVideoThenHoldsTheEncounterByPhoneWithItsReason() {
    browser.waitForText("video-fallback", "Video non disponibile");
    assertAccessible();
    // the check reloaded the page: the room is joined again, and fails again
    browser.click("encounter-form:join");
    browser.waitForText("video-fallback", "Video non disponibile");
    browser.click("encounter-form:retry-video");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                ((Long)
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return document.querySelectorAll(\"script[src$='external_api.js']\")"
                                    + ".length;"))
                    == 2);
    browser.waitForText("video-fallback", "Video non disponibile");

    browser.click("encounter-form:hold-by-phone");
    browser.waitForPageText("Scrivi perché l'incontro si svolge per telefono");
    browser.type("encounter-form:phone-reason", "Jitsi non raggiungibile, richiamato al fisso");
    browser.click("encounter-form:hold-by-phone");
    browser.waitForPageText("Incontro registrato come svolto per telefono");
    String facts = browser.waitForText("by-phone", "Svolto per telefono");
    assertTrue(facts.contains("Jitsi non raggiungibile, richiamato al fisso"), facts);
    assertTrue(
        browser.driver().findElements(org.openqa.selenium.By.id("video-fallback")).isEmpty());

    browser.open("/app/patients/record.xhtml?id=" + patient);
    browser.waitForPageText(
        "svolta per telefono da Marco Rossi (cardiologo): Jitsi non raggiungibile");
  }

  @Test
  void theLeadMovesTheEncounterToAnotherFreeSlotAndThePatientsLinkFollows() {
    browser.waitForText("video-fallback", "Video non disponibile");
    IrtClient.Answer link =
        CARDIOLOGIST.post("/api/encounters/" + encounter + "/patient-links", "{}");
    assertEquals(201, link.status(), link.body());
    long second = agenda.slots().get(1);
    browser.select("encounter-form:new-slot", String.valueOf(second));
    browser.type("encounter-form:reschedule-reason", "video non disponibile");
    browser.click("encounter-form:reschedule");
    browser.waitForPageText("Incontro spostato");

    var moved = CARDIOLOGIST.get("/api/encounters/" + encounter).object();
    assertEquals(second, moved.getJsonNumber("slotId").longValue());
    Instant slotStart = Instant.parse(moved.getString("scheduledAt"));
    Instant expires =
        Instant.parse(
            CARDIOLOGIST
                .get("/api/encounters/" + encounter + "/patient-links")
                .array()
                .getJsonObject(0)
                .getString("expiresAt"));
    // a 20-minute slot, and the link lasts an hour after it ends
    assertEquals(slotStart.plus(Duration.ofMinutes(80)), expires, "the link follows the new time");
  }
}
