package it.lombardia.irt.application.governance;

import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.spi.content.AlarmLevel;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's daily operation per ASST for the dashboard: devices at patients' homes, in stock
 * and faulty; workstations active and still to activate; alarms raised in a period and how soon
 * they were acknowledged, per level. Runs in the caller's transaction and tenant scope.
 */
@Stateless
public class OperationsFigures {

  /** A device the ASST has handed to a patient and not yet collected. */
  static final Set<Device.Status> AT_HOME =
      EnumSet.of(
          Device.Status.ASSIGNED,
          Device.Status.DELIVERED,
          Device.Status.INSTALLED,
          Device.Status.IN_USE);

  /** A device ready for, or being made ready for, the next patient. */
  static final Set<Device.Status> IN_STOCK =
      EnumSet.of(
          Device.Status.IN_STOCK,
          Device.Status.COLLECTED,
          Device.Status.SANITISED,
          Device.Status.CHECKED);

  @PersistenceContext EntityManager em;

  /** Per ASST of {@code tenants}, in their order. */
  public List<KpiFigures.OperationsRow> rows(Map<String, String> tenants) {
    Map<String, Map<Device.Status, Long>> devices = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.tenantCode, d.status, count(d) from Device d"
                    + " group by d.tenantCode, d.status",
                Object[].class)
            .getResultList()) {
      devices
          .computeIfAbsent((String) r[0], k -> new EnumMap<>(Device.Status.class))
          .put((Device.Status) r[1], (Long) r[2]);
    }
    Map<String, Map<Workstation.State, Long>> workstations = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select w.tenantCode, w.state, count(w) from Workstation w"
                    + " group by w.tenantCode, w.state",
                Object[].class)
            .getResultList()) {
      workstations
          .computeIfAbsent((String) r[0], k -> new EnumMap<>(Workstation.State.class))
          .put((Workstation.State) r[1], (Long) r[2]);
    }
    List<KpiFigures.OperationsRow> rows = new ArrayList<>();
    tenants.forEach(
        (code, name) -> {
          Map<Device.Status, Long> d = devices.getOrDefault(code, Map.of());
          Map<Workstation.State, Long> w = workstations.getOrDefault(code, Map.of());
          rows.add(
              new KpiFigures.OperationsRow(
                  code,
                  name,
                  sum(d, AT_HOME),
                  sum(d, IN_STOCK),
                  d.getOrDefault(Device.Status.FAULTY, 0L),
                  w.getOrDefault(Workstation.State.ACTIVE, 0L),
                  w.getOrDefault(Workstation.State.TO_ACTIVATE, 0L)));
        });
    return rows;
  }

  /** The alarms {@code tenants} raised since {@code since}, per level, most severe first. */
  public List<KpiFigures.AlarmRow> alarms(Collection<String> tenants, Instant since) {
    Map<AlarmLevel, Integer> raised = new EnumMap<>(AlarmLevel.class);
    Map<AlarmLevel, List<Duration>> waits = new EnumMap<>(AlarmLevel.class);
    for (Object[] r :
        em.createQuery(
                "select a.tenantCode, a.level, a.firstAt, a.acknowledgedAt from Alarm a"
                    + " where a.firstAt >= :since",
                Object[].class)
            .setParameter("since", since)
            .getResultList()) {
      if (!tenants.contains((String) r[0])) {
        continue;
      }
      AlarmLevel level = (AlarmLevel) r[1];
      raised.merge(level, 1, Integer::sum);
      if (r[3] != null) {
        waits
            .computeIfAbsent(level, k -> new ArrayList<>())
            .add(Duration.between((Instant) r[2], (Instant) r[3]));
      }
    }
    List<KpiFigures.AlarmRow> rows = new ArrayList<>();
    for (int i = AlarmLevel.values().length - 1; i >= 0; i--) {
      AlarmLevel level = AlarmLevel.values()[i];
      List<Duration> sorted = waits.getOrDefault(level, new ArrayList<>());
      sorted.sort(null);
      rows.add(
          new KpiFigures.AlarmRow(
              level,
              raised.getOrDefault(level, 0),
              sorted.size(),
              minutes(Percentiles.of(sorted, 50)),
              minutes(Percentiles.of(sorted, 90))));
    }
    return rows;
  }

  private static <S> long sum(Map<S, Long> counts, Set<S> states) {
    return states.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
  }

  private static Long minutes(Duration d) {
    return d == null ? null : d.toMinutes();
  }
}
