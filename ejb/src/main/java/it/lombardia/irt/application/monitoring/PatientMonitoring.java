package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's tele-monitoring at a glance, for the care team: each monitored parameter's readings
 * of a period with the thresholds in force and the alarms it raised, adherence (readings received
 * against those the protocol expects), the questionnaires the patient answered, and the pause in
 * force.
 */
@Stateless
public class PatientMonitoring {

  @Inject Measurements measurements;
  @Inject Alarms alarms;
  @Inject AlarmPauses pauses;
  @Inject MonitoringProfiles profiles;
  @Inject AnsweredQuestionnaires questionnaires;

  /** One parameter over the period. */
  public record ParameterView(
      MonitoredParameter parameter,
      List<Threshold> thresholds,
      List<Measurement> readings,
      List<Alarm> alarms,
      long expected) {

    /** Readings received against those expected, in percent (at most 100). */
    public int adherence() {
      return expected == 0 ? 100 : (int) Math.min(100, readings.size() * 100 / expected);
    }
  }

  public record Overview(
      List<ParameterView> parameters,
      List<Alarm> alarms,
      List<AnsweredQuestionnaires.View> questionnaires,
      Optional<AlarmPause> pause) {}

  public Overview overview(long patientId, Instant from, Instant to) {
    List<Measurement> readings = measurements.of(patientId, ObservationCodes.ANY, from, to);
    List<Alarm> all = alarms.ofPatient(patientId);
    List<ParameterView> views = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MonitoredPlan plan : profiles.profile(patientId).plans()) {
      Instant start = plan.since() != null && plan.since().isAfter(from) ? plan.since() : from;
      for (MonitoredParameter p : plan.protocol().parameters()) {
        if (!seen.add(p.code())) {
          continue;
        }
        long expected =
            p.expectedEvery() == null || p.expectedEvery().isZero() || !to.isAfter(start)
                ? 0
                : Duration.between(start, to).toMinutes() / p.expectedEvery().toMinutes();
        views.add(
            new ParameterView(
                p,
                plan.evaluation().thresholds(p.code()),
                readings.stream().filter(m -> m.getCode().equals(p.code())).toList(),
                all.stream().filter(a -> a.getParameter().equals(p.code())).toList(),
                expected));
      }
    }
    List<AnsweredQuestionnaires.View> answered =
        questionnaires.of(patientId).stream()
            .filter(q -> !q.getAuthoredAt().isBefore(from) && q.getAuthoredAt().isBefore(to))
            .map(questionnaires::describe)
            .toList();
    return new Overview(views, all, answered, pauses.current(patientId));
  }
}
