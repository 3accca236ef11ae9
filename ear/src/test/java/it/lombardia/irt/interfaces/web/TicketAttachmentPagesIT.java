package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A ticket's attachments on its page, in Italian: the requester attaches a file, sees it listed
 * with its size and author and noted in the timeline; a disguised file is refused with a message.
 */
class TicketAttachmentPagesIT extends BrowserTest {

  @Test
  void theRequesterAttachesADeviceReportOnTheTicketPageAndADisguisedFileIsRefused()
      throws Exception {
    IrtClient mmg = IrtClient.demo("niguarda.mmg");
    String summary = "Saturimetro muto " + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        mmg.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "DEVICE", "priority": "P3", "summary": "%s"}"""
                .formatted(summary));
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();
    Path report = Files.createTempFile("rapporto-", ".txt");
    Files.writeString(report, "Il saturimetro non si accende dopo la ricarica.\n");
    Path disguised = Files.createTempFile("foto-", ".png");
    Files.write(disguised, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0});

    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/helpdesk/ticket.xhtml?id=" + id);
    browser.waitForPageText(summary);
    assertTrue(browser.text("attachments-form:attachments").contains("Nessun allegato"));
    browser.find("attachments-form:attachment-file").sendKeys(disguised.toString());
    browser.click("attachments-form:attach");
    browser.waitForPageText("sono accettati solo");
    assertTrue(browser.text("attachments-form:attachments").contains("Nessun allegato"));

    browser.find("attachments-form:attachment-file").sendKeys(report.toString());
    browser.click("attachments-form:attach");
    browser.waitForPageText("File allegato al ticket");
    String list = browser.text("attachments-form:attachments");
    assertTrue(list.contains(report.getFileName().toString()) && list.contains("byte"), list);
    assertTrue(list.contains("niguarda.mmg"), list);
    assertTrue(browser.text("ticket-form:timeline").contains("Allegato"));
    assertAccessible();
  }
}
