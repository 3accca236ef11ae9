package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import it.lombardia.irt.application.search.TimeCriteria;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads of a patient's measurements, for whoever may open the patient's record (each read is logged
 * as a read of the record): the valid readings of a period, or one stored row.
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
    Guard.requireScope("Observation", 's');
    registry.open(patientId, RecordPart.CLINICAL);
    var query =
        em.createQuery(
            "select m from Measurement m where m.patientId = :p"
                + (code == null ? "" : " and m.code = :c")
                + " and m.effectiveAt >= :from and m.effectiveAt < :to and"
                + VALID
                + " order by m.effectiveAt, m.id",
            Measurement.class);
    if (code != null) {
      query.setParameter("c", code);
    }
    return query
        .setParameter("p", patientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .setMaxResults(10_000)
        .getResultList();
  }

  /**
   * A page of the patient's valid readings whose code is one of {@code codes} (null: any; empty:
   * none) and whose time meets {@code when}, in time order, and how many there are in all. Each
   * page checks (and logs) the caller's access again.
   */
  public ResultPage<Measurement> page(
      long patientId, Collection<String> codes, TimeCriteria when, PageRequest page) {
    Guard.requireScope("Observation", 's');
    registry.open(patientId, RecordPart.CLINICAL);
    if (codes != null && codes.isEmpty()) {
      return ResultPage.empty();
    }
    String where =
        " from Measurement m where m.patientId = :p"
            + (codes == null ? "" : " and m.code in :c")
            + when.jpql("m.effectiveAt")
            + " and"
            + VALID;
    var count = em.createQuery("select count(m)" + where, Long.class);
    var items =
        em.createQuery(
                "select m" + where + page.orderBy("m.effectiveAt", "m.id"), Measurement.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit());
    for (var query : List.of(count, items)) {
      query
          .setParameter("p", patientId)
          .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR);
      if (codes != null) {
        query.setParameter("c", codes);
      }
      when.bind(query);
    }
    return new ResultPage<>(items.getResultList(), count.getSingleResult());
  }

  /** One stored row, whatever its status. */
  public Measurement one(long id) {
    Guard.requireScope("Observation", 'r');
    Measurement m = em.find(Measurement.class, id);
    if (m == null) {
      throw new NotFoundException("Measurement", id);
    }
    registry.open(m.getPatientId(), RecordPart.CLINICAL);
    return m;
  }
}
