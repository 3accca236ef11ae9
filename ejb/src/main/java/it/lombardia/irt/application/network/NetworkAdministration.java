package it.lombardia.irt.application.network;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.network.NetworkContentChanged;
import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.plugin.PluginLoadException;
import it.lombardia.irt.infrastructure.plugin.PluginSandbox;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.validation.ValidationReport;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Region-level management of the clinical networks: a network curator or the Region administrator
 * uploads a new plug-in version (active at once, no restart); the Region administrator enables
 * networks per ASST.
 */
@Stateless
public class NetworkAdministration {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<NetworkContentChanged> contentChanged;
  @Inject NetworkReleases releases;
  @Inject PluginSandbox sandbox;

  /**
   * Activates the plug-in jar's definition as a new release, or refuses it with the full report.
   * The jar's code runs only in the sandbox; the server sees its definition as JSON.
   */
  public NetworkRelease upload(byte[] jar) {
    Actor actor = Guard.requireAnyRole(Role.REGION_ADMIN, Role.NETWORK_CURATOR);
    try {
      var definition = sandbox.definitionIn(jar);
      NetworkRelease release =
          releases.activate(
              definition, NetworkRelease.Origin.UPLOADED, Secrets.sha256(jar), actor.name());
      contentChanged.fire(new NetworkContentChanged(release.getNetworkId(), null));
      return release;
    } catch (PluginLoadException e) {
      throw new PluginRefusedException(
          new ValidationReport(
              "?", "?", List.of(new ValidationReport.Problem("jar", e.getMessage()))));
    }
  }

  /**
   * Enables a network for an ASST, optionally pinned to a version (null: follow the newest). Writes
   * into another tenant, so it runs with the tenant filter off in its own transaction.
   */
  public void enable(String tenantCode, String networkId, String pinnedVersion) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    CallContext.asRegion(
        admin,
        () -> {
          requireTenant(tenantCode);
          if (releases.newest(networkId).isEmpty()) {
            throw new NotFoundException("Network", networkId);
          }
          if (pinnedVersion != null && releases.find(networkId, pinnedVersion).isEmpty()) {
            throw InvalidInputException.of(
                "version",
                "error.network.version",
                "network " + networkId + " has no version " + pinnedVersion);
          }
          Optional<NetworkEnablement> existing = enablement(tenantCode, networkId);
          if (existing.isPresent()) {
            existing.get().pin(pinnedVersion);
          } else {
            em.persist(
                new NetworkEnablement(tenantCode, networkId, pinnedVersion, clock.instant()));
          }
          contentChanged.fire(new NetworkContentChanged(networkId, tenantCode));
          return null;
        });
  }

  public void disable(String tenantCode, String networkId) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    CallContext.asRegion(
        admin,
        () -> {
          requireTenant(tenantCode);
          enablement(tenantCode, networkId).ifPresent(em::remove);
          contentChanged.fire(new NetworkContentChanged(networkId, tenantCode));
          return null;
        });
  }

  /**
   * The ASSTs that have enabled a network (tenant code → pinned version or null), for the Region.
   */
  public Map<String, String> enablements(String networkId) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(
        admin,
        () -> {
          Map<String, String> result = new TreeMap<>();
          em.createQuery(
                  "select e from NetworkEnablement e where e.networkId = :n",
                  NetworkEnablement.class)
              .setParameter("n", networkId)
              .getResultList()
              .forEach(e -> result.put(e.getTenantCode(), e.getPinnedVersion()));
          return result;
        });
  }

  private void requireTenant(String code) {
    if (code == null || em.find(Tenant.class, code) == null) {
      throw new NotFoundException("Tenant", code);
    }
  }

  private Optional<NetworkEnablement> enablement(String tenantCode, String networkId) {
    return em.createQuery(
            "select e from NetworkEnablement e where e.tenantCode = :t and e.networkId = :n",
            NetworkEnablement.class)
        .setParameter("t", tenantCode)
        .setParameter("n", networkId)
        .getResultStream()
        .findFirst();
  }
}
