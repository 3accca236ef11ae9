package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The readings matching a conditional create's criteria, within what the caller may see (the
 * resource just stored, for {@code Prefer: return=representation}: {@link
 * ObservationVersions#asStored}).
 */
@Stateless
public class ObservationMatches {

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;

  /**
   * The valid readings with this identifier whose patient's clinical record the caller reaches (a
   * search: an API client needs Observation.s); nothing is logged as read, nothing is told of the
   * others.
   */
  public List<Measurement> withIdentifier(String system, String value) {
    Guard.requireScope("Observation", 's');
    return em.createQuery(
            "select m from Measurement m where m.identifierSystem = :s and m.identifierValue = :v"
                + " and"
                + Measurements.VALID,
            Measurement.class)
        .setParameter("s", system)
        .setParameter("v", value)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .getResultStream()
        .filter(m -> registry.reaches(m.getPatientId(), RecordPart.CLINICAL))
        .toList();
  }
}
