package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket's attachments over REST: a file checked by its bytes is stored, listed and downloaded by
 * whoever reaches the ticket, and noted in the timeline; a disguised, mismatched or oversize file
 * is refused with nothing stored; another ASST, a centre not serving it and staff who are not its
 * requester get 404.
 */
@ExtendWith(ArquillianExtension.class)
class TicketAttachmentsIT {

  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient NIGUARDA_DESK = demo("niguarda.helpdesk");
  private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long open(IrtClient who) {
    Answer created =
        who.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "DEVICE", "priority": "P3",
             "summary": "Il misuratore mostra un errore %s"}"""
                .formatted(UUID.randomUUID()));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  private static String attachments(long ticket) {
    return "/api/tickets/" + ticket + "/attachments";
  }

  /** A real PNG, as a phone would send a photo of the device's display. */
  private static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRequestersPhotoIsListedAndDownloadedByTheCentreAndNotedInTheTimeline() {
    long ticket = open(MMG);
    byte[] photo = png();
    Answer added =
        MMG.upload(attachments(ticket) + "?name=display%20errore.png", "image/png", photo);
    assertEquals(201, added.status(), added.body());
    JsonObject a = added.object();
    assertEquals("display errore.png", a.getString("fileName"));
    assertEquals("image/png", a.getString("mediaType"));
    assertEquals(photo.length, a.getJsonNumber("sizeBytes").longValue());
    assertEquals("niguarda.mmg", a.getString("uploadedBy"));
    long id = a.getJsonNumber("id").longValue();

    Answer note =
        NIGUARDA_DESK.upload(
            attachments(ticket) + "?name=diagnosi",
            "text/plain; charset=UTF-8",
            "Firmware 1.2: errore E4, batteria al 12%.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, note.status(), note.body());
    assertEquals("diagnosi.txt", note.object().getString("fileName"), "the type's extension");

    Answer list = NIGUARDA_DESK.get(attachments(ticket));
    assertEquals(200, list.status(), list.body());
    assertEquals(2, list.array().size());
    assertEquals("display errore.png", list.array().getJsonObject(0).getString("fileName"));
    assertArrayEquals(photo, NIGUARDA_DESK.download(attachments(ticket) + "/" + id));
    Answer served = MMG.getAny(attachments(ticket) + "/" + id);
    assertEquals("image/png", served.header("Content-Type"));
    assertTrue(
        served
            .header("Content-Disposition")
            .startsWith("attachment; filename=\"display errore.png\""),
        served.header("Content-Disposition"));

    String timeline = MMG.get("/api/tickets/" + ticket).body();
    assertTrue(
        timeline.contains("\"ATTACHMENT\"") && timeline.contains("display errore.png"), timeline);
  }

  @Test
  void aDisguisedMismatchedOversizeOrNamelessFileIsRefusedAndNothingStored() {
    long ticket = open(MMG);
    Answer disguised = MMG.upload(attachments(ticket) + "?name=foto.png", "image/png", ZIP);
    assertEquals(400, disguised.status(), disguised.body());
    assertTrue(disguised.body().contains("application/zip"), disguised.body());

    Answer mismatch = MMG.upload(attachments(ticket) + "?name=foto.jpg", "image/jpeg", png());
    assertEquals(400, mismatch.status(), mismatch.body());
    assertTrue(mismatch.body().contains("not image/jpeg as declared"), mismatch.body());

    Answer renamed = MMG.upload(attachments(ticket) + "?name=setup.exe", "image/png", png());
    assertEquals(400, renamed.status(), renamed.body());

    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(png(), 0, big, 0, png().length);
    Answer oversize = MMG.upload(attachments(ticket) + "?name=grande.png", "image/png", big);
    assertEquals(400, oversize.status(), oversize.body());
    assertTrue(oversize.body().contains("5242880 bytes"), oversize.body());

    assertEquals(400, MMG.upload(attachments(ticket), "image/png", png()).status(), "no name");
    assertEquals(0, MMG.get(attachments(ticket)).array().size());
    assertTrue(!MMG.get("/api/tickets/" + ticket).body().contains("\"ATTACHMENT\""));
  }

  @Test
  void attachmentsReachNoFurtherThanTheirTicketBothWays() {
    long niguarda = open(MMG);
    Answer added = MMG.upload(attachments(niguarda) + "?name=a.png", "image/png", png());
    long attachment = added.object().getJsonNumber("id").longValue();
    String file = attachments(niguarda) + "/" + attachment;
    for (IrtClient other :
        new IrtClient[] {
          demo("bergamo.helpdesk"),
          demo("brianza.helpdesk"),
          demo("bergamo.mmg"),
          demo("niguarda.pls")
        }) {
      assertEquals(404, other.get(attachments(niguarda)).status());
      assertEquals(404, other.getAny(file).status());
      assertEquals(
          404, other.upload(attachments(niguarda) + "?name=b.png", "image/png", png()).status());
    }
    assertEquals(200, demo("niguarda.admin").getAny(file).status(), "the ASST's administrator");
    assertEquals(1, MMG.get(attachments(niguarda)).array().size(), "nothing added by others");

    long bergamo = open(demo("bergamo.mmg"));
    Answer theirs =
        demo("bergamo.mmg").upload(attachments(bergamo) + "?name=c.png", "image/png", png());
    long theirId = theirs.object().getJsonNumber("id").longValue();
    assertEquals(404, demo("bergamo.mmg").getAny(attachments(bergamo) + "/" + attachment).status());
    assertEquals(404, MMG.getAny(attachments(niguarda) + "/" + theirId).status());
    assertEquals(
        200, demo("bergamo.helpdesk").getAny(attachments(bergamo) + "/" + theirId).status());
  }
}
