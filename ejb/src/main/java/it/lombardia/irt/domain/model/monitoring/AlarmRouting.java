package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.spi.content.AlarmLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Routes an alarm by a plan's alarm protocol: the step of the alarm's level whose hours cover the
 * time of the event (Italian local time; a span past midnight wraps, equal ends mean all day) names
 * who must acknowledge and within how many minutes of the event; outside every step's hours the
 * alarm goes straight to the step's fallback. Escalation hands it to the fallback and, when the
 * fallback is a person, finally to the COT, which keeps it.
 */
public final class AlarmRouting {

  private final List<AlarmStep> protocol;
  private final Duration fallbackWindow;

  /**
   * @param fallbackWindow how long a fallback recipient has to acknowledge before the alarm moves
   *     on
   */
  public AlarmRouting(List<AlarmStep> protocol, Duration fallbackWindow) {
    this.protocol = protocol == null ? List.of() : protocol;
    this.fallbackWindow = fallbackWindow;
  }

  public AlarmRoute route(AlarmLevel level, Instant eventAt) {
    List<AlarmStep> steps = protocol.stream().filter(s -> s.level() == level).toList();
    LocalTime time = eventAt.atZone(Italy.ZONE).toLocalTime();
    Optional<AlarmStep> covering = steps.stream().filter(s -> covers(s, time)).findFirst();
    if (covering.isPresent()) {
      AlarmStep s = covering.get();
      return new AlarmRoute(
          s.recipient(),
          eventAt.plus(Duration.ofMinutes(s.acknowledgeWithinMinutes())),
          s.fallback());
    }
    if (steps.isEmpty()) {
      return new AlarmRoute(AlarmStep.COT_CENTRE, null, null);
    }
    return next(steps.get(0).fallback(), eventAt);
  }

  /** Where an alarm not acknowledged in time goes from {@code fallback}, at {@code now}. */
  public AlarmRoute next(String fallback, Instant now) {
    if (fallback == null || AlarmStep.COT_CENTRE.equals(fallback)) {
      return new AlarmRoute(AlarmStep.COT_CENTRE, null, null);
    }
    return new AlarmRoute(fallback, now.plus(fallbackWindow), AlarmStep.COT_CENTRE);
  }

  private static boolean covers(AlarmStep s, LocalTime t) {
    if (s.from().equals(s.to())) {
      return true;
    }
    return s.from().isBefore(s.to())
        ? !t.isBefore(s.from()) && t.isBefore(s.to())
        : !t.isBefore(s.from()) || t.isBefore(s.to());
  }
}
