package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.CurrentUser;
import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.RolledOutServices;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's open encounters: the asynchronous consults waiting for them (the inbox: a question
 * they are asked, or an answer to their question) and the encounters they lead or take part in; and
 * a new encounter held now or asynchronously.
 */
@Named
@ViewScoped
public class EncounterList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Encounters encounters;
  @Inject PatientRegistry registry;
  @Inject RolledOutServices rolledOut;

  private List<Encounter> inbox = List.of();
  private List<Encounter> others = List.of();
  private Map<Long, String> names = new HashMap<>();
  private List<Patient> patients = List.of();

  private final EncounterFields fields = new EncounterFields(false);
  private TelemedicineService service = TelemedicineService.TELECONSULT;

  @PostConstruct
  void load() {
    PageActions.attempt(
        () -> {
          List<Encounter> mine = encounters.mine();
          inbox = mine.stream().filter(e -> !e.isSynchronous()).toList();
          others = mine.stream().filter(Encounter::isSynchronous).toList();
          patients = registry.worklist();
          patients.forEach(p -> names.put(p.getId(), p.getFamilyName() + " " + p.getGivenName()));
        },
        null);
  }

  /**
   * Opens an encounter led by the caller, held now or asynchronously (a teleconsult or
   * teleconsultancy question, a tele-assistance, a tele-rehabilitation session), and goes to it.
   */
  public String open() {
    Encounter[] opened = new Encounter[1];
    EncounterForm form = fields.toForm(service);
    if (PageActions.attempt(() -> opened[0] = encounters.open(form), null)) {
      return "/app/encounters/encounter?faces-redirect=true&id=" + opened[0].getId();
    }
    return null;
  }

  /**
   * The services an encounter can be opened for now (a televisit follows a booking, a
   * teleconsultancy is always scheduled).
   */
  public List<TelemedicineService> getServices() {
    return rolledOut.only(
        List.of(
            TelemedicineService.TELECONSULT,
            TelemedicineService.TELEASSISTANCE,
            TelemedicineService.TELEREHABILITATION,
            TelemedicineService.TELECONTROL));
  }

  public EncounterFields getFields() {
    return fields;
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public TelemedicineService getService() {
    return service;
  }

  public void setService(TelemedicineService service) {
    this.service = service;
  }

  public String patientName(long patientId) {
    return names.getOrDefault(patientId, "#" + patientId);
  }

  public boolean asked(Encounter e) {
    return e.isConsulted(CurrentUser.username());
  }

  public List<Encounter> getInbox() {
    return inbox;
  }

  public List<Encounter> getOthers() {
    return others;
  }
}
