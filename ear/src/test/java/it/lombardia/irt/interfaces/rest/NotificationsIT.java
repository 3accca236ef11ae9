package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.Fhir.SPO2;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications outside the browser against a real SMTP server (GreenMail) and a local SMS
 * provider: an escalated alarm e-mailed to the on-call operator who opted in (and to nobody who did
 * not), with no reading in it; the patient's link sent by SMS to a caregiver, delivered once after
 * the provider failed once; a booking confirmed to the agenda's owner; and who may set whose
 * contacts.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final int SMTP_PORT = Integer.getInteger("irt.it.smtp.port", 18771);
  private static final int SMS_PORT = Integer.getInteger("irt.it.sms.port", 18772);
  private static final IrtClient ADMIN = demo("niguarda.admin");
  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final String NO_NOTIFICATIONS =
      "{\"email\": null, \"mobilePhone\": null, \"channel\": null, \"topics\": []}";

  private static GreenMail smtp;
  private static HttpServer sms;
  private static final List<JsonObject> texts = new CopyOnWriteArrayList<>();
  private static final List<String> smsHeaders = new CopyOnWriteArrayList<>();
  private static final AtomicInteger failuresToGo = new AtomicInteger();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  @BeforeAll
  static void startReceivers() throws Exception {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    sms = HttpServer.create(new InetSocketAddress("127.0.0.1", SMS_PORT), 0);
    sms.createContext(
        "/sms",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          smsHeaders.add(
              exchange.getRequestHeaders().getFirst("Authorization")
                  + "|"
                  + exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          texts.add(Json.createReader(new StringReader(body)).readObject());
          int status = failuresToGo.getAndDecrement() > 0 ? 503 : 202;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    sms.start();
  }

  @AfterAll
  static void stopReceivers() {
    smtp.stop();
    sms.stop(0);
  }

  @Test
  void anEscalatedAlarmIsEmailedToTheOnCallOperatorWhoOptedInWithoutTheReading() throws Exception {
    IrtClient adi = demo("niguarda.adi");
    String optedIn = "adi." + ThreadLocalRandom.current().nextInt(1_000_000) + "@niguarda.example";
    String silent = "adi.silent" + ThreadLocalRandom.current().nextInt(1_000_000);
    Answer created =
        ADMIN.post(
            "/api/users",
            """
            {"username": "%s", "fullName": "Operatrice Silenziosa", "email": "%s@niguarda.example",
             "password": "Operatore.IRT.2026!", "roles": ["ADI_OPERATOR"]}"""
                .formatted(silent, silent));
    assertEquals(201, created.status(), created.body());
    Answer settings =
        adi.put(
            "/api/me/notifications",
            """
            {"email": "%s", "channel": "EMAIL", "topics": ["ALARMS"], "language": "it"}"""
                .formatted(optedIn));
    assertEquals(200, settings.status(), settings.body());
    try {
      long patient =
          CarePathways.monitoredPatient(
                  "[]",
                  """
                  [{"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
                    "to": "00:00:00", "acknowledgeWithinMinutes": 1, "fallback": "centre:ADI"},
                   {"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
                    "to": "00:00:00", "acknowledgeWithinMinutes": 1, "fallback": "centre:ADI"},
                   {"level": "CRITICAL", "recipient": "centre:COT", "from": "00:00:00",
                    "to": "00:00:00", "acknowledgeWithinMinutes": 15, "fallback": "centre:ADI"}]""")
              .id();
      niguardaGateway()
          .create()
          .resource(vital(patient, SPO2, 91, "%", Instant.now().minusSeconds(180)))
          .execute();

      MimeMessage mail = awaitMail(m -> sentTo(m, optedIn));
      assertEquals("IRT: un allarme richiede la sua attenzione", mail.getSubject());
      String body = mail.getContent().toString();
      assertTrue(body.contains("Apra IRT"), body);
      assertFalse(body.matches("(?s).*\\b91\\b.*"), "no reading in the message: " + body);
      assertFalse(body.contains("%") || body.toLowerCase().contains("satura"), body);
      Thread.sleep(2000);
      assertTrue(
          Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> sentTo(m, silent + "@")),
          "the operator who did not opt in is not told");
      assertTrue(
          ADMIN.get("/api/notifications/outbox?status=DELIVERED").array().stream()
              .map(JsonObject.class::cast)
              .anyMatch(n -> n.getString("address").equals(optedIn)),
          "the outbox shows the message delivered");
    } finally {
      adi.put("/api/me/notifications", NO_NOTIFICATIONS);
    }
  }

  @Test
  void thePatientLinkReachesTheCaregiverBySmsOnceAfterTheProviderFailedOnce() throws Exception {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    Answer caregiver =
        demo("niguarda.mmg")
            .post(
                "/api/patients/" + patient + "/caregivers",
                """
                {"fullName": "Giulia Verdi", "relationship": "figlia",
                 "phone": "+39 333 765 4321", "trained": true}""");
    assertEquals(201, caregiver.status(), caregiver.body());
    long caregiverId = caregiver.object().getJsonNumber("id").longValue();
    long encounter = CarePathways.bookedTelevisit(patient);
    failuresToGo.set(1);
    int before = texts.size();

    Answer link =
        CARDIOLOGIST.post(
            "/api/encounters/" + encounter + "/patient-links",
            "{\"caregiverId\": %d, \"sendBy\": \"SMS\"}".formatted(caregiverId));
    assertEquals(201, link.status(), link.body());
    long linkId = link.object().getJsonNumber("id").longValue();

    JsonObject delivered = awaitOutbox(n -> n.getString("address").equals("+393337654321"));
    assertEquals("DELIVERED", delivered.getString("status"), delivered.toString());
    assertEquals(2, delivered.getInt("attempts"), "delivered at the second attempt");
    Thread.sleep(2500);
    List<JsonObject> mine =
        texts.subList(before, texts.size()).stream()
            .filter(t -> t.getString("to").equals("+393337654321"))
            .toList();
    assertEquals(2, mine.size(), "one failure, one delivery, nothing after: " + mine);
    assertEquals(mine.get(0), mine.get(1), "the retry is the same message, with the same id");
    assertTrue(smsHeaders.contains("Bearer it-sms-token|" + mine.get(0).getString("id")));
    String text = mine.get(0).getString("text");
    assertTrue(text.startsWith("Buongiorno Giulia Verdi"), text);
    Matcher path = Pattern.compile("/(visit/join\\.xhtml\\?e=\\d+&t=[^ ]+)").matcher(text);
    assertTrue(path.find(), text);
    assertEquals(200, anonymous().get("/" + path.group(1)).status(), "the link sent opens");
    assertTrue(
        CARDIOLOGIST.get("/api/encounters/" + encounter + "/patient-links").array().stream()
            .map(JsonObject.class::cast)
            .anyMatch(l -> l.getJsonNumber("id").longValue() == linkId),
        "the link is listed as made");
  }

  @Test
  void aLinkForSomebodyWithoutThatContactIsRefusedAndNotMade() {
    long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
    long encounter = CarePathways.bookedTelevisit(patient);
    Answer refused =
        CARDIOLOGIST.post(
            "/api/encounters/" + encounter + "/patient-links", "{\"sendBy\": \"EMAIL\"}");
    assertEquals(409, refused.status(), refused.body());
    assertEquals(
        0,
        CARDIOLOGIST.get("/api/encounters/" + encounter + "/patient-links").array().size(),
        "no link is left unsent");
  }

  @Test
  void aBookingInTheAgendaIsConfirmedToItsOwnerWhoOptedIn() throws Exception {
    String address =
        "cardio." + ThreadLocalRandom.current().nextInt(1_000_000) + "@niguarda.example";
    Answer settings =
        CARDIOLOGIST.put(
            "/api/me/notifications",
            """
            {"email": "%s", "channel": "EMAIL", "topics": ["BOOKINGS"], "language": "en"}"""
                .formatted(address));
    assertEquals(200, settings.status(), settings.body());
    try {
      long patient = CarePathways.activePatient("[\"TELEVISIT\"]");
      CarePathways.bookedTelevisit(patient);
      MimeMessage mail = awaitMail(m -> sentTo(m, address));
      assertEquals("IRT: new booking in your agenda", mail.getSubject());
      assertTrue(
          mail.getContent().toString().startsWith("New booking in your agenda: televisit, on "),
          mail.getContent().toString());
    } finally {
      CARDIOLOGIST.put("/api/me/notifications", NO_NOTIFICATIONS);
    }
  }

  @Test
  void onlyTheAsstsAdministratorSetsAUsersContacts() {
    long cardiologist =
        ADMIN.get("/api/users").array().stream()
            .map(JsonObject.class::cast)
            .filter(u -> u.getString("username").equals("niguarda.cardiologo"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String hijack =
        "{\"email\": \"attacker@example.org\", \"channel\": \"EMAIL\", \"topics\": [\"ALARMS\"]}";
    IrtClient otherAdmin = demo("bergamo.admin");
    assertEquals(
        404, otherAdmin.put("/api/users/" + cardiologist + "/notifications", hijack).status());
    assertEquals(404, otherAdmin.get("/api/users/" + cardiologist + "/notifications").status());
    assertEquals(
        403,
        demo("niguarda.mmg").put("/api/users/" + cardiologist + "/notifications", hijack).status());
    JsonObject mine = CARDIOLOGIST.get("/api/me/notifications").object();
    assertFalse(mine.toString().contains("attacker"), mine.toString());
    Answer bad =
        CARDIOLOGIST.put(
            "/api/me/notifications", "{\"channel\": \"SMS\", \"topics\": [\"ALARMS\"]}");
    assertEquals(400, bad.status(), "SMS without a mobile number: " + bad.body());
    Answer set =
        ADMIN.put(
            "/api/users/" + cardiologist + "/notifications", "{\"mobilePhone\": \"333 1234567\"}");
    assertEquals(200, set.status(), set.body());
    assertEquals("3331234567", set.object().getString("mobilePhone"));
  }

  private static boolean sentTo(MimeMessage message, String address) {
    return Mailbox.sentTo(message, address);
  }

  private static MimeMessage awaitMail(Predicate<MimeMessage> which) throws InterruptedException {
    return Mailbox.await(smtp, which);
  }

  private static JsonObject awaitOutbox(Predicate<JsonObject> which) throws InterruptedException {
    JsonObject found = null;
    for (int i = 0; i < 60; i++) {
      found =
          ADMIN.get("/api/notifications/outbox").array().stream()
              .map(JsonObject.class::cast)
              .filter(which)
              .findFirst()
              .orElse(null);
      if (found != null && !found.getString("status").equals("PENDING")) {
        return found;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not delivered within 30 s: " + found);
  }
}
