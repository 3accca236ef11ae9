package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A patient's record; outside the care it says so and offers "break the glass" with a reason. Each
 * opening is logged by the registry.
 */
@Named
@ViewScoped
public class PatientRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientRegistry registry;

  private long id;
  private Patient patient;
  private boolean denied;
  private List<PatientAccess> accesses = List.of();
  private String reason;
  private List<Caregiver> caregivers = List.of();

  public void load() {
    try {
      patient = registry.open(id);
      denied = false;
      accesses = registry.accesses(id);
      caregivers = registry.caregivers(id);
    } catch (AccessDeniedException e) {
      patient = null;
      denied = true;
    } catch (NotFoundException e) {
      patient = null;
      FacesMessages.error("patients.notFound");
    }
  }

  public void breakTheGlass() {
    try {
      registry.breakTheGlass(id, reason);
      FacesMessages.info("patients.breakGlass.granted");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } catch (AccessDeniedException e) {
      FacesMessages.error("patients.breakGlass.notAllowed");
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Patient getPatient() {
    return patient;
  }

  public boolean isDenied() {
    return denied;
  }

  public List<PatientAccess> getAccesses() {
    return accesses;
  }

  public List<Caregiver> getCaregivers() {
    return caregivers;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
