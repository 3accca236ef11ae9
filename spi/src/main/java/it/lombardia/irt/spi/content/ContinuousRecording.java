package it.lombardia.irt.spi.content;

import java.time.Duration;
import java.util.List;

/**
 * A parameter a device records continuously — a CGM sensor's interstitial glucose, an overnight
 * pulse oximetry — and sends as one series (FHIR {@code valueSampledData}) instead of one reading
 * per sample. IRT stores the series as one reading, evaluates the protocol's thresholds over it and
 * summarises it; the plug-in says how.
 *
 * @param sustainedFor how long the samples must stay at or beyond a threshold for it to count as
 *     crossed: one alarm per episode that lasts so long, not one per sample (e.g. 15 minutes for a
 *     CGM hypoglycaemia event)
 * @param targetLow lower end of the target range, or null: the summary gives the share of time
 *     below it (e.g. 70 mg/dL for CGM, 90 % for the T90 of oximetry)
 * @param targetHigh upper end of the target range, or null: the share of time above it (e.g. 180
 *     mg/dL); with both ends, also the share of time in range (ends included)
 * @param indices the derived indices IRT computes from the series
 * @since 1.3
 */
public record ContinuousRecording(
    Duration sustainedFor, Double targetLow, Double targetHigh, List<Index> indices) {

  /** Indices IRT knows how to compute soundly from a series. */
  public enum Index {
    /**
     * Glucose management indicator, the HbA1c estimated from the mean CGM glucose (Bergenstal
     * 2018): 3.31 + 0.02392 × mean mg/dL; needs the unit {@code mg/dL}.
     */
    GLUCOSE_MANAGEMENT_INDICATOR,
    /**
     * Oxygen desaturation index: falls of SpO2 by 3 points or more below the baseline of the
     * previous 2 minutes, lasting 10 seconds or more, per hour of valid recording; needs the unit
     * {@code %} and samples at least every 4 seconds.
     */
    OXYGEN_DESATURATION_INDEX
  }

  public ContinuousRecording {
    indices = indices == null ? List.of() : List.copyOf(indices);
  }
}
