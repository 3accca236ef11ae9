package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.ObservationVersion;
import java.time.Instant;

/**
 * One version of a FHIR Observation as IRT serves it: the resource as its sender sent it, with what
 * IRT resolved (the patient, the device); or, for a reading that did not come as a resource (stored
 * before resources were kept, or typed in on the patient's page), that reading.
 *
 * @param json the resource as received (compact JSON); null for a reading without resource
 * @param reading the reading without resource; null otherwise
 */
public record StoredObservation(
    long id,
    int version,
    Instant lastUpdated,
    long patientId,
    Long deviceId,
    String sentBy,
    String json,
    Measurement reading) {

  static StoredObservation of(ObservationVersion v) {
    return new StoredObservation(
        v.resourceId(),
        v.getVersion(),
        v.getReceivedAt(),
        v.getPatientId(),
        v.getDeviceId(),
        v.getSentBy(),
        v.getResourceJson(),
        null);
  }

  static StoredObservation of(Measurement m) {
    return new StoredObservation(
        m.getId(), 1, m.getReceivedAt(), m.getPatientId(), m.getDeviceId(), m.getSentBy(), null, m);
  }
}
