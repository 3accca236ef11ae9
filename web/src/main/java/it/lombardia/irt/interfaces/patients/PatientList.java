package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.patient.PatientForm;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** "My patients": the caller's worklist, search, and registration of a new patient. */
@Named
@ViewScoped
public class PatientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientRegistry registry;

  private List<Patient> rows;
  private String query;
  private PatientForm form = new PatientForm();

  @PostConstruct
  void load() {
    rows = registry.worklist();
  }

  public void search() {
    try {
      rows = query == null || query.isBlank() ? registry.worklist() : registry.search(query);
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void startRegistration() {
    form = new PatientForm();
  }

  public void register() {
    try {
      Patient patient = registry.register(form);
      FacesMessages.info(
          "patients.registered", patient.getFamilyName() + " " + patient.getGivenName());
      PrimeFaces.current().executeScript("PF('patientDialog').hide()");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public List<Patient> getRows() {
    return rows;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public PatientForm getForm() {
    return form;
  }
}
