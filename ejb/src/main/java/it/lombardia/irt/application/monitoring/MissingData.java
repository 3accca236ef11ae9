package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.monitoring.DataWentMissing;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.spi.content.TrendRule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The missing-data rules: a parameter without readings for longer than a rule's window raises its
 * alarm (once: while that alarm is open, later checks do not repeat it) and tells, once that is
 * committed, that the data went missing ({@link DataWentMissing}: the service centre's call task).
 */
@Stateless
public class MissingData {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MonitoringProfiles profiles;
  @Inject EnrolmentRepository enrolments;
  @Inject Alarms alarms;
  @Inject ContinuousReadings continuous;
  @Inject Event<DataWentMissing> silent;

  /** Patients with an active enrolment (Region level: every ASST). */
  public List<EnrolmentRepository.Monitored> monitoredPatients() {
    return enrolments.monitoredPatients();
  }

  /** Checks one patient's missing-data rules now (in the patient's ASST). */
  public void check(long patientId) {
    MonitoringProfile profile = profiles.profile(patientId);
    Instant now = clock.instant();
    if (!profile.isMonitored() || profile.isPausedAt(now)) {
      return;
    }
    Patient patient = em.find(Patient.class, patientId);
    for (MonitoredPlan plan : profile.plans()) {
      for (TrendRule rule : plan.evaluation().missingDataRules()) {
        Instant last = lastReading(patientId, rule.parameter());
        plan.evaluation()
            .missing(rule, last, plan.since(), now)
            .ifPresent(
                t -> {
                  alarms.raise(List.of(new Alarms.Raised(patient, plan, t)));
                  silent.fire(new DataWentMissing(patientId, last == null ? plan.since() : last));
                });
      }
    }
  }

  /** The last reading's time; a continuous series counts until its end. */
  private Instant lastReading(long patientId, String code) {
    Instant covered = continuous.coveredUntil(patientId, code);
    Instant last =
        em.createQuery(
                "select max(m.effectiveAt) from Measurement m where m.patientId = :p and m.code = :c"
                    + " and m.status <> :withdrawn",
                Instant.class)
            .setParameter("p", patientId)
            .setParameter("c", code)
            .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
            .getSingleResult();
    return covered != null && (last == null || covered.isAfter(last)) ? covered : last;
  }
}
