package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The header's patient search ({@code /app/patients/search.xhtml?q=…}): the patients the caller may
 * open whose name or codice fiscale matches, each a link to the record.
 */
@Named
@RequestScoped
public class PatientSearch {

  @Inject PatientRegistry registry;

  private String query;
  private List<Patient> results;

  /** Searches when the page is opened with a query; a too-short one is reported, not searched. */
  public void run() {
    if (query != null && !query.isBlank()) {
      PageActions.attempt(() -> results = registry.search(query), null);
    }
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  /** The matches, or null when nothing was searched. */
  public List<Patient> getResults() {
    return results;
  }
}
