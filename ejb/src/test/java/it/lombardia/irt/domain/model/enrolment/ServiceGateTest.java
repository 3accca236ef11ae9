package it.lombardia.irt.domain.model.enrolment;

import static it.lombardia.irt.spi.content.TelemedicineService.HEALTH_TELECONSULTANCY;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEASSISTANCE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 003 §2.2.1–2.2.3 and §2.1.1: which services need a pathway, and the re-evaluation. */
class ServiceGateTest {

  private static final Set<TelemedicineService> NONE = EnumSet.noneOf(TelemedicineService.class);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void televisitAndConsultsNeedOnlyTheConsentNoPathway() {
    for (TelemedicineService service : Set.of(TELEVISIT, TELECONSULT, HEALTH_TELECONSULTANCY)) {
      assertDoesNotThrow(
          () -> ServiceGate.requireDeliverable(service, NONE, EnumSet.of(service)), service.name());
      RuleViolation refused =
          assertThrows(
              RuleViolation.class, () -> ServiceGate.requireDeliverable(service, NONE, NONE));
      assertEquals("error.booking.noConsent", refused.key());
    }
  }

  @Test
  void aConsentToOneServiceDoesNotCoverAnother() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> ServiceGate.requireDeliverable(TELECONSULT, NONE, EnumSet.of(TELEVISIT)));
    assertEquals("error.booking.noConsent", refused.key());
  }

  @Test
  void everyOtherServiceNeedsThePathwayActiveForIt() {
    for (TelemedicineService service : Set.of(TELEASSISTANCE, TELEREHABILITATION)) {
      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () ->
                  ServiceGate.requireDeliverable(
                      service, NONE, EnumSet.allOf(TelemedicineService.class)));
      assertEquals("error.booking.notActive", refused.key());
      assertDoesNotThrow(() -> ServiceGate.requireDeliverable(service, EnumSet.of(service), NONE));
    }
  }

  @Test
  void aPathwayActiveForTheServiceIsEnoughForATelevisit() {
    assertDoesNotThrow(
        () -> ServiceGate.requireDeliverable(TELEVISIT, EnumSet.of(TELEVISIT), NONE));
  }

  @Test
  void aReevaluationIsOverdueTheDayAfterItsDate() {
    assertFalse(ServiceGate.overdue(TODAY, TODAY));
    assertTrue(ServiceGate.overdue(TODAY.minusDays(1), TODAY));
    assertFalse(ServiceGate.overdue(null, TODAY));
  }

  @Test
  void bookingsStopOnlyAfterTheGracePeriod() {
    assertDoesNotThrow(
        () -> ServiceGate.requireReevaluated(TELEVISIT, TODAY.minusDays(14), 14, TODAY));
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> ServiceGate.requireReevaluated(TELEVISIT, TODAY.minusDays(15), 14, TODAY));
    assertEquals("error.booking.reevaluationOverdue", refused.key());
    assertThrows(
        RuleViolation.class,
        () -> ServiceGate.requireReevaluated(TELEVISIT, TODAY.minusDays(1), 0, TODAY),
        "no grace: the day after the date");
    assertThrows(
        RuleViolation.class,
        () -> ServiceGate.requireReevaluated(TELEVISIT, TODAY.minusDays(1), -5, TODAY),
        "a negative setting counts as no grace, never as an earlier stop");
  }
}
