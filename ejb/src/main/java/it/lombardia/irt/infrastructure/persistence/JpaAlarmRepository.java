package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmRepository;
import it.lombardia.irt.domain.model.patient.Patient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Alarms in the database (the tenant is Hibernate's {@code @TenantId}). On the ingestion's hot
 * path: the patient locks and the open alarms are one statement each per group of readings.
 */
@ApplicationScoped
public class JpaAlarmRepository implements AlarmRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Alarm alarm) {
    em.persist(alarm);
  }

  @Override
  public Optional<Alarm> find(long id) {
    return Optional.ofNullable(em.find(Alarm.class, id));
  }

  @Override
  public Optional<Alarm> locked(long id) {
    return Optional.ofNullable(em.find(Alarm.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * One patient (a single reading) is locked by its key, whose load plan Hibernate keeps; a locking
   * query is translated anew on every execution. Neither reads a pending change, so neither flushes
   * first.
   */
  @Override
  public void lockPatients(List<Long> ascendingIds) {
    if (ascendingIds.size() == 1) {
      em.find(Patient.class, ascendingIds.get(0), LockModeType.PESSIMISTIC_WRITE);
      return;
    }
    em.createQuery("select p from Patient p where p.id in :ids order by p.id", Patient.class)
        .setParameter("ids", ascendingIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  @Override
  public List<Alarm> openOf(Collection<Long> patientIds) {
    OneOrMany ofPatient = OneOrMany.of("a.patientId", "ids", List.copyOf(patientIds));
    return em.createQuery(
            "select a from Alarm a where " + ofPatient.condition() + " and a.openKey is not null",
            Alarm.class)
        .setParameter("ids", ofPatient.value())
        .getResultList();
  }

  @Override
  public List<WithPatient> addressedTo(
      Collection<Alarm.State> states, Collection<String> addresses, String username) {
    return em.createQuery(
            "select a, p.familyName, p.givenName from Alarm a, Patient p where p.id = a.patientId"
                + " and a.state in :states and (a.recipient in :mine or a.acknowledgedBy = :me)",
            Object[].class)
        .setParameter("states", states)
        .setParameter("mine", addresses)
        .setParameter("me", username)
        .getResultStream()
        .map(r -> new WithPatient((Alarm) r[0], r[1] + " " + r[2]))
        .toList();
  }

  @Override
  public List<Alarm> ofPatient(long patientId) {
    return em.createQuery(
            "select a from Alarm a where a.patientId = :p order by a.lastAt desc", Alarm.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Override
  public List<Overdue> overdueAt(Instant now, int max) {
    return em.createQuery(
            "select a.id, a.tenantCode from Alarm a where a.state = :open"
                + " and a.acknowledgeBy < :now order by a.acknowledgeBy",
            Object[].class)
        .setParameter("open", Alarm.State.OPEN)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultStream()
        .map(r -> new Overdue((Long) r[0], (String) r[1]))
        .toList();
  }
}
