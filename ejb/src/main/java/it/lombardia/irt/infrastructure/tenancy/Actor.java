package it.lombardia.irt.infrastructure.tenancy;

import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting in the current call: a logged-in person, an API client, or the platform itself
 * (start-up jobs). Its tenant feeds the Hibernate tenant filter and the audit trail.
 *
 * @param name username, API client id, or {@code system}
 * @param tenantCode the actor's ASST, or {@link Tenancy#REGION} for Region-level actors
 * @param tenantName the ASST's name as shown in the UI
 * @param clientAddress the remote address of the request, if any
 */
public record Actor(
    String name,
    String fullName,
    String tenantCode,
    String tenantName,
    Set<Role> roles,
    PhysicianSpecialty specialty,
    String clientAddress)
    implements Serializable {

  public static Actor system() {
    return new Actor(
        "system",
        "IRT",
        Tenancy.REGION,
        Tenancy.REGION_NAME,
        Set.of(Role.REGION_ADMIN),
        null,
        null);
  }

  /** The platform acting inside one ASST (scheduled jobs on that ASST's data); holds no role. */
  public static Actor systemOf(String tenantCode) {
    return new Actor("system", "IRT", tenantCode, tenantCode, Set.of(), null, null);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Actor from(String address) {
    return new Actor(name, fullName, tenantCode, tenantName, roles, specialty, address);
  }
}
