package it.lombardia.irt.domain.model.training;

import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEMONITORING_LEVEL_1;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment.DigitalSkills;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 003 §2.1.1 and §2.1.6: who is trained to deliver a service, and the ASST's choice. */
class TrainingRuleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static StaffTraining course(
      TelemedicineService service, LocalDate completed, LocalDate expires) {
    return new StaffTraining(
        "mmg", "Corso televisita", service, completed, expires, "admin", Instant.EPOCH);
  }

  @Test
  void aTrainingIsValidThroughItsExpiryDayAndExpiredTheDayAfter() {
    var expiringToday = List.of(course(TELEVISIT, TODAY.minusYears(1), TODAY));
    assertTrue(TrainingRule.gap("mmg", TELEVISIT, expiringToday, TODAY).isEmpty());

    TrainingGap gap =
        TrainingRule.gap("mmg", TELEVISIT, expiringToday, TODAY.plusDays(1)).orElseThrow();
    assertEquals(TODAY, gap.expiredOn());
    assertEquals("error.training.expired", gap.key());
    assertTrue(gap.message().contains("expired on 2026-03-02"), gap.message());
  }

  @Test
  void aTrainingForAnotherServiceOrNotYetCompletedDoesNotQualify() {
    var others =
        List.of(
            course(TELECONSULT, TODAY.minusYears(1), null),
            course(TELEVISIT, TODAY.plusDays(1), null));
    TrainingGap gap = TrainingRule.gap("mmg", TELEVISIT, others, TODAY).orElseThrow();
    assertEquals("error.training.missing", gap.key());
    assertEquals(null, gap.expiredOn());
    assertTrue(TrainingRule.gap("mmg", TELECONSULT, others, TODAY).isEmpty());
  }

  @Test
  void aRenewedTrainingCoversAnExpiredOne() {
    var renewed =
        List.of(
            course(TELEVISIT, TODAY.minusYears(3), TODAY.minusYears(1)),
            course(TELEVISIT, TODAY.minusMonths(1), TODAY.plusYears(2)));
    assertTrue(TrainingRule.gap("mmg", TELEVISIT, renewed, TODAY).isEmpty());
  }

  @Test
  void aMissingTrainingWarnsUnderWarnAndIsRefusedUnderBlock() {
    Optional<TrainingGap> gap = TrainingRule.gap("mmg", TELEVISIT, List.of(), TODAY);
    assertEquals(gap, TrainingRule.enforce(gap, Enforcement.WARN));
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> TrainingRule.enforce(gap, Enforcement.BLOCK));
    assertEquals("error.training.missing", refused.key());
    assertTrue(refused.getMessage().contains("mmg has no training recorded for TELEVISIT"));
    assertTrue(TrainingRule.enforce(Optional.empty(), Enforcement.BLOCK).isEmpty());
  }

  @Test
  void theDefaultIsToWarn() {
    assertEquals(Enforcement.WARN, TrainingPolicy.DEFAULT);
  }

  @Test
  void telemonitoringRelyingOnACaregiverNeedsATrainedOne() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                TrainingRule.requireTrainedAtHome(
                    TELEMONITORING_LEVEL_1, DigitalSkills.WITH_CAREGIVER, false, true));
    assertEquals("error.training.caregiver", refused.key());
    assertDoesNotThrow(
        () ->
            TrainingRule.requireTrainedAtHome(
                TELEMONITORING_LEVEL_1, DigitalSkills.WITH_CAREGIVER, true, false));
  }

  @Test
  void aPatientManagingAloneNeedsTheirOwnTraining() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                TrainingRule.requireTrainedAtHome(
                    TELEMONITORING_LEVEL_1, DigitalSkills.AUTONOMOUS, true, false));
    assertEquals("error.training.patient", refused.key());
    assertDoesNotThrow(
        () ->
            TrainingRule.requireTrainedAtHome(
                TELEMONITORING_LEVEL_1, DigitalSkills.AUTONOMOUS, false, true));
  }

  @Test
  void servicesWithoutDevicesAtHomeNeedNoHomeTraining() {
    assertDoesNotThrow(
        () ->
            TrainingRule.requireTrainedAtHome(
                TELEREHABILITATION, DigitalSkills.WITH_CAREGIVER, false, false));
  }
}
