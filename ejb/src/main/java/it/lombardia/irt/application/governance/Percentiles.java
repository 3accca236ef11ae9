package it.lombardia.irt.application.governance;

import java.time.Duration;
import java.util.List;

/** Percentiles of waiting times by the nearest-rank method: always one of the measured values. */
final class Percentiles {

  private Percentiles() {}

  /**
   * The {@code p}-th percentile (0 < p ≤ 100) of durations sorted ascending; {@code null} when
   * there are none.
   */
  static Duration of(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
