package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Professionals by name, never by username: an account of the ASST by its full name, an operations
 * centre by its label; an unknown address is shown as it is.
 */
@Named
@RequestScoped
public class People {

  @Inject UserDirectory directory;

  private final Map<String, String> names = new HashMap<>();

  public String name(String address) {
    if (address == null) {
      return "";
    }
    if (AlarmStep.isCentre(address)) {
      return FacesMessages.text("plan.centre." + address.substring(address.indexOf(':') + 1));
    }
    return names.computeIfAbsent(address, directory::nameOf);
  }
}
