package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Evaluation.Point;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.infrastructure.cache.MonitoringCache;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recent valid readings of a patient's parameter, which trend rules look at: from the cache
 * when it reaches back far enough, else from the database (and cached). New readings join a cached
 * series after their transaction commits; a withdrawn reading evicts it.
 */
@Stateless
public class RecentReadings {

  /** At most this many readings per cached series: the oldest go, and the series starts later. */
  static final int MAX_POINTS = 2000;

  /** A cached series: every valid reading since {@code from}, oldest first. */
  record Series(Instant from, List<Point> points) {

    Series with(List<Point> added) {
      List<Point> all = new ArrayList<>(points);
      added.stream().filter(p -> !p.at().isBefore(from)).forEach(all::add);
      all.sort(Comparator.comparing(Point::at));
      if (all.size() <= MAX_POINTS) {
        return new Series(from, List.copyOf(all));
      }
      List<Point> kept = all.subList(all.size() - MAX_POINTS, all.size());
      return new Series(kept.get(0).at(), List.copyOf(kept));
    }
  }

  @PersistenceContext EntityManager em;
  @Inject MonitoringCache cache;

  public List<Point> since(long patientId, String code, Instant from) {
    Series cached = cache.series(patientId, code);
    if (cached == null || cached.from().isAfter(from)) {
      cached = new Series(from, load(patientId, code, from));
      cache.putSeries(patientId, code, cached);
    }
    return cached.points().stream().filter(p -> !p.at().isBefore(from)).toList();
  }

  public void addAfterCommit(long patientId, String code, List<Point> points) {
    cache.<Series>updateSeriesAfterCommit(patientId, code, s -> s.with(points));
  }

  public void forget(long patientId, String code) {
    cache.evictSeries(patientId, code);
  }

  private List<Point> load(long patientId, String code, Instant from) {
    return em.createQuery(
            "select m.effectiveAt, m.value from Measurement m where m.patientId = :p"
                + " and m.code = :c and m.effectiveAt >= :from and"
                + Measurements.VALID
                + " order by m.effectiveAt",
            Object[].class)
        .setParameter("p", patientId)
        .setParameter("c", code)
        .setParameter("from", from)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .getResultStream()
        .map(r -> new Point((Instant) r[0], (Double) r[1]))
        .toList();
  }
}
