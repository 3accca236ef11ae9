package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.ObservationVersion;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Which FHIR Observation, and which version of it, a reading belongs to, and the version a
 * resource's new readings are stored with, in the transaction that stores them: a new resource, or
 * — when it re-sends the identifier of stored readings (a correction) — the next version of theirs.
 */
final class ResourceVersions {

  /** A resource's id, one of its versions and when that version was stored. */
  record Ref(long id, int version, Instant at) {

    Ref(ObservationVersion v) {
      this(v.resourceId(), v.getVersion(), v.getReceivedAt());
    }
  }

  private final EntityManager em;

  ResourceVersions(EntityManager em) {
    this.em = em;
  }

  /**
   * The resource and version a stored reading came with; a reading stored without its resource is
   * the first version of a resource of its own, under its measurement id.
   */
  Ref of(Measurement m) {
    if (m.getObservationVersionId() == null) {
      return new Ref(m.getId(), 1, m.getReceivedAt());
    }
    return new Ref(em.find(ObservationVersion.class, m.getObservationVersionId()));
  }

  /**
   * Stores the version that {@code json} is: the next one of the resource {@code earlier} (a stored
   * reading of the same identifier) belongs to, or the first of a new resource if null.
   */
  ObservationVersion store(
      Measurement earlier, long patientId, Long deviceId, String json, String by, Instant at) {
    ObservationVersion version;
    if (earlier == null) {
      version = ObservationVersion.first(patientId, deviceId, json, by, at);
    } else {
      long resource = of(earlier).id();
      Integer latest =
          em.createQuery(
                  "select max(v.version) from ObservationVersion v where v.firstVersionId = :r",
                  Integer.class)
              .setParameter("r", resource)
              .getSingleResult();
      version =
          ObservationVersion.next(
              resource, latest == null ? 1 : latest, patientId, deviceId, json, by, at);
    }
    em.persist(version);
    return version;
  }
}
