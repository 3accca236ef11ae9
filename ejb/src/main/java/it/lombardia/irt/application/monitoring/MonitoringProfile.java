package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.spi.content.MonitoredParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is in force for one patient's readings: the plans of their active tele-monitoring enrolments
 * and the pauses of their alarms. Cached per patient; evicted on every change.
 */
public record MonitoringProfile(long patientId, List<MonitoredPlan> plans, List<Pause> pauses) {

  /** A period in which the patient's alarms are paused. */
  public record Pause(Instant from, Instant until) {}

  public boolean isMonitored() {
    return !plans.isEmpty();
  }

  public List<MonitoredPlan> plansMonitoring(String code) {
    return plans.stream().filter(p -> p.monitors(code)).toList();
  }

  public Optional<MonitoredParameter> parameter(String code) {
    return plans.stream().flatMap(p -> p.evaluation().parameter(code).stream()).findFirst();
  }

  public boolean isPausedAt(Instant when) {
    return pauses.stream().anyMatch(p -> !when.isBefore(p.from()) && when.isBefore(p.until()));
  }

  /** How far back the trend rules on {@code code} look, across the plans. */
  public Duration trendWindow(String code) {
    return plans.stream()
        .map(p -> p.trendWindow(code))
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }
}
