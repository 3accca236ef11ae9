package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    if (codes.matchNothing()) {
      return List.of();
    }
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

  /**
   * A page of the patient's Observations (a panel is one, however many readings it holds) whose
   * valid readings meet {@code codes} and {@code when}, in time order, as the readings they hold,
   * and how many Observations there are in all. Each page checks (and logs) the caller's access
   * again.
   */
  public ResultPage<Measurement> page(
      long patientId, ObservationCodes codes, TimeCriteria when, PageRequest page) {
    Guard.requireScope("Observation", 's');
    registry.open(patientId, RecordPart.CLINICAL);
    if (codes.matchNothing()) {
      return ResultPage.empty();
    }
    // one key per Observation: its version's id, or (stored before versions) the reading's own
    String resource = "coalesce(m.observationVersionId, -m.id)";
    String where =
        " from Measurement m where m.patientId = :p"
            + codes.condition()
            + when.jpql("m.effectiveAt")
            + " and"
            + VALID;
    var count = em.createQuery("select count(distinct " + resource + ")" + where, Long.class);
    var keys =
        em.createQuery(
                "select "
                    + resource
                    + where
                    + " group by "
                    + resource
                    + page.orderBy("min(m.effectiveAt)", "min(m.id)"),
                Long.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit());
    for (var query : List.of(count, keys)) {
      codes.bind(query).setParameter("p", patientId);
      query.setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR);
      when.bind(query);
    }
    List<Long> found = keys.getResultList();
    return new ResultPage<>(readingsOf(found), count.getSingleResult());
  }

  /** The valid readings of the Observations with these keys, in the keys' order. */
  private List<Measurement> readingsOf(List<Long> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Long> versions = keys.stream().filter(k -> k > 0).toList();
    List<Long> alone = keys.stream().filter(k -> k < 0).map(k -> -k).toList();
    List<Measurement> readings =
        em.createQuery(
                "select m from Measurement m where (m.observationVersionId in :v or m.id in :r)"
                    + " order by m.id",
                Measurement.class)
            .setParameter("v", versions.isEmpty() ? List.of(0L) : versions)
            .setParameter("r", alone.isEmpty() ? List.of(0L) : alone)
            .getResultList();
    Map<Long, Integer> place = new HashMap<>();
    keys.forEach(k -> place.put(k, place.size()));
    return readings.stream()
        .sorted(
            Comparator.comparing(
                m ->
                    place.get(
                        m.getObservationVersionId() != null
                            ? m.getObservationVersionId()
                            : -m.getId())))
        .toList();
  }
}
