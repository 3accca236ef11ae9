package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import it.lombardia.irt.domain.model.monitoring.AlarmPauseChanged;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pauses of a patient's alarms, set and ended by a physician or nurse in the patient's care, with
 * period and reason; written to the record and audited.
 */
@Stateless
public class AlarmPauses {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PatientAccessPolicy access;
  @Inject HomeCareRecord record;
  @Inject Event<AlarmPauseChanged> pauseChanged;

  public AlarmPause pause(long patientId, Instant startsAt, Instant endsAt, String reason) {
    access.requireToChange(patientId, RecordPart.PATHWAY, Roles.of(Role.PHYSICIAN, Role.NURSE));
    AlarmPause pause =
        new AlarmPause(
            patientId,
            startsAt,
            endsAt,
            reason,
            CallContext.requireActor().name(),
            clock.instant());
    em.persist(pause);
    pauseChanged.fire(AlarmPauseChanged.of(pause));
    record.append(
        patientId,
        RecordEntry.Type.ALARM,
        EntryMessage.ALARMS_PAUSED.with(
            EntryArg.dateTime(startsAt),
            EntryArg.dateTime(endsAt),
            EntryArg.text(pause.getReason())),
        "alarm-pause:" + pause.getId());
    return pause;
  }

  public AlarmPause end(long pauseId) {
    AlarmPause pause = em.find(AlarmPause.class, pauseId, LockModeType.PESSIMISTIC_WRITE);
    if (pause == null) {
      throw new NotFoundException("Alarm pause", pauseId);
    }
    access.requireToChange(
        pause.getPatientId(), RecordPart.PATHWAY, Roles.of(Role.PHYSICIAN, Role.NURSE));
    pause.end(CallContext.requireActor().name(), clock.instant());
    pauseChanged.fire(AlarmPauseChanged.of(pause));
    record.append(
        pause.getPatientId(),
        RecordEntry.Type.ALARM,
        EntryMessage.ALARMS_RESUMED.with(),
        "alarm-pause:" + pause.getId());
    return pause;
  }

  /** The pause in force now, if any, for whoever may open the patient's record. */
  public Optional<AlarmPause> current(long patientId) {
    access.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    Instant now = clock.instant();
    return of(patientId).stream().filter(p -> p.covers(now)).findFirst();
  }

  /** Every pause of the patient, newest first. */
  public List<AlarmPause> of(long patientId) {
    access.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return em.createQuery(
            "select p from AlarmPause p where p.patientId = :p order by p.startsAt desc",
            AlarmPause.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
