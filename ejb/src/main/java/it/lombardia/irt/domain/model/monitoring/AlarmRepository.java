package it.lombardia.irt.domain.model.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ASST's alarms, as the alarm rules read and change them. */
public interface AlarmRepository {

  /** An alarm with its patient's name, for the inbox. */
  record WithPatient(Alarm alarm, String patientName) {}

  /** An open alarm past its deadline, with its ASST (the watch looks across ASSTs). */
  record Overdue(long id, String tenantCode) {}

  void add(Alarm alarm);

  Optional<Alarm> find(long id);

  /** The alarm locked for a change: acknowledgement, closing and escalation do not interleave. */
  Optional<Alarm> locked(long id);

  /**
   * Locks the patients' rows in the order given (ascending ids), so that alarms are serialised per
   * patient and two transactions naming the same patients cannot deadlock.
   */
  void lockPatients(List<Long> ascendingIds);

  /** The alarms of these patients whose condition is still open (a repeat updates them). */
  List<Alarm> openOf(Collection<Long> patientIds);

  /**
   * Alarms in one of {@code states} routed to one of {@code addresses} or acknowledged by {@code
   * username}.
   */
  List<WithPatient> addressedTo(
      Collection<Alarm.State> states, Collection<String> addresses, String username);

  /** A patient's alarms, newest first. */
  List<Alarm> ofPatient(long patientId);

  /** Open alarms whose deadline is before {@code now}, the most late first, at most {@code max}. */
  List<Overdue> overdueAt(Instant now, int max);
}
