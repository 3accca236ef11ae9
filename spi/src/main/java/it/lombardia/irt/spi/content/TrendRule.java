package it.lombardia.irt.spi.content;

import java.time.Duration;

/**
 * A rule on a series of readings, e.g. body weight rising by 2 kg within 72 hours, or no reading
 * for 48 hours.
 *
 * @param parameter code (LOINC or MDC) of a {@link MonitoredParameter} of the same protocol
 * @param amount the change that triggers the rule (in the parameter's unit); ignored for {@link
 *     Kind#MISSING}
 * @param window the time over which the change is measured, or the gap for {@link Kind#MISSING}
 */
public record TrendRule(
    String id,
    Label label,
    String parameter,
    Kind kind,
    double amount,
    Duration window,
    AlarmLevel level) {

  /** What the rule looks for. */
  public enum Kind {
    RISE,
    FALL,
    MISSING
  }
}
