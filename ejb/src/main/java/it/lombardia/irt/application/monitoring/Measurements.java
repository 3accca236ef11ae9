package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Reads of a patient's measurements, for whoever may open the patient's record (each read is logged
 * as a read of the record): the valid readings of a period (one resource: {@link
 * ObservationVersions}).
 */
@Stateless
public class Measurements {

  /**
   * JPQL condition on {@code m}: a valid reading, neither withdrawn nor corrected by a later row
   * (parameter {@code withdrawn} = {@link Measurement.Status#ENTERED_IN_ERROR}).
   */
  public static final String VALID =
      " m.status <> :withdrawn"
          + " and not exists (select r.id from Measurement r where r.correctsId = m.id)";

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;

  /**
   * The valid readings (neither withdrawn nor corrected) of a patient in [{@code from}, {@code
   * to}), of one parameter or all ({@code code} null), oldest first.
   */
  public List<Measurement> of(long patientId, String code, Instant from, Instant to) {
    return of(patientId, ObservationCodes.code(code), from, to);
  }

  /**
   * The valid readings of a patient in [{@code from}, {@code to}) of the Observations that meet
   * {@code codes}, oldest first.
   */
  public List<Measurement> of(long patientId, ObservationCodes codes, Instant from, Instant to) {
    Guard.requireScope("Observation", 's');
    registry.open(patientId, RecordPart.CLINICAL);
    var query =
        em.createQuery(
            "select m from Measurement m where m.patientId = :p"
                + codes.condition()
                + " and m.effectiveAt >= :from and m.effectiveAt < :to and"
                + VALID
                + " order by m.effectiveAt, m.id",
            Measurement.class);
    return codes
        .bind(query)
        .setParameter("p", patientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .setMaxResults(10_000)
        .getResultList();
  }
}
