package it.lombardia.irt.domain.model.monitoring;

import java.time.Instant;

/**
 * A reading was corrected: {@code correctionId} is the new reading that amends the earlier one
 * (same parameter and time) or marks it entered-in-error; {@code note} is the sender's reason, or
 * null.
 */
public record ReadingCorrected(
    long correctionId,
    long patientId,
    String code,
    Instant effectiveAt,
    Measurement.Status status,
    double value,
    String unit,
    String note) {

  public static ReadingCorrected of(Measurement correction, String note) {
    return new ReadingCorrected(
        correction.getId(),
        correction.getPatientId(),
        correction.getCode(),
        correction.getEffectiveAt(),
        correction.getStatus(),
        correction.getValue(),
        correction.getUnit(),
        note);
  }

  public boolean withdrawn() {
    return status == Measurement.Status.ENTERED_IN_ERROR;
  }
}
