package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.PatientLinks;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A caregiver sends a wound's photo from the patient's link page (seed 003 §2.1.4): a file that is
 * not what it claims is refused and nothing stored; the photo lands in the record, where the care
 * team reads it and nobody outside the care does.
 */
class LinkDocumentsIT extends BrowserTest {

  private static final IrtClient MMG = demo("niguarda.mmg");

  private static List<JsonObject> documents(long patient) {
    return MMG.get("/api/records/" + patient + "/documents").array().getValuesAs(JsonObject.class);
  }

  @Test
  void aCaregiversWoundPhotoReachesTheCareTeamAndADisguisedFileNothing() throws Exception {
    long patient = CarePathways.activePatient("[\"TELEMONITORING_LEVEL_1\", \"TELEVISIT\"]");
    Answer caregiver =
        MMG.post(
            "/api/patients/" + patient + "/caregivers",
            """
            {"fullName": "Marta Colombo", "relationship": "figlia", "phone": "+39 333 7654321"}""");
    assertEquals(201, caregiver.status(), caregiver.body());
    Path disguised = Files.createTempFile("ferita-", ".png");
    Files.write(disguised, new byte[] {'M', 'Z', 0, 0, 3, 0, 0, 0, 4, 0, 0, 0});
    Path photo = Files.createTempFile("ferita-", ".png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

    browser.open(PatientLinks.page(patient, caregiver.object().getJsonNumber("id").longValue()));
    browser.waitForPageText("Invia una foto o un documento al team di cura");
    browser.type("document-form:document-title", "Ferita al tallone, 6 dicembre");
    browser.find("document-form:document-file").sendKeys(disguised.toString());
    browser.click("document-form:send-document");
    browser.waitForPageText("sono accettati solo");
    assertTrue(documents(patient).isEmpty(), "nothing stored");

    browser.type("document-form:document-title", "Ferita al tallone, 6 dicembre");
    browser.find("document-form:document-file").sendKeys(photo.toString());
    browser.click("document-form:send-document");
    browser.waitForPageText("è nella cartella");
    // the checks reload the page, which sends the form again: the file is kept once
    assertAccessible();

    List<JsonObject> documents = documents(patient);
    assertEquals(1, documents.size(), documents.toString());
    assertEquals("Ferita al tallone, 6 dicembre", documents.get(0).getString("title"));
    assertEquals("image/png", documents.get(0).getString("contentType"));
    String timeline = MMG.get("/api/records/" + patient).body();
    assertTrue(timeline.contains("Marta Colombo"), "who sent it, by name: " + timeline);
    assertEquals(404, demo("bergamo.admin").get("/api/records/" + patient + "/documents").status());
    assertEquals(403, demo("niguarda.pls").get("/api/records/" + patient + "/documents").status());
  }
}
