package it.lombardia.irt.application.governance;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import java.util.Arrays;

/**
 * Which ASSTs a set of figures covers, as the Region drills down: the whole Region, one ATS or one
 * ASST.
 *
 * @param ats the ATS whose ASSTs are covered, {@code null} for every ATS
 * @param tenantCode the one ASST covered, {@code null} for every ASST of the scope
 */
public record KpiScope(Ats ats, String tenantCode) {

  public static final KpiScope REGION = new KpiScope(null, null);

  public static KpiScope tenant(String code) {
    return new KpiScope(null, code);
  }

  /**
   * The scope the Region asked for by name; blank values widen it. An unknown ATS is refused with
   * the names that exist.
   */
  public static KpiScope parse(String ats, String tenantCode) {
    Ats chosen = null;
    if (ats != null && !ats.isBlank()) {
      chosen =
          Arrays.stream(Ats.values())
              .filter(a -> a.name().equals(ats.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "ats",
                          "error.kpi.ats",
                          "Unknown ATS '" + ats + "'; one of " + Arrays.toString(Ats.values())));
    }
    String tenant = tenantCode == null || tenantCode.isBlank() ? null : tenantCode.strip();
    return new KpiScope(chosen, tenant);
  }

  public boolean includes(Tenant t) {
    return (ats == null || ats == t.getAts())
        && (tenantCode == null || tenantCode.equals(t.getCode()));
  }

  /** Whether it covers the whole Region, whose network targets are the ones the Region set. */
  public boolean whole() {
    return ats == null && tenantCode == null;
  }
}
