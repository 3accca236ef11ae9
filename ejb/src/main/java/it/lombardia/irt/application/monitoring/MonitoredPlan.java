package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Evaluation;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.Protocol;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One active enrolment of a patient under tele-monitoring, with what its approved plan puts in
 * force: the protocol of the pinned network version, the personalised thresholds and the alarm
 * protocol.
 *
 * @param since when the plan was approved: missing-data rules count from there
 */
public record MonitoredPlan(
    long enrolmentId,
    long planId,
    String networkId,
    String networkVersion,
    Protocol protocol,
    List<PersonalisedThreshold> thresholds,
    List<AlarmStep> alarmProtocol,
    Instant since) {

  public Evaluation evaluation() {
    return new Evaluation(protocol, thresholds);
  }

  public boolean monitors(String code) {
    return protocol.parameters().stream().anyMatch(p -> p.isCodedAs(code));
  }

  /** The longest window of this plan's trend rules on {@code code}; zero when it has none. */
  public Duration trendWindow(String code) {
    return protocol.trendRules().stream()
        .filter(r -> r.parameter().equals(code))
        .map(r -> r.window())
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }
}
