package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.tenant.TenantAdministration;
import it.lombardia.irt.application.tenant.TenantForm;
import it.lombardia.irt.application.user.NewUserForm;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primefaces.PrimeFaces;

/** The Region administrator's list of ASSTs, with create, edit, deactivate and reactivate. */
@Named
@ViewScoped
public class TenantList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenantAdministration tenants;

  private List<Tenant> rows;
  private TenantForm form = new TenantForm();
  private boolean creating;
  private Tenant adminTenant;
  private NewUserForm adminForm = new NewUserForm();

  @PostConstruct
  void load() {
    rows = tenants.list();
  }

  public void startCreate() {
    form = new TenantForm();
    creating = true;
  }

  public void startEdit(Tenant tenant) {
    form = TenantForm.of(tenant);
    creating = false;
  }

  public void save() {
    form.setSettings(withoutBlanks(form.getSettings()));
    try {
      if (creating) {
        tenants.create(form);
        FacesMessages.info("tenants.created", form.getCode());
      } else {
        tenants.update(form.getCode(), form);
        FacesMessages.info("tenants.updated", form.getCode());
      }
      PrimeFaces.current().executeScript("PF('tenantDialog').hide()");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void startCreateAdministrator(Tenant tenant) {
    adminTenant = tenant;
    adminForm = new NewUserForm();
  }

  public void createAdministrator() {
    try {
      tenants.createAdministrator(adminTenant.getCode(), adminForm);
      FacesMessages.info("tenants.admin.created", adminForm.getUsername(), adminTenant.getName());
      PrimeFaces.current().executeScript("PF('adminDialog').hide()");
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } finally {
      adminForm.setPassword(null);
    }
  }

  public void setActive(Tenant tenant, boolean active) {
    tenants.setActive(tenant.getCode(), active);
    FacesMessages.info(active ? "tenants.activated" : "tenants.deactivated", tenant.getName());
    load();
  }

  private static Map<String, String> withoutBlanks(Map<String, String> settings) {
    Map<String, String> cleaned = new TreeMap<>();
    settings.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            cleaned.put(k, v.trim());
          }
        });
    return cleaned;
  }

  public List<Tenant> getRows() {
    return rows;
  }

  public TenantForm getForm() {
    return form;
  }

  public Tenant getAdminTenant() {
    return adminTenant;
  }

  public NewUserForm getAdminForm() {
    return adminForm;
  }

  public boolean isCreating() {
    return creating;
  }

  public Ats[] getAtsValues() {
    return Ats.values();
  }

  public Setting[] getSettingKeys() {
    return Setting.values();
  }
}
