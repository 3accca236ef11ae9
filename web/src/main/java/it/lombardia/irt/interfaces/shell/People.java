package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

  /**
   * A professional by name and, for a physician, the kind of physician: "Giulia Bianchi · Medico di
   * medicina generale (MMG)" — how a colleague or a patient knows who leads an encounter.
   */
  public String qualified(String username) {
    return directory
        .find(username)
        .filter(u -> u.getSpecialty() != null)
        .map(u -> u.getFullName() + " · " + FacesMessages.text("specialty." + u.getSpecialty()))
        .orElseGet(() -> name(username));
  }

  /** Several professionals by name, in the order given. */
  public String names(List<String> addresses) {
    return addresses == null
        ? ""
        : addresses.stream().map(this::name).collect(Collectors.joining(", "));
  }
}
