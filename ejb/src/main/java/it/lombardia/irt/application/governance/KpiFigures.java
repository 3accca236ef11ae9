package it.lombardia.irt.application.governance;

import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adoption figures on {@code date}: the final {@code target} and the curve's point for the date
 * ({@code targetToday}), per clinical network, per ATS and per ASST of the scope, against the
 * patients whose pathway is active; the encounters each ASST completed, by service; its devices and
 * workstations; and the alarms of the last 30 days with the time to their acknowledgement.
 */
public record KpiFigures(
    LocalDate date,
    long target,
    long targetToday,
    List<CurveRow> curve,
    List<NetworkRow> networks,
    List<AtsRow> ats,
    List<TenantRow> tenants,
    List<OperationsRow> operations,
    LocalDate alarmsSince,
    List<AlarmRow> alarms) {

  /**
   * One ASST's devices and workstations now.
   *
   * @param devicesAtHome handed to patients (assigned, delivered, installed, in use)
   * @param devicesInStock ready or being made ready (in stock, collected, sanitised, checked)
   */
  public record OperationsRow(
      String code,
      String name,
      long devicesAtHome,
      long devicesInStock,
      long devicesFaulty,
      long workstationsActive,
      long workstationsToActivate) {}

  /**
   * The alarms of one level raised since {@code alarmsSince}: how many, how many acknowledged, and
   * the minutes from the first reading to the acknowledgement that half and nine in ten of those
   * stayed within ({@code null} before any acknowledgement).
   */
  public record AlarmRow(
      AlarmLevel level, int raised, int acknowledged, Long ackP50Minutes, Long ackP90Minutes) {}

  /**
   * A point of the curve: the cumulative {@code target} by {@code date} (the end of {@code year}).
   */
  public record CurveRow(int year, LocalDate date, long target) {}

  public record NetworkRow(
      String id, Label name, long target, long targetToday, long enrolledActive) {}

  /**
   * The ASSTs of one ATS added up.
   *
   * @param code the ATS's constant ({@code Ats}), {@code null} for ASSTs without one
   */
  public record AtsRow(
      String code, String name, long target, long targetToday, long enrolledActive) {

    /** The tenants' rows added up per ATS, in the order the ATSs first appear. */
    static List<AtsRow> of(List<TenantRow> tenants) {
      Map<String, long[]> sums = new LinkedHashMap<>();
      for (TenantRow t : tenants) {
        long[] sum = sums.computeIfAbsent(t.ats() == null ? "" : t.ats(), k -> new long[3]);
        sum[0] += t.target();
        sum[1] += t.targetToday();
        sum[2] += t.enrolledActive();
      }
      return sums.entrySet().stream()
          .map(
              e -> {
                String code = e.getKey().isEmpty() ? null : e.getKey();
                String name = code == null ? null : Ats.valueOf(code).officialName();
                long[] v = e.getValue();
                return new AtsRow(code, name, v[0], v[1], v[2]);
              })
          .toList();
    }
  }

  /**
   * @param ats the ATS the ASST belongs to (an {@code Ats} constant), {@code null} when not set
   */
  public record TenantRow(
      String code,
      String name,
      String ats,
      long target,
      long targetToday,
      long enrolledActive,
      Map<TelemedicineService, Long> servicesDelivered) {}
}
