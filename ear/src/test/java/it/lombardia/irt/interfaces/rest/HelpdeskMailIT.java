package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.Mailbox;
import it.lombardia.irt.testing.SmsInbox;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help desk's e-mails against a real SMTP server (GreenMail): the escalation of a ticket to a
 * supplier without a webhook (the demo's Biomedica) with support data only, and the centre's public
 * replies announced to the requester — a staff member who opted in to tickets, a patient at the
 * e-mail address or mobile number they left (SMS to a local provider), without the reply's text —
 * while internal notes stay silent.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskMailIT {

  private static final int SMTP_PORT = Integer.getInteger("irt.it.smtp.port", 18771);
  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final IrtClient MMG = demo("niguarda.mmg");

  /** The demo Centro Servizi Niguarda's number, which patients are told to call. */
  private static final String NIGUARDA_CENTRE_PHONE = "02 0000 1111";

  private static final String NO_NOTIFICATIONS =
      "{\"email\": null, \"mobilePhone\": null, \"channel\": null, \"topics\": []}";

  private static GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private static long opened(IrtClient who, String category, String extra) {
    Answer created =
        who.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "%s", "priority": "P2",
             "summary": "Guasto %s", "description": "Paziente in scompenso, peso in aumento"%s}"""
                .formatted(category, UUID.randomUUID(), extra));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  private static String numberOf(long ticket) {
    return DESK.get("/api/tickets/" + ticket).object().getString("number");
  }

  private static void reply(long ticket, String text, boolean internal) {
    Answer a =
        DESK.post(
            "/api/tickets/" + ticket + "/replies",
            "{\"text\": \"%s\", \"internal\": %s}".formatted(text, internal));
    assertEquals(200, a.status(), a.body());
  }

  @Test
  void aSupplierWithoutWebhookGetsTheEscalationByEmailWithSupportDataOnly() throws Exception {
    long ticket = opened(DESK, "DEVICE", "");
    for (String state : new String[] {"ASSIGNED", "IN_PROGRESS"}) {
      assertEquals(
          200,
          DESK.put("/api/tickets/" + ticket + "/state", "{\"state\": \"" + state + "\"}").status());
    }
    Answer escalated =
        DESK.post("/api/tickets/" + ticket + "/escalations", "{\"note\": \"Sostituire\"}");
    assertEquals(200, escalated.status(), escalated.body());
    String number = numberOf(ticket);

    MimeMessage mail =
        awaitMail(m -> sentTo(m, "ticket@biomedica.example") && subject(m).contains(number));
    String body = mail.getContent().toString();
    assertTrue(body.contains("ASST-NIGUARDA/" + number), "the reference to quote: " + body);
    assertTrue(body.contains("dispositivo a domicilio"), body);
    assertTrue(body.contains("Sostituire"), "the operator's note: " + body);
    assertTrue(body.contains("Referente: Centro Servizi Niguarda"), "whom to answer: " + body);
    assertFalse(body.contains("scompenso"), "no description, no clinical data: " + body);
  }

  @Test
  void aPublicReplyIsEmailedToTheStaffRequesterWhoOptedInAndAnInternalNoteIsNot() throws Exception {
    String address = "mmg." + ThreadLocalRandom.current().nextInt(1_000_000) + "@niguarda.example";
    Answer settings =
        MMG.put(
            "/api/me/notifications",
            """
            {"email": "%s", "channel": "EMAIL", "topics": ["TICKETS"], "language": "en"}"""
                .formatted(address));
    assertEquals(200, settings.status(), settings.body());
    try {
      long ticket = opened(MMG, "APPLICATION", "");
      String number = numberOf(ticket);
      reply(ticket, "Nota interna sul caso", true);
      reply(ticket, "Abbiamo sbloccato il suo profilo", false);

      MimeMessage mail = awaitMail(m -> sentTo(m, address));
      assertEquals("IRT: reply to your ticket " + number, mail.getSubject());
      String body = mail.getContent().toString();
      assertTrue(body.contains("Open IRT"), body);
      assertFalse(body.contains("sbloccato"), "staff read the reply in IRT: " + body);
      Thread.sleep(3000);
      assertEquals(
          1,
          Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address)).count(),
          "the internal note is not announced");
    } finally {
      MMG.put("/api/me/notifications", NO_NOTIFICATIONS);
    }
  }

  /**
   * A patient who left an e-mail address is told that there is a reply, where to read it and the
   * centre's number — never the reply itself nor the ticket's summary (e-mail is no safe channel
   * for what an operator writes).
   */
  @Test
  void aPatientRequesterIsToldByEmailThatThereIsAReplyWithoutItsText() throws Exception {
    String address = "paziente." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
    long ticket = openedForPatient(address);
    reply(ticket, "Riavvii il modem e ci richiami", false);

    MimeMessage mail = awaitMail(m -> sentTo(m, address));
    String number = numberOf(ticket);
    assertTrue(mail.getSubject().contains(number), mail.getSubject());
    String body = mail.getContent().toString();
    assertTrue(body.contains(number), body);
    assertTrue(body.contains("collegamento personale"), "where to read it: " + body);
    assertTrue(body.contains(NIGUARDA_CENTRE_PHONE), "whom to call: " + body);
    assertFalse(body.contains("Riavvii il modem"), "no reply text by e-mail: " + body);
    assertFalse(body.contains("Guasto"), "no summary by e-mail: " + body);
  }

  /** The same for a patient who left a mobile number: the SMS carries no reply text. */
  @Test
  void aPatientRequesterIsToldBySmsThatThereIsAReplyWithoutItsText() throws Exception {
    String mobile = "+39 347 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    String to = mobile.replace(" ", "");
    try (SmsInbox sms = new SmsInbox()) {
      long ticket = openedForPatient(mobile);
      reply(ticket, "Sostituiamo il router giovedi mattina", false);

      String text = sms.await(m -> m.getString("to").equals(to)).getString("text");
      assertTrue(text.contains(numberOf(ticket)), text);
      assertTrue(text.contains(NIGUARDA_CENTRE_PHONE), text);
      assertFalse(text.contains("router giovedi"), "no reply text by SMS: " + text);
      assertFalse(text.contains("Guasto"), "no summary by SMS: " + text);
    }
  }

  private static long openedForPatient(String contact) {
    return opened(
        DESK,
        "CONNECTIVITY",
        """
        , "requesterKind": "PATIENT", "requester": "Luigi Colombo",
         "requesterContact": "%s\""""
            .formatted(contact));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static boolean sentTo(MimeMessage message, String address) {
    return Mailbox.sentTo(message, address);
  }

  private static MimeMessage awaitMail(Predicate<MimeMessage> which) throws InterruptedException {
    return Mailbox.await(smtp, which);
  }
}
