package it.lombardia.irt.domain.model.plan;

import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Threshold;
import java.util.Optional;

/**
 * A care plan's own value for one of the protocol's thresholds (same parameter, level and
 * direction); it must lie within the interval the plug-in allows to personalise.
 *
 * @param parameter code of the monitored parameter
 * @param direction which of the protocol's thresholds of that parameter and level (a heart rate has
 *     one above and one below); null in plans written before directions were named, meaning the
 *     protocol's first
 */
public record PersonalisedThreshold(
    String parameter, AlarmLevel level, double value, Threshold.Direction direction) {

  /** Whether this is the plan's value for {@code t}, a threshold of {@code protocol}. */
  public boolean personalises(Threshold t, Protocol protocol) {
    if (!parameter.equals(t.parameter()) || level != t.level()) {
      return false;
    }
    return direction != null
        ? direction == t.direction()
        : protocol.thresholds().stream()
            .filter(d -> d.parameter().equals(parameter) && d.level() == level)
            .findFirst()
            .map(d -> d.direction() == t.direction())
            .orElse(false);
  }

  /** The protocol's threshold this personalises, if the protocol has it. */
  public Optional<Threshold> base(Protocol protocol) {
    return protocol.thresholds().stream().filter(t -> personalises(t, protocol)).findFirst();
  }
}
