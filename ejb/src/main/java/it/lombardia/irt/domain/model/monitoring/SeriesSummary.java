package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.ContinuousRecording.Index;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a clinician reads of a continuous series before (or instead of) its points: coverage, mean,
 * minimum and maximum, the share of time below, in and above the plug-in's target range (CGM time
 * in range 70–180 mg/dL; for oximetry T90, the time below 90 %) and the indices the plug-in asks
 * for. Shares of time are shares of the valid points (every point stands for one period); a point
 * below or above the limits of detection counts at the limit, an error point not at all.
 *
 * @param coverage valid points in percent of all points
 * @param below percent of time below the target range's lower end, or null without one
 * @param inRange percent of time within the target range (ends included), or null without both ends
 * @param above percent of time above the upper end, or null without one
 * @param gmi glucose management indicator in percent (Bergenstal 2018), or null
 * @param odi oxygen desaturation index, events per hour, or null (not asked for, or points too far
 *     apart to see a 10-second desaturation)
 */
public record SeriesSummary(
    int points,
    int valid,
    double coverage,
    Double mean,
    Double min,
    Double max,
    Double below,
    Double inRange,
    Double above,
    Double gmi,
    Double odi) {

  /** A fall from the baseline of this many points of SpO2 (AASM 2012: 3 %) is a desaturation. */
  static final double DESATURATION = 3;

  /** The baseline is the mean of the previous 2 minutes outside desaturations. */
  static final double BASELINE_MILLIS = 120_000;

  /** A desaturation counts when it lasts 10 seconds or more. */
  static final double MIN_DESATURATION_MILLIS = 10_000;

  /** Points further apart than this cannot show a 10-second desaturation: no ODI. */
  static final double ODI_MAX_PERIOD_MILLIS = 4_000;

  public static SeriesSummary of(
      double[] values, double periodMillis, ContinuousRecording recording) {
    int valid = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int below = 0;
    int above = 0;
    Double low = recording == null ? null : recording.targetLow();
    Double high = recording == null ? null : recording.targetHigh();
    for (double v : values) {
      if (Double.isNaN(v)) {
        continue;
      }
      valid++;
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      below += low != null && v < low ? 1 : 0;
      above += high != null && v > high ? 1 : 0;
    }
    if (valid == 0) {
      return new SeriesSummary(values.length, 0, 0, null, null, null, null, null, null, null, null);
    }
    double mean = sum / valid;
    boolean gmi =
        recording != null && recording.indices().contains(Index.GLUCOSE_MANAGEMENT_INDICATOR);
    boolean odi =
        recording != null
            && recording.indices().contains(Index.OXYGEN_DESATURATION_INDEX)
            && periodMillis <= ODI_MAX_PERIOD_MILLIS;
    return new SeriesSummary(
        values.length,
        valid,
        percent(valid, values.length),
        mean,
        min,
        max,
        low == null ? null : percent(below, valid),
        low == null || high == null ? null : percent(valid - below - above, valid),
        high == null ? null : percent(above, valid),
        gmi ? 3.31 + 0.02392 * mean : null,
        odi ? desaturations(values, periodMillis) / (valid * periodMillis / 3_600_000) : null);
  }

  /**
   * Desaturations: the SpO2 at least {@link #DESATURATION} points below the baseline for at least
   * {@link #MIN_DESATURATION_MILLIS}, counted once until it recovers. The baseline holds still
   * during a fall, and no fall is looked for until it covers {@link #BASELINE_MILLIS}.
   */
  static int desaturations(double[] values, double periodMillis) {
    int window = (int) Math.ceil(BASELINE_MILLIS / periodMillis);
    int needed = (int) Math.ceil(MIN_DESATURATION_MILLIS / periodMillis);
    Deque<Double> baseline = new ArrayDeque<>();
    double baselineSum = 0;
    int run = 0;
    int events = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        continue;
      }
      if (baseline.size() == window && v <= baselineSum / window - DESATURATION) {
        if (++run == needed) {
          events++;
        }
        continue;
      }
      run = 0;
      baseline.addLast(v);
      baselineSum += v;
      if (baseline.size() > window) {
        baselineSum -= baseline.removeFirst();
      }
    }
    return events;
  }

  private static double percent(int part, int whole) {
    return part * 100.0 / whole;
  }
}
