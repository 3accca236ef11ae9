package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.CarePathways.diagnosis;
import static it.lombardia.irt.testing.CarePathways.newPhysician;
import static it.lombardia.irt.testing.CarePathways.registerPatient;
import static it.lombardia.irt.testing.CarePathways.televisitAgenda;
import static it.lombardia.irt.testing.CarePathways.televisitSlots;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways.AgendaSlots;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agendas over REST: slots opened by their owner and to other roles, booking only for patients with
 * the service active, no double booking under concurrent requests, cancellation and rescheduling of
 * the booked encounter, isolation between ASSTs.
 */
@ExtendWith(ArquillianExtension.class)
class AgendasApiIT {

  private static final IrtClient CARDIOLOGIST = demo("niguarda.cardiologo");
  private static final IrtClient MMG = demo("niguarda.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static List<Long> cardiologySlots(int count) {
    return televisitSlots(CARDIOLOGIST, count);
  }

  /** Books a televisit, following up an in-person diagnosis recorded on the patient. */
  private static Answer book(IrtClient who, long slot, long patient) {
    return book(who, slot, patient, diagnosis(patient));
  }

  private static Answer book(IrtClient who, long slot, long patient, long diagnosis) {
    return who.post(
        "/api/agendas/slots/" + slot + "/booking",
        "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis));
  }

  @Test
  void concurrentBookingsOfOneSlotLetExactlyOneWin() throws Exception {
    long slot = cardiologySlots(1).get(0);
    List<long[]> patients = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long patient = activePatient("[\"TELEVISIT\"]");
      patients.add(new long[] {patient, diagnosis(patient)});
    }
    ExecutorService pool = Executors.newFixedThreadPool(patients.size());
    try {
      List<Callable<Integer>> attempts =
          patients.stream()
              .<Callable<Integer>>map(p -> () -> book(MMG, slot, p[0], p[1]).status())
              .toList();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(attempts)) {
        statuses.add(f.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
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
    assertTrue(
        refused.body().contains("not consented"),
        "a televisit needs no pathway, but the consent: " + refused.body());

    long monitoredOnly = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    assertEquals(409, book(MMG, slot, monitoredOnly).status());
  }

  @Test
  void anOperatorBooksOnBehalfThenReschedulesAndCancelsWithAReason() {
    List<Long> slots = cardiologySlots(3);
    long patient = activePatient("[\"TELEVISIT\"]");
    Answer booked = book(demo("niguarda.cot"), slots.get(0), patient);
    assertEquals(201, booked.status(), booked.body());
    assertEquals("niguarda.cardiologo", booked.object().getString("lead"));
    long encounter = booked.object().getJsonNumber("id").longValue();
    String bookedBy =
        MMG.get("/api/agendas/bookings?patient=" + patient)
            .array()
            .getJsonObject(0)
            .getString("bookedBy");
    assertEquals("niguarda.cot", bookedBy);

    Answer moved =
        MMG.post(
            "/api/encounters/" + encounter + "/rescheduling",
            "{\"newSlotId\": "
                + slots.get(2)
                + ", \"reason\": \"il caregiver lavora al mattino\"}");
    assertEquals(200, moved.status(), moved.body());
    assertEquals(slots.get(2).longValue(), moved.object().getJsonNumber("slotId").longValue());
    List<JsonObject> bookings =
        MMG.get("/api/agendas/bookings?patient=" + patient).array().getValuesAs(JsonObject.class);
    assertEquals(1, bookings.size());
    assertEquals(slots.get(2).longValue(), bookings.get(0).getJsonNumber("id").longValue());

    assertEquals(
        409,
        MMG.post("/api/encounters/" + encounter + "/cancellation", "{\"reason\": \"\"}").status(),
        "a cancellation states its reason");
    Answer cancelled =
        MMG.post(
            "/api/encounters/" + encounter + "/cancellation",
            "{\"reason\": \"ricovero programmato\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.object().getString("state"));
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

  /** The slots of {@code agenda} that start on {@code day}, as {@code who} sees them. */
  private static Answer slotsOfTheDay(IrtClient who, long agenda, LocalDate day) {
    return who.get("/api/agendas/" + agenda + "/slots?from=" + day + "&to=" + day);
  }

  @Test
  void aBookerOutsideThePatientsCareSeesOnlyThatASlotIsBusy() {
    IrtClient pls = demo("niguarda.pls");
    LocalDate day = LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(3000));
    AgendaSlots opened = televisitAgenda(pls, day.atTime(11, 0), 2);
    long agenda = opened.agenda();
    long slot = opened.slots().get(0);
    long patient = activePatient("[\"TELEVISIT\"]");
    Answer booked =
        MMG.post(
            "/api/agendas/slots/" + slot + "/booking",
            "{\"patientId\": %d, \"diagnosisId\": %d, \"note\": \"portare le ultime analisi\"}"
                .formatted(patient, diagnosis(patient)));
    assertEquals(201, booked.status(), booked.body());

    IrtClient outsider = newPhysician("MMG");
    Answer seen = slotsOfTheDay(outsider, agenda, day);
    assertEquals(200, seen.status(), seen.body());
    JsonObject busy = seen.array().getJsonObject(0);
    assertEquals("BUSY", busy.getString("status"), busy.toString());
    assertEquals(Set.of("start", "end", "status"), busy.keySet(), "only when and that it is busy");
    assertFalse(seen.body().contains("Colombo") || seen.body().contains("niguarda.mmg"));
    assertFalse(seen.body().contains("analisi"), seen.body());
    assertEquals("FREE", seen.array().getJsonObject(1).getString("status"));
    assertTrue(seen.array().getJsonObject(1).containsKey("id"), "a free slot can be booked");

    for (IrtClient detailed : List.of(pls, MMG, CARDIOLOGIST)) { // owner, requesting, care team
      JsonObject details = slotsOfTheDay(detailed, agenda, day).array().getJsonObject(0);
      assertEquals("Colombo Luigia", details.getString("patient"), details.toString());
      assertEquals("niguarda.mmg", details.getString("bookedBy"));
      assertEquals("portare le ultime analisi", details.getString("note"));
      assertEquals(slot, details.getJsonNumber("id").longValue());
      assertFalse(details.containsKey("patientId"), "names, never ids");
    }
  }

  @Test
  void anotherAsstsAgendaSlotsAreNotFound() {
    LocalDate day = LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(3000));
    long agenda = televisitAgenda(CARDIOLOGIST, day.atTime(8, 0), 1).agenda();
    assertEquals(200, slotsOfTheDay(MMG, agenda, day).status());
    assertEquals(404, slotsOfTheDay(demo("bergamo.mmg"), agenda, day).status());
    assertEquals(404, slotsOfTheDay(demo("bergamo.cot"), agenda, day).status());
  }

  @Test
  void anotherAsstCannotSeeOrBookTheSlots() {
    long slot = cardiologySlots(1).get(0);
    IrtClient bergamo = demo("bergamo.cot");
    long niguardaPatient = activePatient("[\"TELEVISIT\"]"); // Bergamo cannot even name it
    long diagnosis = diagnosis(niguardaPatient);
    assertEquals(404, book(bergamo, slot, niguardaPatient, diagnosis).status());
    Answer booked = book(MMG, slot, niguardaPatient, diagnosis);
    assertEquals(
        404,
        bergamo
            .post(
                "/api/encounters/" + booked.object().getJsonNumber("id") + "/cancellation",
                "{\"reason\": \"prova\"}")
            .status());
    assertTrue(
        bergamo.get("/api/agendas").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(a -> a.getString("ownerUsername").startsWith("niguarda.")));
  }
}
