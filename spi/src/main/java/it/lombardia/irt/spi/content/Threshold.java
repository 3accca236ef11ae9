package it.lombardia.irt.spi.content;

/**
 * A default threshold of a parameter at one level, and the interval within which a care plan (PAI)
 * may personalise it. A reading at or above the value ({@link Direction#ABOVE}), or at or below it
 * ({@link Direction#BELOW}), raises the level: guidelines write "≥ 38.3 °C", and so does IRT.
 *
 * @param parameter code (LOINC or MDC) of a {@link MonitoredParameter} of the same protocol
 */
public record Threshold(
    String parameter,
    AlarmLevel level,
    Direction direction,
    double value,
    double personalisableMin,
    double personalisableMax) {

  /** Which side of the value is abnormal. */
  public enum Direction {
    ABOVE,
    BELOW
  }
}
