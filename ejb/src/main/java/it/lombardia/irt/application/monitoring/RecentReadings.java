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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The recent valid readings of a patient's parameter, which trend rules look at: from the cache
 * when it reaches back far enough, else from the database (and cached). New readings join a cached
 * series after their transaction commits; a withdrawn reading evicts it.
 */
@Stateless
public class RecentReadings {

  /**
   * At most this many readings per series, the newest: a trend rule looks at no more. (A series
   * that outgrew it keeps its start, so it still answers for its window instead of being loaded
   * again for every reading.)
   */
  static final int MAX_POINTS = 2000;

  /**
   * A cached series: the valid readings since {@code from} (the newest MAX_POINTS), oldest first.
   */
  record Series(Instant from, List<Point> points) {

    Series with(List<Point> added) {
      List<Point> all = new ArrayList<>(points);
      added.stream().filter(p -> !p.at().isBefore(from)).forEach(all::add);
      all.sort(Comparator.comparing(Point::at));
      return new Series(from, List.copyOf(newest(all)));
    }
  }

  private static List<Point> newest(List<Point> series) {
    return series.subList(Math.max(0, series.size() - MAX_POINTS), series.size());
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

  /** The newest MAX_POINTS valid readings since {@code from}, oldest first. */
  private List<Point> load(long patientId, String code, Instant from) {
    List<Point> newestFirst =
        em.createQuery(
                "select m.effectiveAt, m.value from Measurement m where m.patientId = :p"
                    + " and m.code = :c and m.effectiveAt >= :from and"
                    + Measurements.VALID
                    + " order by m.effectiveAt desc",
                Object[].class)
            .setParameter("p", patientId)
            .setParameter("c", code)
            .setParameter("from", from)
            .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
            .setMaxResults(MAX_POINTS)
            .getResultStream()
            .map(r -> new Point((Instant) r[0], (Double) r[1]))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(newestFirst);
    return newestFirst;
  }
}
