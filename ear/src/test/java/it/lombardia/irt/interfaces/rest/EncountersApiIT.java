package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.CarePathways.bookedTelevisit;
import static it.lombardia.irt.testing.CarePathways.diagnosis;
import static it.lombardia.irt.testing.CarePathways.newPhysician;
import static it.lombardia.irt.testing.CarePathways.registerPatient;
import static it.lombardia.irt.testing.CarePathways.rehabPatient;
import static it.lombardia.irt.testing.CarePathways.televisitSlots;
import static it.lombardia.irt.testing.CarePathways.televisitStartingIn;
import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.FseReceiver;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Encounters over REST: the rules of each service, the video room and its tokens, the patient's
 * personal links, outcome documents with a verifiable PAdES signature, the FSE outbox against a
 * local receiver, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class EncountersApiIT {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final String DEMO_JITSI_SECRET = "irt-demo-jitsi-secret-not-for-production-use";
  private static final int FSE_PORT = 18766;
  private static final int NRE_PORT = 18767;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long televisitSlot(IrtClient owner) {
    return televisitSlots(owner, 1).get(0);
  }

  private static Answer book(long slot, String body) {
    return MMG.post("/api/agendas/slots/" + slot + "/booking", body);
  }

  private static JwtClaims verifiedJitsiToken(JsonObject join) throws Exception {
    return new JwtConsumerBuilder()
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
        .setVerificationKey(new HmacKey(DEMO_JITSI_SECRET.getBytes(StandardCharsets.UTF_8)))
        .setExpectedIssuer("irt")
        .setExpectedAudience("jitsi")
        .setExpectedSubject(join.getString("domain"))
        .setRequireExpirationTime()
        .build()
        .processToClaims(join.getString("token"));
  }

  @Test
  void televisitIsRefusedWithoutAPriorInPersonDiagnosis() {
    long patient = activePatient("[\"TELEVISIT\"]");
    long slot = televisitSlot(CARDIOLOGIST);
    Answer refused = book(slot, "{\"patientId\": " + patient + "}");
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("in-person visit"), refused.body());

    long otherPatientsDiagnosis = diagnosis(activePatient("[\"TELEVISIT\"]"));
    assertEquals(
        409,
        book(
                slot,
                "{\"patientId\": %d, \"diagnosisId\": %d}"
                    .formatted(patient, otherPatientsDiagnosis))
            .status(),
        "a diagnosis of another patient is no ground");
    assertEquals(
        "[]", MMG.get("/api/agendas/bookings?patient=" + patient).body(), "nothing booked");

    Answer booked =
        book(
            slot,
            "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis(patient)));
    assertEquals(201, booked.status(), booked.body());
    assertEquals("niguarda.cardiologo", booked.object().getString("lead"));
    assertEquals("PLANNED", booked.object().getString("state"));
  }

  @Test
  void aSpecialistOutsideTheHomeCareTeamNeedsAValidNre() {
    IrtClient specialist = newPhysician("SPECIALIST");
    long patient = activePatient("[\"TELEVISIT\"]");
    long diagnosis = diagnosis(patient);
    long slot = televisitSlot(specialist);

    Answer missing =
        book(slot, "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis));
    assertEquals(409, missing.status(), missing.body());
    assertTrue(missing.body().contains("NRE"), missing.body());
    assertEquals(
        409,
        book(
                slot,
                "{\"patientId\": %d, \"diagnosisId\": %d, \"nre\": \"999A0A12345678X\"}"
                    .formatted(patient, diagnosis))
            .status(),
        "malformed NRE");
    Answer booked =
        book(
            slot,
            "{\"patientId\": %d, \"diagnosisId\": %d, \"nre\": \"030a0 A123456789\"}"
                .formatted(patient, diagnosis));
    assertEquals(201, booked.status(), booked.body());
    assertEquals("030A0A123456789", booked.object().getString("nre"));
  }

  @Test
  void teleRehabilitationSessionsNeedAnApprovedPri() {
    long withoutPri = activePatient("[\"TELEVISIT\"]");
    Answer refused =
        demo("niguarda.cardiologo")
            .post(
                "/api/encounters",
                "{\"patientId\": %d, \"service\": \"TELEREHABILITATION\"}".formatted(withoutPri));
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("PRI"), refused.body());

    long patient = rehabPatient();
    Answer session =
        CARDIOLOGIST.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELEREHABILITATION\"}".formatted(patient));
    assertEquals(201, session.status(), session.body());
    assertEquals(1, session.object().getInt("sessionNumber"));
    JsonObject objective = session.object().getJsonArray("objectives").getJsonObject(0);
    assertEquals("Stabilità del peso e dei sintomi", objective.getString("objective"));
    long id = session.object().getJsonNumber("id").longValue();
    assertEquals(
        409,
        CARDIOLOGIST.post("/api/encounters/" + id + "/completion", "{\"objectives\": []}").status(),
        "each objective is tracked");
    Answer done =
        CARDIOLOGIST.post(
            "/api/encounters/" + id + "/completion",
            """
            {"objectives": [{"objective": "Stabilità del peso e dei sintomi",
                             "status": "IN_PROGRESS", "note": "cammina 10 minuti"}]}""");
    assertEquals(200, done.status(), done.body());
    Answer next =
        CARDIOLOGIST.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELEREHABILITATION\"}".formatted(patient));
    assertEquals(2, next.object().getInt("sessionNumber"));
    assertEquals(
        "IN_PROGRESS",
        next.object().getJsonArray("objectives").getJsonObject(0).getString("status"),
        "a session starts from where the last one left the objectives");
  }

  /** The options the patient's page gives the Jitsi IFrame API (null when it opens no room). */
  private static JsonObject jitsiOptions(String page) {
    Matcher options = Pattern.compile("irtVideo\\.open\\((\\{.*?\\}), 'jitsi'").matcher(page);
    return options.find()
        ? Json.createReader(new StringReader(options.group(1))).readObject()
        : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> user(JwtClaims claims) {
    return (Map<String, Object>)
        ((Map<String, Object>) claims.getClaimValue("context")).get("user");
  }

  @Test
  void theLeadJoinsAsModeratorAndThePatientThroughAPersonalExpiringLink() throws Exception {
    long patient = activePatient("[\"TELEVISIT\"]");
    long encounter = televisitStartingIn(patient, 5);
    long other = bookedTelevisit(patient);

    Answer join = CARDIOLOGIST.post("/api/encounters/" + encounter + "/join", "{}");
    assertEquals(200, join.status(), join.body());
    JwtClaims claims = verifiedJitsiToken(join.object());
    String room = join.object().getString("room");
    assertTrue(room.startsWith("irt-") && room.length() >= 26, room);
    assertEquals(room, claims.getClaimValue("room"));
    assertEquals(true, claims.getClaimValue("moderator"));
    assertEquals("owner", user(claims).get("affiliation"), "the lead owns the room");
    assertTrue(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue() <= 600);
    assertEquals(403, MMG.post("/api/encounters/" + encounter + "/join", "{}").status());

    Answer link =
        CARDIOLOGIST.post(
            "/api/encounters/" + encounter + "/patient-links",
            "{\"validUntil\": \"%s\"}".formatted(Instant.now().plusSeconds(4)));
    assertEquals(201, link.status(), link.body());
    String path = link.object().getString("path");
    String token = path.substring(path.indexOf("&t=") + 3);
    Answer page = anonymous().get("/visit/join.xhtml?e=" + encounter + "&t=" + token);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("external_api.js"), "the page embeds the Jitsi IFrame API");
    assertTrue(page.body().contains(room), "the patient's page opens the encounter's room");
    JsonObject options = jitsiOptions(page.body());
    JwtClaims patientClaims =
        verifiedJitsiToken(
            Json.createObjectBuilder()
                .add("domain", options.getString("domain"))
                .add("token", options.getString("jwt"))
                .build());
    assertTrue(
        patientClaims.getExpirationTime().getValue()
            <= Instant.parse(link.object().getString("expiresAt")).getEpochSecond(),
        "the video token does not outlive the link");
    assertEquals("member", user(patientClaims).get("affiliation"));
    assertEquals(false, patientClaims.getClaimValue("moderator"));
    assertEquals("L. C.", user(patientClaims).get("name"), "initials, not the patient's name");
    assertEquals("L. C.", options.getString("displayName"));
    assertFalse(options.toString().contains("Colombo"), options.toString());
    assertFalse(
        new String(
                Base64.getUrlDecoder().decode(options.getString("jwt").split("\\.")[1]),
                StandardCharsets.UTF_8)
            .contains("Colombo"),
        "nothing in the token names the patient");

    Answer otherEncounter = anonymous().get("/visit/join.xhtml?e=" + other + "&t=" + token);
    assertEquals(410, otherEncounter.status(), "a link opens its own encounter only");
    assertFalse(otherEncounter.body().contains("external_api.js"));
    Answer forged = anonymous().get("/visit/join.xhtml?e=" + encounter + "&t=" + token + "x");
    assertEquals(410, forged.status());

    Answer expired = afterExpiry(link, "/visit/join.xhtml?e=" + encounter + "&t=" + token);
    assertEquals(410, expired.status(), "an expired link is refused");
    assertFalse(expired.body().contains(room));

    Answer left = CARDIOLOGIST.post("/api/encounters/" + encounter + "/leave", "{}");
    assertEquals(200, left.status(), left.body());
    List<JsonObject> time =
        CARDIOLOGIST.get("/api/records/" + patient + "/time").array().getValuesAs(JsonObject.class);
    assertTrue(
        time.stream()
            .anyMatch(
                t ->
                    t.getString("username").equals("niguarda.cardiologo")
                        && t.getString("activity").equals("TELEVISIT")
                        && t.getJsonNumber("minutes").longValue() >= 1),
        time.toString());
    List<JsonObject> attendance =
        CARDIOLOGIST
            .get("/api/encounters/" + encounter + "/attendance")
            .array()
            .getValuesAs(JsonObject.class);
    assertTrue(attendance.stream().anyMatch(a -> a.getString("attendee").startsWith("link:")));
  }

  @Test
  void aBookedEncountersLinkOpensTheRoomOnlyShortlyBeforeTheSlotAndSaysWhen() {
    long patient = activePatient("[\"TELEVISIT\"]");
    long later = bookedTelevisit(patient);
    Answer early = anonymous().get("/" + patientLink(CARDIOLOGIST, later));
    assertEquals(200, early.status(), "the page itself opens");
    assertTrue(early.body().contains("Luigia Colombo"), "the patient is greeted");
    assertFalse(early.body().contains("external_api.js"), "no room yet");
    assertNull(jitsiOptions(early.body()), "and no token");
    Instant opens =
        Instant.parse(
                CARDIOLOGIST.get("/api/encounters/" + later).object().getString("scheduledAt"))
            .minus(Duration.ofMinutes(15));
    String when =
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(opens.atZone(ZoneId.of("Europe/Rome")));
    assertTrue(
        early.body().contains("visit-room-opens") && early.body().contains(when),
        "the page says when the room opens (" + when + ")");
    assertTrue(
        CARDIOLOGIST
            .get("/api/encounters/" + later + "/attendance")
            .array()
            .getValuesAs(JsonObject.class)
            .isEmpty(),
        "nobody entered the room");

    long soon = televisitStartingIn(patient, 10);
    Answer inTime = anonymous().get("/" + patientLink(CARDIOLOGIST, soon));
    assertEquals(200, inTime.status());
    assertNotNull(jitsiOptions(inTime.body()), "15 minutes before the slot the room opens");
    assertFalse(inTime.body().contains("visit-room-opens"));
  }

  @Test
  void onlyTheLeadRevokesALinkAndOwnsTheRoom() throws Exception {
    long patient = activePatient("[\"TELECONSULT\"]");
    Answer opened =
        MMG.post(
            "/api/encounters",
            """
            {"patientId": %d, "service": "TELECONSULT", "synchronous": true,
             "patientPresent": true, "question": "Rivalutazione congiunta della terapia",
             "consulted": ["niguarda.cardiologo"]}"""
                .formatted(patient));
    assertEquals(201, opened.status(), opened.body());
    long encounter = opened.object().getJsonNumber("id").longValue();
    String path = patientLink(MMG, encounter);
    long linkId =
        MMG.get("/api/encounters/" + encounter + "/patient-links")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String revocation = "/api/encounters/" + encounter + "/patient-links/" + linkId + "/revocation";
    assertEquals(403, CARDIOLOGIST.post(revocation, "{}").status(), "a consulted colleague");
    assertEquals(200, anonymous().get("/" + path).status(), "the link still opens");
    Answer revoked = MMG.post(revocation, "{}");
    assertEquals(200, revoked.status(), revoked.body());
    assertTrue(revoked.object().getBoolean("revoked"));
    assertEquals(410, anonymous().get("/" + path).status());

    JwtClaims lead =
        verifiedJitsiToken(MMG.post("/api/encounters/" + encounter + "/join", "{}").object());
    JwtClaims consulted =
        verifiedJitsiToken(
            CARDIOLOGIST.post("/api/encounters/" + encounter + "/join", "{}").object());
    assertEquals("owner", user(lead).get("affiliation"));
    assertEquals(true, lead.getClaimValue("moderator"));
    assertEquals("member", user(consulted).get("affiliation"));
    assertEquals(false, consulted.getClaimValue("moderator"));
  }

  /**
   * The page a link opens, asked again from the link's expiry until it answers 410 (10 s at most).
   */
  private static Answer afterExpiry(Answer link, String page) throws InterruptedException {
    Instant expiry = Instant.parse(link.object().getString("expiresAt"));
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()));
    Instant deadline = Instant.now().plusSeconds(10);
    Answer answer = anonymous().get(page);
    while (answer.status() != 410 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      answer = anonymous().get(page);
    }
    return answer;
  }

  @Test
  void theLeadsSimultaneousJoinsAndLinksAllSucceedOneAfterTheOther() throws Exception {
    long patient = activePatient("[\"TELEVISIT\"]");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        long encounter = televisitStartingIn(patient, 5 + 30 * round);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Answer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          String path = "/api/encounters/" + encounter + (i % 2 == 0 ? "/join" : "/patient-links");
          calls.add(
              pool.submit(
                  () -> {
                    start.await();
                    return CARDIOLOGIST.post(path, "{}");
                  }));
        }
        start.countDown();
        for (var call : calls) {
          Answer answer = call.get();
          assertTrue(answer.status() == 200 || answer.status() == 201, answer.body());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A personal link the lead makes for the patient: its path (with the token). */
  private static String patientLink(IrtClient lead, long encounter) {
    Answer link = lead.post("/api/encounters/" + encounter + "/patient-links", "{}");
    assertEquals(201, link.status(), link.body());
    return link.object().getString("path");
  }

  @Test
  void aPrescribedTelevisitOnceHeldIsReportedDeliveredToTheEPrescriptionSystemOnce()
      throws Exception {
    // The gateway refuses each report's first post: the retry must carry the same event.
    List<String> keys = new CopyOnWriteArrayList<>();
    List<JsonObject> reports = new CopyOnWriteArrayList<>();
    HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", NRE_PORT), 0);
    gateway.createContext(
        "/nre/erogato",
        exchange -> {
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          reports.add(Json.createReader(exchange.getRequestBody()).readObject());
          exchange.sendResponseHeaders(keys.contains(key) ? 200 : 503, -1);
          keys.add(key);
          exchange.close();
        });
    gateway.start();
    try {
      String username =
          "niguarda.phys" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
      IrtClient specialist = newPhysician(username, "SPECIALIST");
      long patient = activePatient("[\"TELEVISIT\"]");
      Answer booked =
          book(
              televisitSlot(specialist),
              "{\"patientId\": %d, \"diagnosisId\": %d, \"nre\": \"030A0A123456789\"}"
                  .formatted(patient, diagnosis(patient)));
      assertEquals(201, booked.status(), booked.body());
      long encounter = booked.object().getJsonNumber("id").longValue();
      String delivery = "/api/encounters/" + encounter + "/prescription-delivery";
      assertEquals(404, specialist.get(delivery).status(), "nothing to report before it is held");

      long document =
          specialist
              .post("/api/encounters/" + encounter + "/outcome", "{}")
              .object()
              .getJsonNumber("id")
              .longValue();
      specialist.put(
          "/api/encounters/outcomes/" + document,
          """
          {"fields": {"FINDINGS": "Nessun edema", "CONCLUSIONS": "Compenso stabile",
                      "THERAPY": "Invariata"}}""");
      assertEquals(
          200,
          specialist.post("/api/encounters/outcomes/" + document + "/sign-off", "{}").status());
      Answer done = specialist.post("/api/encounters/" + encounter + "/completion", "{}");
      assertEquals(200, done.status(), done.body());

      JsonObject report = null;
      for (int i = 0; i < 40 && report == null; i++) {
        // the requesting GP's care lasts; the specialist's ends with the encounter
        Answer now = MMG.get(delivery);
        assertEquals(200, now.status(), "written with the completion: " + now.body());
        report = now.object().getString("status").equals("DELIVERED") ? now.object() : null;
        Thread.sleep(500);
      }
      assertNotNull(report, "delivered within 20 s");
      assertEquals("030A0A123456789", report.getString("nre"));
      assertEquals(2, report.getInt("attempts"), report.toString());
      Thread.sleep(2500);
      List<JsonObject> ours =
          reports.stream()
              .filter(r -> r.getString("nre").equals("030A0A123456789"))
              .filter(r -> r.getString("riferimento").endsWith("/encounter/" + encounter))
              .toList();
      assertEquals(2, ours.size(), "refused once, accepted once, then never again: " + ours);
      assertEquals(ours.get(0), ours.get(1), "the retry is the same report");
      JsonObject sent = ours.get(0);
      assertEquals(
          MMG.get("/api/patients/" + patient).object().getString("codiceFiscale"),
          sent.getString("cfAssistito"));
      assertEquals("TELEVISITA", sent.getString("prestazione"));
      assertEquals("EROGAZIONE_TOTALE", sent.getString("tipoOperazione"));
      assertEquals("VIDEO", sent.getString("modalita"));
      assertEquals("ASST-NIGUARDA", sent.getString("erogatore"));
      assertEquals("Medico " + username, sent.getString("medicoErogatore"));
      assertEquals(404, demo("bergamo.mmg").get(delivery).status(), "another ASST does not");
    } finally {
      gateway.stop(0);
    }
  }

  @Test
  void aSignedRefertoVerifiesAndReachesTheFseOnceAfterARetry() throws Exception {
    // Per bundle (other tests' submissions may still be retried): the first call fails.
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer fse = HttpServer.create(new InetSocketAddress("127.0.0.1", FSE_PORT), 0);
    fse.createContext(
        "/fse/Bundle",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String bundle = exchange.getRequestHeaders().getFirst("If-None-Exist");
          int status = received.contains(bundle) ? 201 : 503;
          received.add(bundle);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
          if (body.length == 0) {
            throw new IOException("empty bundle");
          }
        });
    fse.start();
    try {
      long patient = activePatient("[\"TELEVISIT\"]");
      long encounter = bookedTelevisit(patient);
      Answer draft = CARDIOLOGIST.post("/api/encounters/" + encounter + "/outcome", "{}");
      assertEquals(200, draft.status(), draft.body());
      assertEquals("REFERTO", draft.object().getString("kind"));
      long document = draft.object().getJsonNumber("id").longValue();
      assertEquals(
          409,
          CARDIOLOGIST.post("/api/encounters/outcomes/" + document + "/sign-off", "{}").status(),
          "the required sections come first");
      Answer written =
          CARDIOLOGIST.put(
              "/api/encounters/outcomes/" + document,
              """
              {"fields": {"FINDINGS": "Edemi declivi lievi, eupnoico a riposo",
                          "CONCLUSIONS": "Scompenso compensato", "THERAPY": "Invariata"}}""");
      assertEquals(200, written.status(), written.body());
      assertEquals(
          403,
          MMG.post("/api/encounters/outcomes/" + document + "/sign-off", "{}").status(),
          "only who takes part signs");
      Answer signed = CARDIOLOGIST.post("/api/encounters/outcomes/" + document + "/sign-off", "{}");
      assertEquals(200, signed.status(), signed.body());
      assertEquals("FINAL", signed.object().getString("status"));
      assertTrue(signed.object().getBoolean("signed"));

      byte[] pdf = CARDIOLOGIST.download("/api/encounters/outcomes/" + document + "/pdf");
      assertSignatureVerifies(pdf, "IRT demo signer");
      try (PDDocument signedPdf = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(signedPdf).replaceAll("\\s+", " ");
        assertTrue(
            text.contains("firmato da Marco Rossi (cardiologo), medico specialista"),
            "the signer by name and qualification: " + text);
        assertFalse(text.contains("niguarda.cardiologo"), "never a username: " + text);
      }

      JsonObject submission = awaitDelivery(document);
      assertEquals(2, submission.getInt("attempts"), submission.toString());
      Thread.sleep(3000);
      assertEquals(
          2,
          received.stream().filter(b -> b.contains(submission.getString("bundleId"))).count(),
          "sent twice, the retry being the same bundle, and no more once the FSE accepted it");

      Answer done = CARDIOLOGIST.post("/api/encounters/" + encounter + "/completion", "{}");
      assertEquals(200, done.status(), done.body());
      assertEquals("COMPLETED", done.object().getString("state"));
      List<JsonObject> documents =
          MMG.get("/api/records/" + patient + "/documents").array().getValuesAs(JsonObject.class);
      assertTrue(
          documents.stream()
              .anyMatch(d -> d.getString("title").startsWith("Referto di televisita")),
          "the referto is listed in the record's documents");
    } finally {
      fse.stop(0);
    }
  }

  @Test
  void anUndeliveredRefertoIsShownToItsAdministratorOnlyAndRetriedNow() throws Exception {
    // No FSE receiver listens in this test: every attempt fails and the pause doubles (1, 2, 4, 8,
    // 16 s…), so after the fifth failure the next attempt is 16 s away unless retried now.
    long document = CarePathways.signedReferto();
    IrtClient admin = demo("niguarda.admin");
    JsonObject failure = awaitFailure(admin, document, 5, 40);
    assertEquals("REFERTO", failure.getString("about"), "the document's kind, not its content");
    assertFalse(failure.toString().contains("Stabile"), failure.toString());
    assertFalse(failure.getBoolean("givenUp"), "the FSE outbox never gives up");
    long id = failure.getJsonNumber("id").longValue();
    String retry = "/api/outbox/failures/FSE/" + id + "/retry";

    IrtClient bergamo = demo("bergamo.admin");
    assertTrue(
        bergamo.get("/api/outbox/failures").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(
                f -> f.getString("kind").equals("FSE") && f.getJsonNumber("id").longValue() == id),
        "another ASST's administrator does not see it");
    assertEquals(404, bergamo.post(retry, "{}").status(), "nor retries it");
    assertEquals(403, MMG.post(retry, "{}").status(), "a clinician does not retry deliveries");

    int before = failure.getInt("attempts");
    assertEquals(204, admin.post(retry, "{}").status());
    JsonObject after = awaitFailure(admin, document, before + 1, 6);
    assertEquals(id, after.getJsonNumber("id").longValue(), "tried again at once, not in 16 s");

    // The FSE mended: one more retry delivers it, well before its next pause (32 s) is over.
    HttpServer fse = HttpServer.create(new InetSocketAddress("127.0.0.1", FSE_PORT), 0);
    fse.createContext(
        "/fse/Bundle",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(201, -1);
          exchange.close();
        });
    fse.start();
    try {
      assertEquals(204, admin.post(retry, "{}").status());
      assertEquals(before + 2, awaitDelivery(document).getInt("attempts"));
      assertTrue(
          admin.get("/api/outbox/failures").array().getValuesAs(JsonObject.class).stream()
              .noneMatch(
                  f ->
                      f.getJsonNumber("id").longValue() == id && f.getString("kind").equals("FSE")),
          "a delivered entry leaves the list");
    } finally {
      fse.stop(0);
    }
  }

  /**
   * The administrator's failure entry of the document's FSE submission once it has failed {@code
   * attempts} times ({@code seconds} at most).
   */
  private static JsonObject awaitFailure(IrtClient admin, long document, int attempts, int seconds)
      throws InterruptedException {
    for (int i = 0; i < seconds * 4; i++) {
      List<JsonObject> outbox =
          admin.get("/api/fse/outbox?document=" + document).array().getValuesAs(JsonObject.class);
      if (!outbox.isEmpty()) {
        long submission = outbox.get(0).getJsonNumber("id").longValue();
        var failure =
            admin.get("/api/outbox/failures").array().getValuesAs(JsonObject.class).stream()
                .filter(
                    f ->
                        f.getString("kind").equals("FSE")
                            && f.getJsonNumber("id").longValue() == submission
                            && f.getInt("attempts") >= attempts)
                .findFirst();
        if (failure.isPresent()) {
          return failure.get();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no FSE failure with " + attempts + " attempts in " + seconds + " s");
  }

  private static JsonObject awaitDelivery(long document) throws InterruptedException {
    IrtClient admin = demo("niguarda.admin");
    for (int i = 0; i < 60; i++) {
      List<JsonObject> outbox =
          admin.get("/api/fse/outbox?document=" + document).array().getValuesAs(JsonObject.class);
      if (!outbox.isEmpty() && outbox.get(0).getString("status").equals("DELIVERED")) {
        return outbox.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the referto was not delivered to the FSE in 30 s");
  }

  /** Verifies the PDF's one signature with PDFBox and BouncyCastle, independently of IRT. */
  private static void assertSignatureVerifies(byte[] pdf, String signer) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertEquals(1, signatures.size());
      PDSignature signature = signatures.get(0);
      assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
      int[] range = signature.getByteRange();
      assertEquals(pdf.length, range[2] + range[3], "the signature covers the whole file");
      byte[] signedContent = signature.getSignedContent(pdf);
      byte[] contents = signature.getContents(pdf);
      // the signature is zero-padded: read only its first DER object
      byte[] cms;
      try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(contents))) {
        cms = in.readObject().getEncoded();
      }
      CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), cms);
      SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder holder =
          (X509CertificateHolder)
              data.getCertificates().getMatches(info.getSID()).iterator().next();
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
      assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));
      assertTrue(certificate.getSubjectX500Principal().getName().contains(signer));
      assertTrue(
          info.getSignedAttributes()
                  .get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2)
              != null,
          "PAdES: the signing certificate is bound to the signature");
    }
  }

  @Test
  void aTeleconsultancyIsNeverOpenedOutsideAnAgenda() {
    long patient = activePatient("[\"HEALTH_TELECONSULTANCY\"]");
    Answer opened =
        MMG.post(
            "/api/encounters",
            """
            {"patientId": %d, "service": "HEALTH_TELECONSULTANCY", "patientPresent": false,
             "question": "Piano di mobilizzazione dopo la dimissione?",
             "consulted": ["niguarda.infermiere"]}"""
                .formatted(patient));
    assertEquals(409, opened.status(), opened.body());
    assertTrue(opened.body().contains("always scheduled"), opened.body());
    assertEquals("[]", MMG.get("/api/encounters?patient=" + patient).body());

    long slot =
        CarePathways.teleconsultancySlot(
            CARDIOLOGIST, java.time.LocalDate.now().plusDays(40).atTime(15, 0));
    Answer booked =
        book(
            slot,
            """
            {"patientId": %d, "question": "Piano di mobilizzazione dopo la dimissione?",
             "consulted": ["niguarda.infermiere"]}"""
                .formatted(patient));
    assertEquals(201, booked.status(), booked.body());
    assertEquals("HEALTH_TELECONSULTANCY", booked.object().getString("service"));
  }

  @Test
  void anAsynchronousTeleconsultCollectsAnswersAndEndsWithAReportSignedOffByTheConsulted()
      throws Exception {
    try (FseReceiver fse = new FseReceiver()) {
      teleconsultEndingWithAReport(fse.bundles());
    }
  }

  private static void teleconsultEndingWithAReport(List<String> bundles) throws Exception {
    long patient = activePatient("[\"TELECONSULT\"]");
    Answer opened =
        MMG.post(
            "/api/encounters",
            """
            {"patientId": %d, "service": "TELECONSULT", "synchronous": false,
             "patientPresent": false,
             "question": "Aumento del diuretico con creatinina in salita: come procedere?",
             "consulted": ["niguarda.cardiologo"]}"""
                .formatted(patient));
    assertEquals(201, opened.status(), opened.body());
    long encounter = opened.object().getJsonNumber("id").longValue();
    assertEquals(
        409, MMG.post("/api/encounters/" + encounter + "/join", "{}").status(), "no video");

    long ecg =
        MMG.upload(
                "/api/records/" + patient + "/documents?title=ECG",
                "application/pdf",
                "%PDF-1.4 ecg".getBytes(StandardCharsets.US_ASCII))
            .object()
            .getJsonNumber("id")
            .longValue();
    Answer question =
        MMG.post(
            "/api/encounters/" + encounter + "/messages",
            "{\"body\": \"Allego l'ECG di ieri\", \"documentIds\": [%d]}".formatted(ecg));
    assertEquals(201, question.status(), question.body());
    assertEquals("QUESTION", question.object().getString("kind"));

    assertTrue(
        CARDIOLOGIST.get("/api/encounters/mine").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getJsonNumber("id").longValue() == encounter),
        "the consult is in the consulted physician's inbox");
    Answer answer =
        CARDIOLOGIST.post(
            "/api/encounters/" + encounter + "/messages",
            "{\"body\": \"Ridurre la furosemide a 25 mg e ricontrollare tra 7 giorni\"}");
    assertEquals("ANSWER", answer.object().getString("kind"));

    Answer report = CARDIOLOGIST.post("/api/encounters/" + encounter + "/outcome", "{}");
    assertEquals("COLLABORATIVE_REPORT", report.object().getString("kind"));
    long document = report.object().getJsonNumber("id").longValue();
    CARDIOLOGIST.put(
        "/api/encounters/outcomes/" + document,
        Json.createObjectBuilder()
            .add(
                "fields",
                Json.createObjectBuilder()
                    .add("QUESTION", "Diuretico e creatinina")
                    .add("CONCLUSIONS", "Ridurre la furosemide, controllo a 7 giorni"))
            .build()
            .toString());
    assertEquals(
        409,
        MMG.post("/api/encounters/outcomes/" + document + "/sign-off", "{}").status(),
        "the consulted physicians sign the report off");
    Answer signedOff =
        CARDIOLOGIST.post("/api/encounters/outcomes/" + document + "/sign-off", "{}");
    assertEquals("FINAL", signedOff.object().getString("status"), signedOff.body());
    assertTrue(signedOff.object().getBoolean("signed"), "signed, like every final document");
    assertEquals(200, MMG.post("/api/encounters/" + encounter + "/completion", "{}").status());

    // The relazione collaborativa reaches the FSE as a teleconsult document (LOINC 85208-7).
    String bundleId = awaitDelivery(document).getString("bundleId");
    String bundle = bundles.stream().filter(b -> b.contains(bundleId)).findFirst().orElseThrow();
    assertTrue(bundle.contains("\"85208-7\""), bundle);
    assertTrue(bundle.contains("Relazione collaborativa"), bundle);
  }

  @Test
  void aTeleAssistanceSendsTutorialsAndTheNetworksQuestionnairesToThePatientsPage() {
    long patient = activePatient("[\"TELEASSISTANCE\"]");
    Answer opened =
        MMG.post(
            "/api/encounters",
            "{\"patientId\": %d, \"service\": \"TELEASSISTANCE\"}".formatted(patient));
    assertEquals(201, opened.status(), opened.body());
    long encounter = opened.object().getJsonNumber("id").longValue();
    assertTrue(
        MMG
            .get("/api/encounters/questionnaires?patient=" + patient)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(q -> q.getString("id").equals("hf-daily-symptom-checklist")),
        "the cardiology plug-in's questionnaires are offered");
    assertEquals(
        403,
        demo("niguarda.infermiere")
            .get("/api/encounters/questionnaires?patient=" + patient)
            .status());

    String tutorials = "/api/encounters/" + encounter + "/tutorials";
    assertEquals(
        400,
        MMG.post(tutorials, "{\"title\": \"Bilancia\", \"address\": \"http://example.org\"}")
            .status(),
        "tutorials are served over https");
    assertEquals(
        201,
        MMG.post(
                tutorials,
                "{\"title\": \"Come pesarsi\", \"address\": \"https://www.example.org/bilancia\"}")
            .status());
    String questionnaires = "/api/encounters/" + encounter + "/questionnaires";
    assertEquals(400, MMG.post(questionnaires, "{\"questionnaireId\": \"unknown\"}").status());
    assertEquals(
        201,
        MMG.post(questionnaires, "{\"questionnaireId\": \"hf-daily-symptom-checklist\"}").status());

    Answer page = anonymous().get("/" + patientLink(MMG, encounter));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("https://www.example.org/bilancia"), page.body());
    assertTrue(page.body().contains("Checklist quotidiana dei sintomi di scompenso"), page.body());
  }

  @Test
  void anotherAsstAndProfessionalsOutsideTheCareCannotReachAnEncounter() {
    long patient = activePatient("[\"TELEVISIT\"]");
    long encounter = bookedTelevisit(patient);
    IrtClient bergamo = demo("bergamo.cardiologo");
    assertEquals(404, bergamo.get("/api/encounters/" + encounter).status());
    assertEquals(404, bergamo.post("/api/encounters/" + encounter + "/join", "{}").status());
    assertEquals(404, bergamo.get("/api/encounters?patient=" + patient).status());
    IrtClient nurse = demo("niguarda.infermiere");
    assertEquals(403, nurse.get("/api/encounters/" + encounter).status());
    assertEquals(403, nurse.get("/api/encounters/" + encounter + "/messages").status());
    assertEquals(403, nurse.post("/api/encounters/" + encounter + "/outcome", "{}").status());
    assertEquals(
        403,
        nurse
            .post("/api/encounters/" + encounter + "/cancellation", "{\"reason\": \"prova\"}")
            .status());
    assertEquals(404, bergamo.post("/api/patients/" + patient + "/diagnoses", "{}").status());
    assertEquals(403, nurse.get("/api/patients/" + registerPatient() + "/diagnoses").status());
  }

  @Test
  void onlyTheLeadRecordsAFailedVideoAsHeldByPhoneWithAReasonAndNeverOnceTheEncounterIsOver() {
    long patient = activePatient("[\"TELEVISIT\"]");
    long encounter = bookedTelevisit(patient);
    String byPhone = "/api/encounters/" + encounter + "/by-phone";
    String reason = "{\"reason\": \"Jitsi non raggiungibile, paziente richiamato al fisso\"}";
    assertEquals(403, MMG.post(byPhone, reason).status(), "the GP in the care does not lead it");
    assertEquals(404, demo("bergamo.cardiologo").post(byPhone, reason).status());
    Answer blank = CARDIOLOGIST.post(byPhone, "{\"reason\": \" \"}");
    assertEquals(400, blank.status(), "the reason is mandatory: " + blank.body());

    Answer held = CARDIOLOGIST.post(byPhone, reason);
    assertEquals(200, held.status(), held.body());
    assertEquals(
        "Jitsi non raggiungibile, paziente richiamato al fisso",
        held.object().getString("phoneReason"));
    assertEquals("IN_PROGRESS", held.object().getString("state"));
    assertNotNull(held.object().getString("heldByPhoneAt"));
    assertEquals(409, CARDIOLOGIST.post(byPhone, reason).status(), "already by phone");

    Answer cancelled =
        CARDIOLOGIST.post(
            "/api/encounters/" + encounter + "/cancellation", "{\"reason\": \"prova\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals(409, CARDIOLOGIST.post(byPhone, reason).status(), "the encounter is over");
  }
}
