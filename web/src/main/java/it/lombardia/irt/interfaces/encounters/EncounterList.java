package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
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

  private List<Encounter> inbox = List.of();
  private List<Encounter> others = List.of();
  private Map<Long, String> names = new HashMap<>();
  private List<Patient> patients = List.of();

  private Long patientId;
  private TelemedicineService service = TelemedicineService.TELECONSULT;
  private boolean synchronous;
  private boolean patientPresent;
  private String question;
  private String consulted;

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
    EncounterForm form =
        new EncounterForm(
            patientId,
            service,
            synchronous,
            patientPresent,
            null,
            null,
            question,
            consulted == null || consulted.isBlank()
                ? List.of()
                : Arrays.stream(consulted.split("[,;\\s]+")).filter(u -> !u.isBlank()).toList(),
            null);
    if (PageActions.attempt(() -> opened[0] = encounters.open(form), null)) {
      return "/app/encounters/encounter?faces-redirect=true&id=" + opened[0].getId();
    }
    return null;
  }

  /** The services an encounter can be opened for now (a televisit follows a booking). */
  public List<TelemedicineService> getServices() {
    return List.of(
        TelemedicineService.TELECONSULT,
        TelemedicineService.HEALTH_TELECONSULTANCY,
        TelemedicineService.TELEASSISTANCE,
        TelemedicineService.TELEREHABILITATION);
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public TelemedicineService getService() {
    return service;
  }

  public void setService(TelemedicineService service) {
    this.service = service;
  }

  public boolean isSynchronous() {
    return synchronous;
  }

  public void setSynchronous(boolean synchronous) {
    this.synchronous = synchronous;
  }

  public boolean isPatientPresent() {
    return patientPresent;
  }

  public void setPatientPresent(boolean patientPresent) {
    this.patientPresent = patientPresent;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getConsulted() {
    return consulted;
  }

  public void setConsulted(String consulted) {
    this.consulted = consulted;
  }

  public String patientName(long patientId) {
    return names.getOrDefault(patientId, "#" + patientId);
  }

  public boolean asked(Encounter e) {
    return e.isConsulted(CallContext.requireActor().name());
  }

  public List<Encounter> getInbox() {
    return inbox;
  }

  public List<Encounter> getOthers() {
    return others;
  }
}
