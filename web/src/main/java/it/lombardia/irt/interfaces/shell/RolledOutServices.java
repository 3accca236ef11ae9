package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The services the Region has rolled out to the user's ASST today (seed 000 §6.1), read once per
 * request: pages offer only these, and hide the menu entries of the others. The use cases refuse
 * the others anyway; this only keeps people from reaching for them.
 */
@Named
@RequestScoped
public class RolledOutServices {

  @Inject ServiceRollout rollout;

  private Set<TelemedicineService> enabled;

  public boolean isEnabled(TelemedicineService service) {
    return enabled().contains(service);
  }

  /** {@code offered}, without the services not rolled out, in the same order. */
  public List<TelemedicineService> only(List<TelemedicineService> offered) {
    return offered.stream().filter(this::isEnabled).toList();
  }

  /** Whether any service that raises alarms (tele-monitoring, tele-control) is rolled out. */
  public boolean isMonitoring() {
    return isEnabled(TelemedicineService.TELEMONITORING_LEVEL_1)
        || isEnabled(TelemedicineService.TELEMONITORING_LEVEL_2)
        || isEnabled(TelemedicineService.TELECONTROL);
  }

  private Set<TelemedicineService> enabled() {
    if (enabled == null) {
      enabled = rollout.enabledToday();
    }
    return enabled;
  }
}
