package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Measurement;
import java.time.Instant;

/**
 * One reading as a sender states it, before IRT checks it: whose (IRT patient id or codice fiscale;
 * neither, for a vendor platform's reading, whose device's association gives it), what (LOINC code,
 * value, UCUM unit), when, the sender's identifier, the device (IRT device id or serial number;
 * none for a reading the patient typed in) and its status.
 *
 * @param field where the reading sits in the sender's message, for precise error messages
 * @param note the sender's note (FHIR {@code Observation.note}): why a correction corrects, if
 *     given
 */
public record Reading(
    String field,
    Long patientId,
    String codiceFiscale,
    String code,
    double value,
    String unit,
    Instant effectiveAt,
    Measurement.Identifier identifier,
    Long deviceId,
    String deviceSerial,
    Measurement.Status status,
    String note) {

  /** How the reading names its patient, for messages. */
  public String patientReference() {
    if (patientId != null) {
      return "Patient/" + patientId;
    }
    return codiceFiscale != null
        ? "patient with codice fiscale " + codiceFiscale
        : "the patient of " + deviceReference();
  }

  /** How the reading names its device, for messages. */
  public String deviceReference() {
    return deviceId != null ? "Device/" + deviceId : "device " + deviceSerial;
  }
}
