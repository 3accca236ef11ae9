package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.CarePathways.registerPatient;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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
 * Agendas over REST: slots opened by their owner and to other roles, booking only for patients with
 * the service active, no double booking under concurrent requests, cancellation and rescheduling,
 * isolation between ASSTs.
 */
@ExtendWith(ArquillianExtension.class)
class AgendasApiIT {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final IrtClient MMG = demo("niguarda.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /** A teleconsult agenda of the cardiologist, open to physicians, with {@code count} slots. */
  private static List<Long> cardiologySlots(int count) {
    Answer agenda =
        CARDIOLOGIST.post(
            "/api/agendas",
            """
            {"service": "TELEVISIT", "title": "Televisite scompenso", "openToRoles": ["PHYSICIAN"]}""");
    assertEquals(201, agenda.status(), agenda.body());
    long id = agenda.object().getJsonNumber("id").longValue();
    // a random future day, so that repeated runs on one database never overlap
    LocalDateTime start =
        LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(3000)).atTime(9, 0);
    Answer slots =
        CARDIOLOGIST.post(
            "/api/agendas/" + id + "/slots",
            """
            {"start": "%s", "count": %d, "minutes": 20, "modality": "VIDEO"}"""
                .formatted(start, count));
    assertEquals(201, slots.status(), slots.body());
    return slots.array().getValuesAs(JsonObject.class).stream()
        .map(s -> s.getJsonNumber("id").longValue())
        .toList();
  }

  private static Answer book(IrtClient who, long slot, long patient) {
    return who.post("/api/agendas/slots/" + slot + "/booking", "{\"patientId\": " + patient + "}");
  }

  @Test
  void concurrentBookingsOfOneSlotLetExactlyOneWin() throws Exception {
    long slot = cardiologySlots(1).get(0);
    List<Long> patients = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      patients.add(activePatient("[\"TELEVISIT\"]"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(patients.size());
    try {
      List<Callable<Integer>> attempts =
          patients.stream().<Callable<Integer>>map(p -> () -> book(MMG, slot, p).status()).toList();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(attempts)) {
        statuses.add(f.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertEquals(
          patients.size() - 1,
          statuses.stream().filter(s -> s == 409).count(),
          statuses.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bookingNeedsTheServiceActiveWithValidConsent() {
    long slot = cardiologySlots(1).get(0);
    long notEnrolled = registerPatient();
    Answer refused = book(MMG, slot, notEnrolled);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("no active pathway"), refused.body());

    long monitoredOnly = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    assertEquals(409, book(MMG, slot, monitoredOnly).status());
  }

  @Test
  void anOperatorBooksOnBehalfThenReschedulesAndCancelsWithAReason() {
    List<Long> slots = cardiologySlots(3);
    long patient = activePatient("[\"TELEVISIT\"]");
    Answer booked = book(demo("niguarda.cot"), slots.get(0), patient);
    assertEquals(200, booked.status(), booked.body());
    assertEquals("niguarda.cot", booked.object().getString("bookedBy"));

    Answer moved =
        MMG.post(
            "/api/agendas/slots/" + slots.get(0) + "/rescheduling",
            "{\"newSlotId\": "
                + slots.get(2)
                + ", \"reason\": \"il caregiver lavora al mattino\"}");
    assertEquals(200, moved.status(), moved.body());
    List<JsonObject> bookings =
        MMG.get("/api/agendas/bookings?patient=" + patient).array().getValuesAs(JsonObject.class);
    assertEquals(1, bookings.size());
    assertEquals(slots.get(2).longValue(), bookings.get(0).getJsonNumber("id").longValue());

    assertEquals(
        409,
        MMG.post("/api/agendas/slots/" + slots.get(2) + "/cancellation", "{\"reason\": \"\"}")
            .status(),
        "a cancellation states its reason");
    Answer cancelled =
        MMG.post(
            "/api/agendas/slots/" + slots.get(2) + "/cancellation",
            "{\"reason\": \"ricovero programmato\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("FREE", cancelled.object().getString("status"));
    assertEquals("[]", MMG.get("/api/agendas/bookings?patient=" + patient).body());
    List<String> entries =
        MMG
            .get("/api/records/" + patient + "?type=ENCOUNTER")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("summary"))
            .toList();
    assertTrue(
        entries.stream().anyMatch(e -> e.startsWith("Annullata televisita")), entries.toString());
  }

  @Test
  void onlyTheOwnerOpensSlotsAndClosedAgendasStayClosed() {
    Answer closed =
        CARDIOLOGIST.post(
            "/api/agendas", "{\"service\": \"TELECONSULT\", \"title\": \"Riservata\"}");
    long agenda = closed.object().getJsonNumber("id").longValue();
    String slots =
        "{\"start\": \"%s\", \"count\": 2, \"minutes\": 30}"
            .formatted(LocalDate.now().plusDays(40).atTime(15, 0));
    assertEquals(403, MMG.post("/api/agendas/" + agenda + "/slots", slots).status());
    assertEquals(201, CARDIOLOGIST.post("/api/agendas/" + agenda + "/slots", slots).status());
    assertEquals(
        409, CARDIOLOGIST.post("/api/agendas/" + agenda + "/slots", slots).status(), "overlap");
    String period = "?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusDays(60);
    assertEquals(403, MMG.get("/api/agendas/" + agenda + "/slots" + period).status());
    assertEquals(
        200, demo("niguarda.cot").get("/api/agendas/" + agenda + "/slots" + period).status());
    assertTrue(
        MMG.get("/api/agendas").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(a -> a.getJsonNumber("id").longValue() == agenda));
    assertEquals(
        400,
        CARDIOLOGIST
            .post("/api/agendas", "{\"service\": \"TELEMONITORING_LEVEL_1\", \"title\": \"x\"}")
            .status());
  }

  @Test
  void anotherAsstCannotSeeOrBookTheSlots() {
    long slot = cardiologySlots(1).get(0);
    IrtClient bergamo = demo("bergamo.cot");
    long bergamoPatient = registerPatient(); // a Niguarda patient: Bergamo cannot even name it
    assertEquals(404, book(bergamo, slot, bergamoPatient).status());
    assertEquals(
        404,
        bergamo
            .post("/api/agendas/slots/" + slot + "/cancellation", "{\"reason\": \"prova\"}")
            .status());
    assertTrue(
        bergamo.get("/api/agendas").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(a -> a.getString("ownerUsername").startsWith("niguarda.")));
  }

  @Test
  void theOwnerJoinsTheVideoRoomOfABookedSlotAsModerator() throws Exception {
    List<Long> slots = cardiologySlots(2);
    long patient = activePatient("[\"TELEVISIT\"]");
    assertEquals(200, book(MMG, slots.get(0), patient).status());

    Answer join = CARDIOLOGIST.post("/api/agendas/slots/" + slots.get(0) + "/video", "{}");
    assertEquals(200, join.status(), join.body());
    String room = join.object().getString("room");
    assertTrue(room.startsWith("irt-") && room.length() >= 26, room);
    // the embedded default signs with the documented demo secret (README, Configuration)
    JwtClaims claims =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
            .setVerificationKey(
                new HmacKey(
                    "irt-demo-jitsi-secret-not-for-production-use"
                        .getBytes(StandardCharsets.UTF_8)))
            .setExpectedIssuer("irt")
            .setExpectedAudience("jitsi")
            .setExpectedSubject(join.object().getString("domain"))
            .setRequireExpirationTime()
            .build()
            .processToClaims(join.object().getString("token"));
    assertEquals(room, claims.getClaimValue("room"));
    assertEquals(true, claims.getClaimValue("moderator"));
    assertTrue(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue() <= 600);

    assertEquals(403, MMG.post("/api/agendas/slots/" + slots.get(0) + "/video", "{}").status());
    assertEquals(
        404,
        demo("bergamo.cardiologo")
            .post("/api/agendas/slots/" + slots.get(0) + "/video", "{}")
            .status());
    assertEquals(
        409, CARDIOLOGIST.post("/api/agendas/slots/" + slots.get(1) + "/video", "{}").status());
  }
}
