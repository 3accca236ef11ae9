package it.lombardia.irt.application.governance;

import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The adoption figures on {@code date}: the final {@code target} and the curve's point for the date
 * ({@code targetToday}), per clinical network and per ASST, against the patients whose pathway is
 * active; and the encounters each ASST completed, by service.
 */
public record KpiFigures(
    LocalDate date,
    long target,
    long targetToday,
    List<CurveRow> curve,
    List<NetworkRow> networks,
    List<TenantRow> tenants) {

  /**
   * A point of the curve: the cumulative {@code target} by {@code date} (the end of {@code year}).
   */
  public record CurveRow(int year, LocalDate date, long target) {}

  public record NetworkRow(
      String id, Label name, long target, long targetToday, long enrolledActive) {}

  public record TenantRow(
      String code,
      String name,
      long target,
      long targetToday,
      long enrolledActive,
      Map<TelemedicineService, Long> servicesDelivered) {}
}
