package it.lombardia.irt.domain.model.enrolment;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a patient may be booked for a service now (seed 003 §2.2). Televisit, teleconsult and
 * teleconsultancy are "not necessarily preceded by a UVM nor a PAI" (§2.2.1–2.2.3): a registered
 * patient with a valid telemedicine consent to the service is enough — with or without a pathway
 * (the televisit's in-person diagnosis and NRE, and the care relation, are checked where the
 * encounter is made). Every other service needs the pathway active for it. Inside a pathway, a
 * suitability whose re-evaluation is overdue by more than the ASST's grace period stops new
 * bookings until it is re-evaluated (§2.1.1).
 */
public final class ServiceGate {

  /** The services a patient may receive without a UVM or a PAI. */
  public static final Set<TelemedicineService> WITHOUT_PATHWAY =
      EnumSet.of(
          TelemedicineService.TELEVISIT,
          TelemedicineService.TELECONSULT,
          TelemedicineService.HEALTH_TELECONSULTANCY);

  private ServiceGate() {}

  /**
   * Refuses {@code service} unless the pathway has it active or, for a service that needs no
   * pathway, the patient consented to it without one.
   *
   * @param inPathway the services of the patient's active enrolments
   * @param consentedWithoutPathway the services of the patient's valid consents given outside a
   *     pathway
   */
  public static void requireDeliverable(
      TelemedicineService service,
      Set<TelemedicineService> inPathway,
      Set<TelemedicineService> consentedWithoutPathway) {
    if (inPathway.contains(service)) {
      return;
    }
    if (!WITHOUT_PATHWAY.contains(service)) {
      throw new RuleViolation(
          "error.booking.notActive",
          "the patient has no active pathway with a valid consent to " + service);
    }
    RuleViolation.require(
        consentedWithoutPathway.contains(service),
        "error.booking.noConsent",
        "the patient has not consented to " + service + ": record the telemedicine consent first");
  }

  /** Whether a re-evaluation due on {@code reevaluateOn} is overdue on {@code today}. */
  public static boolean overdue(LocalDate reevaluateOn, LocalDate today) {
    return reevaluateOn != null && reevaluateOn.isBefore(today);
  }

  /**
   * Refuses a new booking when the re-evaluation due on {@code reevaluateOn} is overdue by more
   * than {@code graceDays} on {@code today}.
   */
  public static void requireReevaluated(
      TelemedicineService service, LocalDate reevaluateOn, int graceDays, LocalDate today) {
    RuleViolation.require(
        !overdue(reevaluateOn.plusDays(Math.max(0, graceDays)), today),
        "error.booking.reevaluationOverdue",
        "the suitability to "
            + service
            + " was to be re-evaluated by "
            + reevaluateOn
            + " and the "
            + graceDays
            + " days of grace have passed: re-evaluate it before booking");
  }
}
