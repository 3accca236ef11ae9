package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.ObservationVersion;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The FHIR Observations as received, version by version (read, vread, history), for whoever may
 * open the patient's clinical record (each read is logged as a read of the record), and the
 * resources of the readings a search found. Tenants are kept apart by {@code @TenantId} on every
 * query: another ASST's resource is not found.
 */
@Stateless
public class ObservationVersions {

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;

  /** The resource's current version. */
  public StoredObservation latest(long id) {
    List<StoredObservation> versions = opened(id);
    return versions.get(versions.size() - 1);
  }

  /** One version of the resource (vread). */
  public StoredObservation version(long id, int version) {
    return opened(id).stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Observation", id + "/_history/" + version));
  }

  /** Every version of the resource, newest first (instance history). */
  public List<StoredObservation> history(long id) {
    return opened(id).stream()
        .sorted(Comparator.comparingInt(StoredObservation::version).reversed())
        .toList();
  }

  /**
   * The current version of the resource a sender just stored or sent again, for {@code Prefer:
   * return=representation}: to its sender (a gateway reads back what it sent, even with create
   * scopes only) or to a caller who may read it; empty otherwise. Nothing is logged as read.
   */
  public Optional<StoredObservation> asStored(long id) {
    var caller = CallContext.requireActor();
    List<StoredObservation> versions = versions(id);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    StoredObservation current = versions.get(versions.size() - 1);
    return current.sentBy().equals(caller.name())
            || (caller.mayUse("Observation", 'r')
                && registry.reaches(current.patientId(), RecordPart.CLINICAL))
        ? Optional.of(current)
        : Optional.empty();
  }

  /**
   * The resources that {@code readings} (found by a search the caller was allowed) came in, each
   * once, at its current version, in the order of their first reading.
   */
  public List<StoredObservation> of(List<Measurement> readings) {
    Map<Long, ObservationVersion> held =
        inChunks(
                readings.stream()
                    .map(Measurement::getObservationVersionId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList(),
                ids ->
                    em.createQuery(
                            "select v from ObservationVersion v where v.id in :ids",
                            ObservationVersion.class)
                        .setParameter("ids", ids)
                        .getResultList())
            .stream()
            .collect(Collectors.toMap(ObservationVersion::getId, Function.identity()));
    Map<Long, StoredObservation> resources = new LinkedHashMap<>();
    for (Measurement m : readings) {
      StoredObservation s =
          m.getObservationVersionId() == null
              ? StoredObservation.of(m)
              : StoredObservation.of(held.get(m.getObservationVersionId()));
      resources.merge(s.id(), s, (a, b) -> a.version() >= b.version() ? a : b);
    }
    for (ObservationVersion later : laterVersions(List.copyOf(resources.keySet()))) {
      resources.merge(
          later.resourceId(),
          StoredObservation.of(later),
          (a, b) -> a.version() >= b.version() ? a : b);
    }
    return List.copyOf(resources.values());
  }

  /** The resource's versions, oldest first, once the caller may open the patient's record. */
  private List<StoredObservation> opened(long id) {
    Guard.requireScope("Observation", 'r');
    List<StoredObservation> versions = versions(id);
    if (versions.isEmpty()) {
      throw new NotFoundException("Observation", id);
    }
    registry.open(versions.get(0).patientId(), RecordPart.CLINICAL);
    return versions;
  }

  /** The resource's versions, oldest first; empty if this ASST has none with that id. */
  private List<StoredObservation> versions(long id) {
    List<StoredObservation> versions = new ArrayList<>();
    em.createQuery(
            "select v from ObservationVersion v where v.id = :id and v.firstVersionId is null",
            ObservationVersion.class)
        .setParameter("id", id)
        .getResultStream()
        .map(StoredObservation::of)
        .forEach(versions::add);
    if (versions.isEmpty()) {
      em.createQuery(
              "select m from Measurement m where m.id = :id and m.observationVersionId is null",
              Measurement.class)
          .setParameter("id", id)
          .getResultStream()
          .map(StoredObservation::of)
          .forEach(versions::add);
    }
    if (!versions.isEmpty()) {
      laterVersions(List.of(id)).stream().map(StoredObservation::of).forEach(versions::add);
    }
    return versions;
  }

  /** The versions after the first of the resources {@code ids}, oldest first. */
  private List<ObservationVersion> laterVersions(List<Long> ids) {
    return inChunks(
        ids,
        chunk ->
            em.createQuery(
                    "select v from ObservationVersion v where v.firstVersionId in :ids"
                        + " order by v.version",
                    ObservationVersion.class)
                .setParameter("ids", chunk)
                .getResultList());
  }

  private static <T> List<T> inChunks(List<Long> ids, Function<List<Long>, List<T>> query) {
    List<T> all = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      all.addAll(query.apply(ids.subList(i, Math.min(ids.size(), i + 500))));
    }
    return all;
  }
}
