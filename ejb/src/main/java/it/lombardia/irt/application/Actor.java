package it.lombardia.irt.application;

import it.lombardia.irt.domain.model.apiclient.SmartScope;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who is acting in the current call: a logged-in person, an API client, or the platform itself
 * (start-up jobs). Its tenant feeds the Hibernate tenant filter and the audit trail.
 *
 * @param name username, API client id, or {@code system}
 * @param tenantCode the actor's ASST, or {@link Tenancy#REGION} for Region-level actors
 * @param tenantName the ASST's name as shown in the UI
 * @param clientAddress the remote address of the request, if any
 * @param scopes what an API client may do (a person's roles decide for them: none)
 */
public record Actor(
    String name,
    String fullName,
    String tenantCode,
    String tenantName,
    Set<Role> roles,
    PhysicianSpecialty specialty,
    String clientAddress,
    List<SmartScope> scopes)
    implements Serializable {

  public Actor {
    scopes = List.copyOf(scopes);
  }

  /** A person, or the platform: no scopes. */
  public Actor(
      String name,
      String fullName,
      String tenantCode,
      String tenantName,
      Set<Role> roles,
      PhysicianSpecialty specialty,
      String clientAddress) {
    this(name, fullName, tenantCode, tenantName, roles, specialty, clientAddress, List.of());
  }

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
    return new Actor(name, fullName, tenantCode, tenantName, roles, specialty, address, scopes);
  }

  /**
   * Whether this actor may do {@code interaction} (SMART: c, r, u, d, s) on resources of {@code
   * type}: an API client only within its scopes; a person as their roles and care allow.
   */
  public boolean mayUse(String type, char interaction) {
    return !hasRole(Role.API_CLIENT) || scopes.stream().anyMatch(s -> s.permits(type, interaction));
  }
}
