package it.lombardia.irt.application.network;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.network.NetworkContentChanged;
import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkEnablementRepository;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.plugin.PluginLoadException;
import it.lombardia.irt.infrastructure.plugin.PluginSandbox;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.validation.ValidationReport;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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

  @Inject NetworkEnablementRepository enablements;
  @Inject TenantRepository tenants;
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
          Optional<NetworkEnablement> existing = enablements.find(tenantCode, networkId);
          if (existing.isPresent()) {
            existing.get().pin(pinnedVersion);
          } else {
            enablements.add(
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
          enablements.find(tenantCode, networkId).ifPresent(enablements::remove);
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
          enablements
              .of(networkId)
              .forEach(e -> result.put(e.getTenantCode(), e.getPinnedVersion()));
          return result;
        });
  }

  private void requireTenant(String code) {
    if (code == null || tenants.find(code).isEmpty()) {
      throw new NotFoundException("Tenant", code);
    }
  }
}
