package it.lombardia.irt.domain.model.monitoring;

import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * A run of consecutive points of a series that all meet a condition (at or beyond a threshold). An
 * error point (NaN) meets none, so it ends a run: a gap in the recording is not counted as time
 * beyond the threshold.
 *
 * @param first index of the first point
 * @param length how many points
 * @param extreme index of the point furthest beyond (the lowest for a low, the highest for a high)
 */
public record Episode(int first, int length, int extreme) {

  /** The longest run of {@code values} meeting {@code condition}, if any point does. */
  public static Optional<Episode> longest(
      double[] values, DoublePredicate condition, boolean lowest) {
    Episode best = null;
    int start = -1;
    int extreme = -1;
    for (int i = 0; i <= values.length; i++) {
      if (i < values.length && condition.test(values[i])) {
        if (start < 0) {
          start = i;
          extreme = i;
        } else if (lowest ? values[i] < values[extreme] : values[i] > values[extreme]) {
          extreme = i;
        }
      } else if (start >= 0) {
        if (best == null || i - start > best.length()) {
          best = new Episode(start, i - start, extreme);
        }
        start = -1;
      }
    }
    return Optional.ofNullable(best);
  }
}
