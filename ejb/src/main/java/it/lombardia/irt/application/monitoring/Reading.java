package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.Samples;
import java.time.Instant;
import java.util.List;

/**
 * One reading as a sender states it, before IRT checks it: whose (IRT patient id or codice fiscale;
 * neither, for a vendor platform's reading, whose device's association gives it), what (LOINC code,
 * value, UCUM unit), when, the sender's identifier, the device (IRT device id or serial number;
 * none for a reading the patient typed in) and its status.
 *
 * @param field where the reading sits in the sender's message, for precise error messages
 * @param codes the codes the sender gave the parameter (every coding of a FHIR code, LOINC first):
 *     the reading is of the one the patient's plan monitors
 * @param unit the sender's UCUM unit; converted to the protocol's if it is another
 * @param note the sender's note (FHIR {@code Observation.note}): why a correction corrects, if
 *     given
 * @param panelCode the code of the panel (FHIR {@code Observation.code}, e.g. blood pressure
 *     85354-9) the reading is a component of; null for a reading on its own
 * @param resource the FHIR Observation the reading came in, as received (compact JSON), the same
 *     for every reading of one resource; null for a reading that did not come as a resource
 * @param samples the series, for a reading sent as one (FHIR {@code valueSampledData}): then {@code
 *     value} is its mean in {@code unit}; null for a single value
 */
public record Reading(
    String field,
    Long patientId,
    String codiceFiscale,
    List<String> codes,
    double value,
    String unit,
    Instant effectiveAt,
    Measurement.Identifier identifier,
    Long deviceId,
    String deviceSerial,
    Measurement.Status status,
    String note,
    String panelCode,
    String resource,
    Samples samples) {

  public Reading {
    codes = List.copyOf(codes);
  }

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
