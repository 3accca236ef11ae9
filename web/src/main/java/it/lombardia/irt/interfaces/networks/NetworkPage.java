package it.lombardia.irt.interfaces.networks;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.network.NetworkAdministration;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.application.tenant.TenantAdministration;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One network at one version, readable by clinicians: conditions, protocols with criteria,
 * parameters, thresholds, trends and alarm actions, devices, questionnaires, tariffs and sources.
 * The Region administrator also enables it per ASST here.
 */
@Named
@ViewScoped
public class NetworkPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NetworkCatalog catalog;
  @Inject NetworkAdministration administration;
  @Inject TenantAdministration tenants;

  private String id;
  private String version;
  private NetworkDefinition definition;
  private List<String> versions = List.of();
  private Map<String, String> enablements = Map.of();
  private List<Tenant> allTenants = List.of();
  private String enableTenant;
  private String enableVersion;

  /** Runs as the view action, once the view parameters are set. */
  public void load() {
    try {
      definition = catalog.definition(id, version);
      versions =
          catalog.visible().stream()
              .filter(n -> n.id().equals(id))
              .findFirst()
              .map(NetworkSummary::versions)
              .orElse(List.of());
      if (isRegionAdmin()) {
        enablements = administration.enablements(id);
        allTenants = tenants.list();
      }
    } catch (NotFoundException e) {
      definition = null;
      FacesMessages.error("networks.notFound");
    }
  }

  public void enable() {
    try {
      administration.enable(
          enableTenant,
          id,
          enableVersion == null || enableVersion.isBlank() ? null : enableVersion);
      FacesMessages.info("networks.enabled", enableTenant);
      enablements = administration.enablements(id);
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } catch (NotFoundException | AccessDeniedException e) {
      FacesMessages.error("networks.notFound");
    }
  }

  public void disable(String tenantCode) {
    administration.disable(tenantCode, id);
    FacesMessages.info("networks.disabled", tenantCode);
    enablements = administration.enablements(id);
  }

  /** The parameter a threshold or trend refers to, for its name and unit. */
  public MonitoredParameter parameter(Protocol protocol, String code) {
    return protocol.parameters().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElse(null);
  }

  public boolean isRegionAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("REGION_ADMIN");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public NetworkDefinition getDefinition() {
    return definition;
  }

  public List<String> getVersions() {
    return versions;
  }

  public List<Map.Entry<String, String>> getEnablements() {
    return List.copyOf(enablements.entrySet());
  }

  public List<Tenant> getAllTenants() {
    return allTenants;
  }

  public String getEnableTenant() {
    return enableTenant;
  }

  public void setEnableTenant(String enableTenant) {
    this.enableTenant = enableTenant;
  }

  public String getEnableVersion() {
    return enableVersion;
  }

  public void setEnableVersion(String enableVersion) {
    this.enableVersion = enableVersion;
  }
}
