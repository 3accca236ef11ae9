package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.LocalSmtp;
import it.lombardia.irt.testing.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The closing question sent with a ticket's resolution (GreenMail): the caregiver who left an
 * e-mail address gets a personal link that asks that ticket's question, answers it in Italian in
 * the browser (checked for accessibility), and the link then only thanks; a forged or another
 * ASST's link answers 410. A staff requester who opted in to tickets gets the ticket's page
 * instead.
 */
class ClosingQuestionIT extends BrowserTest {

  @RegisterExtension static LocalSmtp smtp = new LocalSmtp();

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final Pattern LINK =
      Pattern.compile("(/visit/rate\\.xhtml\\?a=ASST-NIGUARDA&t=[A-Za-z0-9_-]+)");

  private static long opened(IrtClient who, String extra) {
    Answer created =
        who.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P3",
             "summary": "Il modem non si connette"%s}"""
                .formatted(extra));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  private static String resolved(long ticket) {
    for (String state : new String[] {"ASSIGNED", "IN_PROGRESS", "RESOLVED"}) {
      Answer a = DESK.put("/api/tickets/" + ticket + "/state", "{\"state\": \"" + state + "\"}");
      assertEquals(200, a.status(), a.body());
    }
    return DESK.get("/api/tickets/" + ticket).object().getString("number");
  }

  @Test
  void theCaregiverAnswersTheClosingQuestionThroughTheLinkOfTheResolutionEmailOnce()
      throws Exception {
    String address = "figlia." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
    long ticket =
        opened(
            DESK,
            """
            , "requesterKind": "CAREGIVER", "requester": "Marta Riva", "requesterContact": "%s\""""
                .formatted(address));
    String number = resolved(ticket);

    MimeMessage mail = smtp.await(m -> Mailbox.sentTo(m, address));
    assertTrue(mail.getSubject().contains(number), mail.getSubject());
    String body = mail.getContent().toString();
    assertFalse(body.contains("modem"), "no summary by e-mail: " + body);
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);

    browser.open(link.group(1));
    browser.waitForPageText("La tua segnalazione " + number + " è stata risolta");
    assertAccessible();
    browser.select("rate-form:score", "5");
    browser.type("rate-form:comment", "Gentilissimi");
    browser.click("rate-form:rate-button");
    browser.waitForPageText("Grazie per la tua valutazione");

    browser.open(link.group(1));
    browser.waitForPageText("Hai già risposto per la segnalazione " + number);
    assertFalse(browser.exists("rate-form:score"), "asked once");

    String token = link.group(1).substring(link.group(1).indexOf("&t=") + 3);
    assertEquals(
        410, IrtClient.anonymous().getAny("/visit/rate.xhtml?a=ASST-NIGUARDA&t=forged").status());
    assertEquals(
        410,
        IrtClient.anonymous()
            .getAny("/visit/rate.xhtml?a=ASST-PAPA-GIOVANNI-XXIII&t=" + token)
            .status(),
        "another ASST's link opens nothing");
  }

  @Test
  void aStaffRequesterWhoOptedInGetsTheTicketsPageToAnswerOn() throws Exception {
    IrtClient nurse = demo("niguarda.infermiere");
    String address = "inf." + ThreadLocalRandom.current().nextInt(1_000_000) + "@niguarda.example";
    Answer settings =
        nurse.put(
            "/api/me/notifications",
            """
            {"email": "%s", "channel": "EMAIL", "topics": ["TICKETS"], "language": "it"}"""
                .formatted(address));
    assertEquals(200, settings.status(), settings.body());
    try {
      long ticket = opened(nurse, "");
      resolved(ticket);
      MimeMessage mail =
          smtp.await(m -> Mailbox.sentTo(m, address) && subjectOf(m).contains("risolto"));
      assertTrue(
          mail.getContent().toString().contains("/app/helpdesk/ticket.xhtml?id=" + ticket),
          mail.getContent().toString());
    } finally {
      nurse.put(
          "/api/me/notifications",
          "{\"email\": null, \"mobilePhone\": null, \"channel\": null, \"topics\": []}");
    }
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
