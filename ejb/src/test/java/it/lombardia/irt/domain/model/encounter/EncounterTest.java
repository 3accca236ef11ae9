package it.lombardia.irt.domain.model.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncounterTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static Encounter of(TelemedicineService service, boolean synchronous, boolean present) {
    return new Encounter(1L, service, synchronous, present, "lead", "lead", "irt-room", NOW);
  }

  @Test
  void aTelevisitNeedsTheDiagnosisItFollowsUpAndAnNreWhenRequired() {
    Encounter televisit = of(TelemedicineService.TELEVISIT, true, true);
    assertEquals(
        "error.televisit.diagnosis",
        assertThrows(RuleViolation.class, () -> televisit.followUp(null, null, false)).key());
    assertEquals(
        "error.televisit.nre",
        assertThrows(RuleViolation.class, () -> televisit.followUp(7L, "123", true)).key());
    televisit.followUp(7L, null, false);
    assertEquals(7L, televisit.getDiagnosisId());
    assertNull(televisit.getNre());
  }

  @Test
  void aBookedEncountersRoomOpensToThePatientShortlyBeforeItsSlotAndOneHeldNowAtOnce() {
    Encounter now = of(TelemedicineService.TELEASSISTANCE, true, true);
    assertNull(now.roomOpensToPatientAt(Duration.ofMinutes(15)));
    Encounter booked = of(TelemedicineService.TELEASSISTANCE, true, true);
    booked.heldOn(5L, NOW.plus(Duration.ofDays(3)));
    assertEquals(
        NOW.plus(Duration.ofDays(3)).minus(Duration.ofMinutes(15)),
        booked.roomOpensToPatientAt(Duration.ofMinutes(15)));
  }

  @Test
  void servicesWithThePatientAreOnVideoWithThePatient() {
    assertEquals(
        "error.encounter.mode",
        assertThrows(RuleViolation.class, () -> of(TelemedicineService.TELEVISIT, false, true))
            .key());
    assertEquals(
        "error.encounter.service",
        assertThrows(
                RuleViolation.class,
                () -> of(TelemedicineService.TELEMONITORING_LEVEL_1, true, true))
            .key());
  }

  @Test
  void anAsynchronousConsultHasNoRoomAndCannotStart() {
    Encounter consult = of(TelemedicineService.TELECONSULT, false, false);
    assertNull(consult.getRoom());
    consult.ask("Creatinina in salita: ridurre il diuretico?", List.of("specialist"));
    assertTrue(consult.involves("specialist") && consult.isConsulted("specialist"));
    assertEquals(
        "error.encounter.async", assertThrows(RuleViolation.class, () -> consult.start(NOW)).key());
    assertEquals(
        "error.consult.consulted",
        assertThrows(
                RuleViolation.class,
                () ->
                    of(TelemedicineService.TELECONSULT, true, false)
                        .ask("Una domanda lunga", List.of("lead")))
            .key(),
        "nobody consults themselves");
  }

  @Test
  void aRehabilitationSessionCompletesWithEveryObjectiveTracked() {
    Encounter session = of(TelemedicineService.TELEREHABILITATION, true, true);
    session.sessionOf(
        3L,
        1,
        List.of(
            new ObjectiveProgress(
                "Camminare 10 minuti", ObjectiveProgress.Status.NOT_STARTED, null)));
    assertEquals(
        "error.rehab.objectives",
        assertThrows(RuleViolation.class, () -> session.complete(NOW, List.of())).key());
    session.complete(
        NOW,
        List.of(
            new ObjectiveProgress("Camminare 10 minuti", ObjectiveProgress.Status.ACHIEVED, "")));
    assertEquals(Encounter.State.COMPLETED, session.getState());
    assertEquals(ObjectiveProgress.Status.ACHIEVED, session.getObjectives().get(0).status());
    assertEquals(
        "error.encounter.closed",
        assertThrows(RuleViolation.class, () -> session.cancel("troppo tardi", NOW)).key());
  }
}
