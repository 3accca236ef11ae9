package it.lombardia.irt.domain.model.training;

import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment.DigitalSkills;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The training rules of seed 003 §2.1.1 and §2.1.6. A professional delivers a service with a valid
 * training for it — one completed and not expired (valid through its expiry date); without, the
 * ASST's {@link Enforcement} warns or blocks. Tele-monitoring starts only when whoever uses the
 * devices at home was trained: a trained caregiver when the suitability counts on one, the patient
 * when they manage alone.
 */
public final class TrainingRule {

  /** The services whose devices and apps the patient or caregiver uses at home. */
  public static final Set<TelemedicineService> AT_HOME =
      EnumSet.of(
          TelemedicineService.TELEMONITORING_LEVEL_1, TelemedicineService.TELEMONITORING_LEVEL_2);

  private TrainingRule() {}

  /**
   * What is missing for {@code username} to deliver {@code service} on {@code today}, given their
   * training records (of any service), or empty when one is valid.
   */
  public static Optional<TrainingGap> gap(
      String username,
      TelemedicineService service,
      Collection<StaffTraining> records,
      LocalDate today) {
    var forService = records.stream().filter(t -> t.getService() == service).toList();
    if (forService.stream().anyMatch(t -> t.validOn(today))) {
      return Optional.empty();
    }
    LocalDate expired =
        forService.stream()
            .map(StaffTraining::getExpiresOn)
            .filter(d -> d != null && d.isBefore(today))
            .max(Comparator.naturalOrder())
            .orElse(null);
    return Optional.of(new TrainingGap(username, service, expired));
  }

  /**
   * Applies the ASST's choice to a gap: refused (409) under {@link Enforcement#BLOCK}, handed back
   * to be shown and logged under {@link Enforcement#WARN}.
   */
  public static Optional<TrainingGap> enforce(Optional<TrainingGap> gap, Enforcement enforcement) {
    if (gap.isPresent() && enforcement == Enforcement.BLOCK) {
      throw gap.get().refusal();
    }
    return gap;
  }

  /**
   * Refuses to start {@code service} at home unless whoever will use its devices was trained: a
   * caregiver on record when the suitability relies on one, the patient otherwise.
   */
  public static void requireTrainedAtHome(
      TelemedicineService service,
      DigitalSkills skills,
      boolean caregiverTrained,
      boolean patientTrained) {
    if (!AT_HOME.contains(service)) {
      return;
    }
    if (skills == DigitalSkills.WITH_CAREGIVER) {
      RuleViolation.require(
          caregiverTrained,
          "error.training.caregiver",
          "the suitability to "
              + service
              + " relies on a caregiver: record a caregiver trained on the devices first");
    } else {
      RuleViolation.require(
          patientTrained,
          "error.training.patient",
          "the patient uses the devices of "
              + service
              + " alone: record the patient's training on the devices and apps first");
    }
  }
}
