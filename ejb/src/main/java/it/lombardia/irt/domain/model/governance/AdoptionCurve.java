package it.lombardia.irt.domain.model.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many patients should be enrolled by a date: points of a cumulative target (the seed's curve
 * gives one per year end) joined by straight lines, from zero at its start; after the last point
 * the target stays the last one.
 */
public final class AdoptionCurve {

  /** The curve's target {@code patients} on {@code date}, cumulative. */
  public record Point(LocalDate date, long patients) {

    public Point {
      if (patients < 0) {
        throw new IllegalArgumentException("a target is never negative: " + patients);
      }
    }
  }

  private final LocalDate start;
  private final List<Point> points;

  /**
   * A curve that starts from zero on {@code start}; its points, in any order, must come after the
   * start, on distinct dates, and never decrease.
   */
  public AdoptionCurve(LocalDate start, List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparing(Point::date));
    LocalDate previousDate = start;
    long previous = 0;
    for (Point p : sorted) {
      if (!p.date().isAfter(previousDate)) {
        throw new IllegalArgumentException("points come after the start, one per date: " + p);
      }
      if (p.patients() < previous) {
        throw new IllegalArgumentException("a cumulative target never decreases: " + p);
      }
      previousDate = p.date();
      previous = p.patients();
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a curve has at least one point");
    }
    this.start = start;
    this.points = List.copyOf(sorted);
  }

  /**
   * Regione Lombardia's curve for the PNRR (seed 000 §6.2, DGR 164): 80,000 patients by the end of
   * 2024, 170,000 by the end of 2025, 200,000 by the end of 2026.
   */
  public static AdoptionCurve lombardia() {
    return new AdoptionCurve(
        LocalDate.of(2024, 1, 1),
        List.of(
            new Point(LocalDate.of(2024, 12, 31), 80_000),
            new Point(LocalDate.of(2025, 12, 31), 170_000),
            new Point(LocalDate.of(2026, 12, 31), 200_000)));
  }

  public LocalDate start() {
    return start;
  }

  public List<Point> points() {
    return points;
  }

  /** The final target: the last point's. */
  public long target() {
    return points.get(points.size() - 1).patients();
  }

  /** The target on {@code day}, rounded down: 0 up to the start, the final target after the end. */
  public long targetOn(LocalDate day) {
    LocalDate fromDate = start;
    long from = 0;
    for (Point p : points) {
      if (!day.isAfter(p.date())) {
        if (!day.isAfter(fromDate)) {
          return from;
        }
        long span = ChronoUnit.DAYS.between(fromDate, p.date());
        long elapsed = ChronoUnit.DAYS.between(fromDate, day);
        return from + Math.floorDiv((p.patients() - from) * elapsed, span);
      }
      fromDate = p.date();
      from = p.patients();
    }
    return target();
  }
}
