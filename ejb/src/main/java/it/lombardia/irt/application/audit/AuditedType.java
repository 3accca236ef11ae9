package it.lombardia.irt.application.audit;

import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The entities whose history the UI and API can show, with who may see it and what state to show.
 */
public enum AuditedType {
  TENANT("tenant", Tenant.class, Role.REGION_ADMIN, false, AuditedType::tenantState),
  USER("user", UserAccount.class, Role.TENANT_ADMIN, true, AuditedType::userState),
  API_CLIENT("api-client", ApiClient.class, Role.TENANT_ADMIN, true, AuditedType::clientState),
  WORKSTATION(
      "workstation", Workstation.class, Role.TENANT_ADMIN, true, AuditedType::workstationState),
  NETWORK_RELEASE(
      "network-release", NetworkRelease.class, Role.REGION_ADMIN, false, AuditedType::releaseState),
  /**
   * Read through {@code CarePlans.history}, which checks the care; no role reads it generically.
   */
  CARE_PLAN("care-plan", CarePlan.class, null, true, AuditedType::planState);

  private final String slug;
  private final Class<?> entity;
  private final Role reader;
  private final boolean tenantOwned;
  private final Function<Object, Map<String, String>> state;

  AuditedType(
      String slug,
      Class<?> entity,
      Role reader,
      boolean tenantOwned,
      Function<Object, Map<String, String>> state) {
    this.slug = slug;
    this.entity = entity;
    this.reader = reader;
    this.tenantOwned = tenantOwned;
    this.state = state;
  }

  public static Optional<AuditedType> bySlug(String slug) {
    for (AuditedType type : values()) {
      if (type.slug.equals(slug)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public String slug() {
    return slug;
  }

  Class<?> entity() {
    return entity;
  }

  Role reader() {
    return reader;
  }

  boolean tenantOwned() {
    return tenantOwned;
  }

  Map<String, String> stateOf(Object snapshot) {
    return state.apply(snapshot);
  }

  /** Converts the id as it appears in a URL to the entity's id type. */
  Object parseId(String id) {
    return entity == Tenant.class ? id : Long.valueOf(id);
  }

  private static Map<String, String> tenantState(Object o) {
    Tenant t = (Tenant) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", t.getName());
    m.put("ats", String.valueOf(t.getAts()));
    m.put("active", String.valueOf(t.isActive()));
    m.put("settings", String.valueOf(t.getSettings()));
    return m;
  }

  private static Map<String, String> userState(Object o) {
    UserAccount u = (UserAccount) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("username", u.getUsername());
    m.put("fullName", u.getFullName());
    m.put("email", String.valueOf(u.getEmail()));
    m.put("mobilePhone", String.valueOf(u.getContactPreferences().getMobilePhone()));
    m.put("roles", String.valueOf(new TreeSet<>(u.getRoles())));
    m.put("specialty", String.valueOf(u.getSpecialty()));
    m.put("enabled", String.valueOf(u.isEnabled()));
    return m;
  }

  private static Map<String, String> releaseState(Object o) {
    NetworkRelease r = (NetworkRelease) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("network", r.getNetworkId());
    m.put("version", r.getVersion());
    m.put("origin", String.valueOf(r.getOrigin()));
    m.put("activatedBy", r.getActivatedBy());
    return m;
  }

  private static Map<String, String> clientState(Object o) {
    ApiClient c = (ApiClient) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("clientId", c.getClientId());
    m.put("name", c.getName());
    m.put("enabled", String.valueOf(c.isEnabled()));
    return m;
  }

  private static Map<String, String> workstationState(Object o) {
    Workstation w = (Workstation) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("code", w.getCode());
    m.put("site", w.getSite());
    m.put("siteKind", w.getSiteKind().name());
    m.put("state", w.getState().name());
    m.put("notes", String.valueOf(w.getNotes()));
    return m;
  }

  private static Map<String, String> planState(Object o) {
    CarePlan p = (CarePlan) o;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("kind", p.getKind().name());
    m.put("planNumber", String.valueOf(p.getPlanNumber()));
    m.put("status", p.getStatus().name());
    m.put("networkVersion", p.getNetworkVersion());
    m.put("objectives", p.getObjectives());
    m.put("services", new TreeSet<>(p.getServices()).toString());
    m.put("reviewDate", String.valueOf(p.getReviewDate()));
    m.put("thresholds", p.getThresholds().toString());
    m.put("alarmProtocol", p.getAlarmProtocol().toString());
    m.put("authoredBy", p.getAuthoredBy());
    m.put("approvedBy", p.getApprovedBy());
    return m;
  }
}
