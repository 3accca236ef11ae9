package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.HomeDevices.atHome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.HomeDevices.Device;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.PatientLinks;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A ticket's attachments on its page, in Italian: the requester attaches a file, sees it listed
 * with its size and author and noted in the timeline; a disguised file is refused with a message. A
 * patient reporting a device problem on their link page adds a photo the centre then downloads.
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

  @Test
  void aPatientReportsADeviceProblemWithAPhotoThatTheCentreDownloads() throws Exception {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\", \"TELEVISIT\"]");
    Device scale = atHome(patient, "connected-scale");
    Path photo = Files.createTempFile("bilancia-", ".png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
    browser.open(PatientLinks.page(patient, null));
    browser.select("problem-form:device", String.valueOf(scale.id()));
    browser.type("problem-form:problem", "Il display della bilancia resta nero");
    browser.find("problem-form:problem-photo").sendKeys(photo.toString());
    browser.click("problem-form:send-problem");
    browser.waitForPageText("inviata");
    Matcher number = Pattern.compile("TK-\\d{4}-\\d{6}").matcher(browser.pageText());
    assertTrue(number.find(), browser.pageText());
    assertAccessible();

    IrtClient desk = IrtClient.demo("niguarda.helpdesk");
    long id =
        desk.get("/api/tickets?category=DEVICE").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("number").equals(number.group()))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject attached = desk.get("/api/tickets/" + id + "/attachments").array().getJsonObject(0);
    assertEquals("image/png", attached.getString("mediaType"));
    assertArrayEquals(
        Files.readAllBytes(photo),
        desk.download(
            "/api/tickets/" + id + "/attachments/" + attached.getJsonNumber("id").longValue()));
  }
}
