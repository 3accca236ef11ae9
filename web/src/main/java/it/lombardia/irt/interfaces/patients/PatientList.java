package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.UnavailableException;
import it.lombardia.irt.application.patient.PatientForm;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.patient.CodiceFiscaleCheck;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/** "My patients": the caller's worklist, search, and registration of a new patient. */
@Named
@ViewScoped
public class PatientList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientRegistry registry;
  @Inject Clock clock;

  private List<Patient> rows;
  private String query;
  private PatientForm form = new PatientForm();
  private CodiceFiscaleCheck cfCheck;

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
    cfCheck = null;
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

  /**
   * Checks the codice fiscale as it is typed (each field is sent alone: the empty ones would fail
   * their bean validation and stop the check): once it has 16 characters, names the wrong parts or
   * fills birth date, sex and place of birth from it, and compares the names typed with its
   * letters.
   */
  public void checkCodiceFiscale() {
    String typed = form.getCodiceFiscale() == null ? "" : form.getCodiceFiscale().replace(" ", "");
    if (typed.length() < 16) {
      cfCheck = null;
      return;
    }
    cfCheck =
        CodiceFiscaleCheck.of(
            typed, form.getFamilyName(), form.getGivenName(), LocalDate.now(clock));
    if (cfCheck.valid()) {
      form.setBirthDate(cfCheck.birthDate());
      form.setSex(cfCheck.sex());
      form.setBirthPlace(cfCheck.place().displayName());
    }
  }

  /** The check of the codice fiscale typed, or null while it is shorter than 16 characters. */
  public CodiceFiscaleCheck getCfCheck() {
    return cfCheck;
  }

  /** Whether the national registry (ANA) lookup is switched on. */
  public boolean isNationalRegistryEnabled() {
    return registry.nationalRegistryEnabled();
  }

  /** Prefills the form from the national registry (ANA) by the codice fiscale typed. */
  public void lookUpNationalRegistry() {
    try {
      registry
          .lookUpNationalRegistry(form.getCodiceFiscale())
          .ifPresentOrElse(
              found -> {
                form.setGivenName(found.givenName());
                form.setFamilyName(found.familyName());
                form.setBirthDate(found.birthDate());
                form.setBirthPlace(found.birthPlace());
                form.setSex(found.sex());
                form.setResidenceMunicipality(found.residenceMunicipality());
                form.setGeneralPractitioner(found.generalPractitioner());
                FacesMessages.info("patients.nationalRegistry.found");
              },
              () -> FacesMessages.error("patients.nationalRegistry.notFound"));
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } catch (UnavailableException e) {
      FacesMessages.error("patients.nationalRegistry.unavailable");
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
