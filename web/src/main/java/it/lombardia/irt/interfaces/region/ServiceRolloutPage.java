package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.governance.ServiceRollout.ServiceState;
import it.lombardia.irt.application.tenant.TenantAdministration;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Region administrator's phased roll-out (seed 000 §6.1): for the ASST chosen, each
 * telemedicine service with the day it starts there, enabled from a day or disabled.
 */
@Named
@ViewScoped
public class ServiceRolloutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServiceRollout rollout;
  @Inject TenantAdministration tenants;

  private Map<String, String> asstChoices = new LinkedHashMap<>();
  private String code;
  private List<Row> rows = List.of();

  /** A service of the chosen ASST, its start day editable. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TelemedicineService service;
    private final boolean enabledToday;
    private final boolean disabled;
    private final String setBy;
    private final Instant setAt;
    private LocalDate from;

    Row(ServiceState s) {
      service = s.service();
      enabledToday = s.enabledToday();
      disabled = s.from() == null;
      setBy = s.setBy();
      setAt = s.setAt();
      from = s.from();
    }

    public TelemedicineService getService() {
      return service;
    }

    public boolean isEnabledToday() {
      return enabledToday;
    }

    public boolean isDisabled() {
      return disabled;
    }

    public String getSetBy() {
      return setBy;
    }

    public Instant getSetAt() {
      return setAt;
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }
  }

  @PostConstruct
  void load() {
    PageActions.attempt(
        () -> {
          for (Tenant t : tenants.list()) {
            asstChoices.put(t.getName(), t.getCode());
          }
          if (code == null && !asstChoices.isEmpty()) {
            code = asstChoices.values().iterator().next();
          }
          show();
        },
        null);
  }

  /** Shows the services of the ASST chosen (each action also submits the choice: see the page). */
  public void show() {
    if (code != null) {
      PageActions.attempt(() -> rows = rollout.of(code).stream().map(Row::new).toList(), null);
    }
  }

  public void enable(Row row) {
    if (row.getFrom() == null) {
      FacesMessages.error("rollout.fromRequired");
      return;
    }
    set(row, row.getFrom(), "rollout.enabled");
  }

  public void disable(Row row) {
    set(row, null, "rollout.disabled");
  }

  private void set(Row row, LocalDate from, String done) {
    if (PageActions.attempt(() -> rollout.set(code, row.getService().name(), from), done)) {
      show();
    }
  }

  public Map<String, String> getAsstChoices() {
    return asstChoices;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<Row> getRows() {
    return rows;
  }
}
