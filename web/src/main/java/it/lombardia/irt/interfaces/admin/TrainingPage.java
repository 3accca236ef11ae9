package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.training.StaffTrainings;
import it.lombardia.irt.application.training.TrainingForm;
import it.lombardia.irt.application.user.UserAdministration;
import it.lombardia.irt.domain.model.training.Enforcement;
import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ASST administrator's training page (seed 003 §2.1.6): the professionals' courses per service,
 * a new one recorded, a wrong one removed, and the ASST's choice to warn or block without one.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The roles that deliver services: the professionals one may record a course for. */
  private static final Set<Role> DELIVERING =
      EnumSet.of(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);

  @Inject StaffTrainings trainings;
  @Inject UserAdministration users;

  private List<StaffTraining> rows;
  private List<UserAccount> professionals;
  private Map<String, String> names;
  private TrainingForm form = new TrainingForm();
  private Enforcement enforcement;

  @PostConstruct
  void load() {
    rows = trainings.list(null);
    professionals =
        users.list().stream()
            .filter(u -> u.getRoles().stream().anyMatch(DELIVERING::contains))
            .toList();
    names =
        users.list().stream()
            .collect(
                Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName, (a, b) -> a));
    enforcement = trainings.enforcement();
  }

  public void record() {
    if (PageActions.attempt(() -> trainings.record(form), "training.recorded")) {
      form = new TrainingForm();
      load();
    }
  }

  public void remove(StaffTraining training) {
    if (PageActions.attempt(() -> trainings.remove(training.getId()), "training.removed")) {
      load();
    }
  }

  public void saveEnforcement() {
    if (PageActions.attempt(() -> trainings.choose(enforcement), "training.policySaved")) {
      load();
    }
  }

  /** A professional by name, never by username (a former account by its username). */
  public String nameOf(String username) {
    return names.getOrDefault(username, username);
  }

  public List<StaffTraining> getRows() {
    return rows;
  }

  public List<UserAccount> getProfessionals() {
    return professionals;
  }

  public TelemedicineService[] getServices() {
    return TelemedicineService.values();
  }

  public Enforcement[] getEnforcements() {
    return Enforcement.values();
  }

  public TrainingForm getForm() {
    return form;
  }

  public Enforcement getEnforcement() {
    return enforcement;
  }

  public void setEnforcement(Enforcement enforcement) {
    this.enforcement = enforcement;
  }
}
