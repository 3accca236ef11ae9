package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Level 2 of the help desk over REST: the Region's suppliers and their rules, escalation to the
 * responsible supplier with its webhook hand-off (posted once, after a failed attempt, to a local
 * receiver), and each supplier's machine client limited to the tickets escalated to it, both ways
 * and across ASSTs. Uses the demo suppliers: Meditech (connected scales), Biomedica (every other
 * device), ReteLombardia (connectivity).
 */
@ExtendWith(ArquillianExtension.class)
class SuppliersApiIT {

  /** The local webhook receiver's port (the lead's lane shifts it by 100). */
  private static final int SUPPLIER_PORT = 18768;

  private static final IrtClient REGION = demo("regione.admin");
  private static final IrtClient NIGUARDA_DESK = demo("niguarda.helpdesk");
  private static final IrtClient BERGAMO_DESK = demo("bergamo.helpdesk");
  private static final IrtClient MEDITECH = supplier("meditech");
  private static final IrtClient BIOMEDICA = supplier("biomedica");
  private static final IrtClient RETELOMB = supplier("retelomb");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static IrtClient supplier(String code) {
    return IrtClient.basic("fornitore-" + code, "fornitore-" + code + "-demo-secret");
  }

  /** A ticket opened by the centre's operator and taken in hand: ready to escalate. */
  private static long inProgress(IrtClient desk, String category, String deviceSerial) {
    Answer created =
        desk.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "%s", "priority": "P2",
             "summary": "Guasto %s", "description": "Paziente in scompenso, peso in aumento"%s}"""
                .formatted(
                    category,
                    UUID.randomUUID(),
                    deviceSerial == null ? "" : ", \"deviceSerial\": \"" + deviceSerial + "\""));
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();
    for (String state : List.of("ASSIGNED", "IN_PROGRESS")) {
      Answer moved = desk.put("/api/tickets/" + id + "/state", "{\"state\": \"" + state + "\"}");
      assertEquals(200, moved.status(), moved.body());
    }
    return id;
  }

  private static JsonObject escalated(IrtClient desk, long ticket) {
    Answer a = desk.post("/api/tickets/" + ticket + "/escalations", "{\"note\": \"Verificare\"}");
    assertEquals(200, a.status(), a.body());
    assertEquals("WAITING_SUPPLIER", a.object().getString("state"));
    return a.object();
  }

  private static String supplierOf(JsonObject ticket) {
    return ticket.getJsonObject("supplier").getString("supplierCode");
  }

  private static String scaleSerial() {
    String serial = "SC-" + UUID.randomUUID();
    Answer device =
        demo("niguarda.adi")
            .post(
                "/api/devices",
                """
                {"networkId": "cardiology", "typeId": "connected-scale", "serialNumber": "%s"}"""
                    .formatted(serial));
    assertEquals(201, device.status(), device.body());
    return serial;
  }

  private static String meditechWith(String webhookUrl) {
    return """
        {"code": "MEDITECH", "name": "Meditech Bilance Connesse S.r.l.", "referencePrefix": "MDT-",
         "webhookUrl": %s, "email": "assistenza@meditech.example",
         "rules": [{"deviceType": "connected-scale"}, {"vendor": "Meditech"}]}"""
        .formatted(webhookUrl == null ? "null" : "\"" + webhookUrl + "\"");
  }

  @Test
  void escalationFollowsTheMostSpecificRuleAndNeedsAResponsibleSupplier() {
    assertEquals(
        "MEDITECH",
        supplierOf(escalated(NIGUARDA_DESK, inProgress(NIGUARDA_DESK, "DEVICE", scaleSerial()))),
        "the scale's type beats the device category");
    assertEquals(
        "BIOMEDICA",
        supplierOf(escalated(NIGUARDA_DESK, inProgress(NIGUARDA_DESK, "DEVICE", null))));
    assertEquals(
        "RETELOMB",
        supplierOf(escalated(BERGAMO_DESK, inProgress(BERGAMO_DESK, "CONNECTIVITY", null))));
    long video = inProgress(NIGUARDA_DESK, "VIDEO", null);
    assertEquals(
        409,
        NIGUARDA_DESK.post("/api/tickets/" + video + "/escalations", "{}").status(),
        "no supplier holds video");
    long twice = inProgress(NIGUARDA_DESK, "DEVICE", null);
    escalated(NIGUARDA_DESK, twice);
    assertEquals(
        409,
        NIGUARDA_DESK.post("/api/tickets/" + twice + "/escalations", "{}").status(),
        "already with the supplier");
  }

  @Test
  void theHandOffIsPostedOnceAfterTheReceiverFailedOnceWithSupportDataOnly() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> keys = new CopyOnWriteArrayList<>();
    List<String> signatures = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", SUPPLIER_PORT), 0);
    receiver.createContext(
        "/hooks/meditech",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-IRT-Signature")));
          exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 202, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String url = "http://127.0.0.1:" + SUPPLIER_PORT + "/hooks/meditech";
      Answer configured = REGION.put("/api/region/suppliers/MEDITECH", meditechWith(url));
      assertEquals(200, configured.status(), configured.body());
      Answer key = REGION.post("/api/region/suppliers/MEDITECH/webhook-secret", "");
      assertEquals(200, key.status(), key.body());
      String secret = key.object().getString("webhookSecret");
      String serial = scaleSerial();
      long ticket = inProgress(NIGUARDA_DESK, "DEVICE", serial);
      JsonObject t = escalated(NIGUARDA_DESK, ticket);
      assertEquals("PENDING", t.getJsonObject("supplier").getString("handOffStatus"));

      JsonObject supplier = awaitDelivered(ticket);
      assertEquals(2, supplier.getInt("handOffAttempts"), supplier.toString());
      Thread.sleep(3000);
      assertEquals(2, calls.get(), "delivered once: nothing more after the supplier accepted it");
      assertEquals(keys.get(0), keys.get(1), "the retry is the same event");
      assertEquals(bodies.get(0), bodies.get(1));
      for (int i = 0; i < 2; i++) {
        assertSignedWith(secret, signatures.get(i), bodies.get(i));
      }

      JsonObject posted = Json.createReader(new StringReader(bodies.get(1))).readObject();
      assertEquals("ASST-NIGUARDA/" + t.getString("number"), posted.getString("reference"));
      assertEquals("DEVICE", posted.getString("category"));
      assertEquals("P2", posted.getString("priority"));
      assertEquals(t.getString("summary"), posted.getString("summary"));
      assertEquals(serial, posted.getJsonObject("device").getString("serial"));
      assertEquals("connected-scale", posted.getJsonObject("device").getString("type"));
      assertEquals("Verificare", posted.getString("note"));
      assertFalse(bodies.get(1).contains("scompenso"), "the description stays in IRT");
      assertFalse(bodies.get(1).contains("patient"), "no patient in a hand-off");
    } finally {
      receiver.stop(0);
      REGION.put("/api/region/suppliers/MEDITECH", meditechWith(null));
    }
  }

  /**
   * The supplier's check of {@code X-IRT-Signature}, written from the documented format alone: the
   * HMAC-SHA256 of "t.body" with the issued key, and a time within five minutes of now.
   */
  private static void assertSignedWith(String secret, String header, String body) throws Exception {
    Matcher m = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header);
    assertTrue(m.matches(), header);
    long t = Long.parseLong(m.group(1));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 300, "a fresh time: " + t);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            m.group(2).getBytes(StandardCharsets.US_ASCII)),
        "signed with the issued key");
  }

  private static JsonObject awaitDelivered(long ticket) throws InterruptedException {
    JsonObject supplier = null;
    for (int i = 0; i < 40; i++) {
      supplier = NIGUARDA_DESK.get("/api/tickets/" + ticket).object().getJsonObject("supplier");
      if ("DELIVERED".equals(supplier.getString("handOffStatus"))) {
        return supplier;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not delivered: " + supplier);
  }

  @Test
  void aSupplierReachesOnlyTheTicketsEscalatedToItWhateverTheAsst() {
    long niguarda = inProgress(NIGUARDA_DESK, "DEVICE", null);
    escalated(NIGUARDA_DESK, niguarda);
    long bergamo = inProgress(BERGAMO_DESK, "CONNECTIVITY", null);
    escalated(BERGAMO_DESK, bergamo);
    long notEscalated = inProgress(NIGUARDA_DESK, "DEVICE", null);

    assertTrue(ids(BIOMEDICA).contains(niguarda));
    assertFalse(ids(BIOMEDICA).contains(bergamo));
    assertTrue(ids(RETELOMB).contains(bergamo));
    assertFalse(ids(RETELOMB).contains(niguarda));
    JsonObject own = BIOMEDICA.get("/api/supplier/tickets/" + niguarda).object();
    assertEquals("ESCALATED", own.getString("state"));
    assertEquals("Verificare", own.getString("note"));
    assertFalse(own.toString().contains("scompenso"), "support data only, no description");

    String update = "{\"state\": \"ACKNOWLEDGED\", \"note\": \"Presa in carico\"}";
    String missing = "987654321";
    for (String other : List.of(String.valueOf(bergamo), String.valueOf(notEscalated), missing)) {
      assertEquals(404, BIOMEDICA.get("/api/supplier/tickets/" + other).status(), other);
      assertEquals(404, BIOMEDICA.put("/api/supplier/tickets/" + other, update).status(), other);
    }
    assertEquals(404, RETELOMB.put("/api/supplier/tickets/" + niguarda, update).status());
    assertEquals(
        "ESCALATED",
        BIOMEDICA.get("/api/supplier/tickets/" + niguarda).object().getString("state"),
        "another supplier's update changed nothing");

    assertEquals(
        404,
        BERGAMO_DESK.post("/api/tickets/" + niguarda + "/escalations", "{}").status(),
        "another centre's ASST");
    long own2 = open(demo("niguarda.mmg"));
    assertEquals(
        403,
        demo("niguarda.mmg").post("/api/tickets/" + own2 + "/escalations", "{}").status(),
        "the requester does not escalate");
  }

  private static long open(IrtClient who) {
    Answer created =
        who.post(
            "/api/tickets",
            "{\"channel\": \"WEB\", \"category\": \"DEVICE\", \"priority\": \"P3\", \"summary\": \"Bilancia\"}");
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  private static List<Long> ids(IrtClient supplier) {
    Answer list = supplier.get("/api/supplier/tickets");
    assertEquals(200, list.status(), list.body());
    return list.array().getValuesAs(JsonObject.class).stream()
        .map(t -> t.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void aSupplierCallsNothingButItsOwnDesk() {
    for (String route :
        List.of(
            "/api/tickets",
            "/api/patients?q=Rossi",
            "/api/alarms",
            "/api/region/suppliers",
            "/api/region/tickets/summary",
            "/api/api-clients",
            "/api/users")) {
      assertEquals(403, BIOMEDICA.get(route).status(), route);
    }
    for (String fhir :
        List.of(
            "/fhir/ASST-NIGUARDA/Patient/1",
            "/fhir/ASST-NIGUARDA/Patient?identifier=http://hl7.it/sid/codiceFiscale%7CRSSMRA80A01F205X")) {
      assertEquals(403, BIOMEDICA.getAny(fhir).status(), fhir);
    }
    assertEquals(403, NIGUARDA_DESK.get("/api/supplier/tickets").status());
    assertEquals(403, REGION.get("/api/supplier/tickets").status());
    assertEquals(
        401, IrtClient.basic("fornitore-biomedica", "wrong").get("/api/supplier/tickets").status());
  }

  @Test
  void theSupplierUpdateShowsOnTheTicketAndResolvedHandsItBackWithTheClockRunning() {
    long ticket = inProgress(NIGUARDA_DESK, "DEVICE", null);
    JsonObject waiting = escalated(NIGUARDA_DESK, ticket);
    assertEquals("PAUSED", waiting.getJsonObject("resolution").getString("phase"));

    assertEquals(
        400,
        BIOMEDICA.put("/api/supplier/tickets/" + ticket, "{\"reference\": \"XYZ-1\"}").status(),
        "the supplier's references carry its prefix");
    assertEquals(400, BIOMEDICA.put("/api/supplier/tickets/" + ticket, "{}").status());
    assertEquals(
        400,
        BIOMEDICA.put("/api/supplier/tickets/" + ticket, "{\"state\": \"ESCALATED\"}").status());
    Answer ack =
        BIOMEDICA.put(
            "/api/supplier/tickets/" + ticket,
            "{\"state\": \"ACKNOWLEDGED\", \"reference\": \"BML-4411\", \"note\": \"Tecnico inviato\"}");
    assertEquals(200, ack.status(), ack.body());
    assertEquals("ACKNOWLEDGED", ack.object().getString("state"));
    assertEquals("BML-4411", ack.object().getString("supplierReference"));

    JsonObject seen = NIGUARDA_DESK.get("/api/tickets/" + ticket).object();
    assertEquals("WAITING_SUPPLIER", seen.getString("state"));
    assertEquals("PAUSED", seen.getJsonObject("resolution").getString("phase"));
    assertEquals("ACKNOWLEDGED", seen.getJsonObject("supplier").getString("state"));
    assertEquals("BML-4411", seen.getJsonObject("supplier").getString("reference"));
    assertTrue(
        seen.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("kind").equals("SUPPLIER_NOTE")
                        && e.getString("text").equals("Tecnico inviato")
                        && e.getString("author").equals("fornitore-biomedica")));

    Answer resolved =
        BIOMEDICA.put(
            "/api/supplier/tickets/" + ticket,
            "{\"state\": \"RESOLVED\", \"note\": \"Sostituita la batteria\"}");
    assertEquals(200, resolved.status(), resolved.body());
    assertEquals("IN_PROGRESS", resolved.object().getString("ticketState"));
    JsonObject back = NIGUARDA_DESK.get("/api/tickets/" + ticket).object();
    assertEquals(
        "IN_PROGRESS", back.getString("state"), "back to level 1 to confirm with the requester");
    assertEquals("RUNNING", back.getJsonObject("resolution").getString("phase"));
    assertEquals("RESOLVED", back.getJsonObject("supplier").getString("state"));
    assertEquals(
        409,
        BIOMEDICA.put("/api/supplier/tickets/" + ticket, "{\"state\": \"IN_PROGRESS\"}").status(),
        "resolved is final with the supplier");
    escalated(NIGUARDA_DESK, ticket); // the problem came back: escalated again
  }

  @Test
  void theRegionConfiguresSuppliersAndTheirCredential() {
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String vendor = "Vendor " + code;
    String form =
        """
        {"code": "%s", "name": "Fornitore di prova", "referencePrefix": "IT-",
         "email": "help@example.org", "rules": [{"vendor": "%s"}]}"""
            .formatted(code, vendor);
    assertEquals(403, demo("niguarda.admin").post("/api/region/suppliers", form).status());
    Answer created = REGION.post("/api/region/suppliers", form);
    assertEquals(201, created.status(), created.body());
    assertEquals(
        vendor, created.object().getJsonArray("rules").getJsonObject(0).getString("vendor"));
    assertEquals(409, REGION.post("/api/region/suppliers", form).status(), "one supplier per code");
    assertEquals(
        409,
        REGION
            .put(
                "/api/region/suppliers/" + code,
                form.replace(
                    "{\"vendor\": \"" + vendor + "\"}", "{\"deviceType\": \"connected-scale\"}"))
            .status(),
        "Meditech holds the scales already");
    assertEquals(
        400,
        REGION
            .put(
                "/api/region/suppliers/" + code, form.replace("help@example.org", "not an address"))
            .status());
    assertEquals(
        400,
        REGION
            .put(
                "/api/region/suppliers/" + code,
                form.replace("\"email\"", "\"webhookUrl\": \"ftp://x\", \"email\""))
            .status());
    assertEquals(404, REGION.put("/api/region/suppliers/NOBODY-" + code, form).status());

    JsonObject first = REGION.post("/api/region/suppliers/" + code + "/credential", "").object();
    IrtClient client = IrtClient.basic(first.getString("clientId"), first.getString("secret"));
    assertEquals(200, client.get("/api/supplier/tickets").status());
    assertEquals(List.of(), ids(client));
    JsonObject second = REGION.post("/api/region/suppliers/" + code + "/credential", "").object();
    assertEquals(401, client.get("/api/supplier/tickets").status(), "the old secret stops working");
    assertEquals(
        200,
        IrtClient.bearer(second.getString("bearerToken")).get("/api/supplier/tickets").status());
    assertTrue(
        REGION.get("/api/region/suppliers").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getString("code").equals(code) && !s.containsKey("secret")));
  }
}
