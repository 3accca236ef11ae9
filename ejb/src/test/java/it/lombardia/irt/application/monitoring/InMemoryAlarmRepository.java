package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmRepository;
import it.lombardia.irt.testing.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alarms in memory, numbered as the database would, for the alarm rules' tests. */
final class InMemoryAlarmRepository implements AlarmRepository {

  final List<Alarm> alarms = new ArrayList<>();
  final Map<Long, String> patientNames = new HashMap<>();
  final List<List<Long>> locked = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void add(Alarm alarm) {
    alarms.add(Ids.withId(alarm, nextId++));
  }

  @Override
  public Optional<Alarm> find(long id) {
    return alarms.stream().filter(a -> a.getId() == id).findFirst();
  }

  @Override
  public Optional<Alarm> locked(long id) {
    return find(id);
  }

  @Override
  public void lockPatients(List<Long> ascendingIds) {
    locked.add(ascendingIds);
  }

  @Override
  public List<Alarm> openOf(Collection<Long> patientIds) {
    return alarms.stream()
        .filter(a -> patientIds.contains(a.getPatientId()) && a.getOpenKey() != null)
        .toList();
  }

  @Override
  public List<WithPatient> addressedTo(
      Collection<Alarm.State> states, Collection<String> addresses, String username) {
    return alarms.stream()
        .filter(a -> states.contains(a.getState()))
        .filter(a -> addresses.contains(a.getRecipient()) || username.equals(a.getAcknowledgedBy()))
        .map(a -> new WithPatient(a, patientNames.get(a.getPatientId())))
        .toList();
  }

  @Override
  public List<Alarm> ofPatient(long patientId) {
    return alarms.stream()
        .filter(a -> a.getPatientId() == patientId)
        .sorted(Comparator.comparing(Alarm::getLastAt).reversed())
        .toList();
  }

  @Override
  public List<Overdue> overdueAt(Instant now, int max) {
    return alarms.stream()
        .filter(a -> a.getState() == Alarm.State.OPEN && a.getAcknowledgeBy() != null)
        .filter(a -> a.getAcknowledgeBy().isBefore(now))
        .sorted(Comparator.comparing(Alarm::getAcknowledgeBy))
        .limit(max)
        .map(a -> new Overdue(a.getId(), a.getTenantCode()))
        .toList();
  }
}
