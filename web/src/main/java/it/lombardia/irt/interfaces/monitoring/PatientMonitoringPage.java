package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.monitoring.AlarmPauses;
import it.lombardia.irt.application.monitoring.ContinuousReadings;
import it.lombardia.irt.application.monitoring.PatientMonitoring;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.SeriesSummary;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.Formats;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.UserSession;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A patient's tele-monitoring: for each parameter a chart of the period's readings with the
 * thresholds in force as lines and the readings that raised an alarm marked, adherence, the alarms,
 * the pause of alarms, and the physician's periodic evaluation notes.
 */
@Named
@ViewScoped
public class PatientMonitoringPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  @Inject PatientMonitoring monitoring;
  @Inject ContinuousReadings continuous;
  @Inject AlarmPauses pauses;
  @Inject HomeCareRecord record;
  @Inject PatientRegistry registry;
  @Inject UserSession session;
  @Inject Formats formats;
  @Inject Labels bilingual;
  @Inject Clock clock;

  private static final List<Integer> PERIODS = List.of(7, 30, 90);

  private Long patientId;
  private int days = 30;
  private Instant from;
  private Instant to;
  private Patient patient;
  private boolean denied;
  private PatientMonitoring.Overview overview;
  private List<ContinuousReadings.View> series = List.of();
  private List<RecordEntry> evaluations = List.of();
  private LocalDateTime pauseUntil;
  private String pauseReason;
  private String evaluationText;

  public void load() {
    try {
      patient = registry.open(patientId, RecordPart.CLINICAL);
      to = clock.instant().plus(Duration.ofMinutes(5));
      from = to.minus(Duration.ofDays(days));
      overview = monitoring.overview(patientId, from, to);
      series = continuous.of(patientId, from, to);
      evaluations =
          record
              .timeline(
                  patientId,
                  new HomeCareRecord.Filter(
                      Set.of(RecordEntry.Type.NOTE), LocalDate.now(clock).minusDays(days), null))
              .stream()
              .filter(e -> HomeCareRecord.evaluationText(e).isPresent())
              .toList();
    } catch (AccessDeniedException e) {
      denied = true;
    } catch (NotFoundException e) {
      FacesMessages.error("patients.notFound");
    }
  }

  public void pause() {
    if (PageActions.attempt(
        () ->
            pauses.pause(
                patientId,
                clock.instant(),
                pauseUntil == null ? null : pauseUntil.atZone(Italy.ZONE).toInstant(),
                pauseReason),
        "monitoring.paused")) {
      pauseUntil = null;
      pauseReason = null;
    }
    load();
  }

  public void endPause() {
    PageActions.attempt(
        () -> overview.pause().ifPresent(p -> pauses.end(p.getId())), "monitoring.pauseEnded");
    load();
  }

  public void addEvaluation() {
    if (PageActions.attempt(
        () -> record.addEvaluation(patientId, evaluationText), "monitoring.evaluationAdded")) {
      evaluationText = null;
    }
    load();
  }

  /**
   * The Chart.js configuration of one parameter's chart: the period's readings between its first
   * and last day, so that the thresholds' lines cross the whole period even around one reading.
   */
  public String chart(PatientMonitoring.ParameterView view) {
    boolean english = "en".equals(session.getLanguage());
    List<Measurement> readings = view.readings();
    JsonArrayBuilder labels = Json.createArrayBuilder().add(tick(from));
    JsonArrayBuilder values = Json.createArrayBuilder().addNull();
    JsonArrayBuilder marks = Json.createArrayBuilder().addNull();
    for (Measurement m : readings) {
      labels.add(tick(m.getEffectiveAt()));
      values.add(m.getValue());
      if (alarmed(view, m)) {
        marks.add(m.getValue());
      } else {
        marks.addNull();
      }
    }
    Instant now = clock.instant();
    labels.add(tick(to.isAfter(now) ? now : to));
    values.addNull();
    marks.addNull();
    int points = readings.size() + 2;
    String name = bilingual.of(view.parameter().name());
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", name + " (" + view.parameter().unit() + ")")
                    .add("data", values)
                    .add("borderColor", "#1d4ed8")
                    .add("backgroundColor", "#1d4ed8")
                    .add("spanGaps", true)
                    .add("tension", 0.2))
            .add(
                Json.createObjectBuilder()
                    .add("label", FacesMessages.text("monitoring.alarmRaised"))
                    .add("data", marks)
                    .add("showLine", false)
                    .add("pointStyle", "triangle")
                    .add("pointRadius", 9)
                    .add("borderColor", "#b91c1c")
                    .add("backgroundColor", "#dc2626"));
    for (Threshold t : view.thresholds()) {
      JsonArrayBuilder line = Json.createArrayBuilder();
      for (int i = 0; i < points; i++) {
        line.add(t.value());
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", thresholdLabel(t, view.parameter().unit()))
              .add("data", line)
              .add("borderColor", colour(t))
              .add("borderDash", Json.createArrayBuilder().add(6).add(4))
              .add("borderWidth", 1)
              .add("pointRadius", 0)
              .add("fill", false));
    }
    JsonObjectBuilder config =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("maintainAspectRatio", false)
                    .add("locale", english ? "en-GB" : "it-IT")
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("position", "bottom"))));
    return config.build().toString();
  }

  private static String tick(Instant at) {
    return TICK.format(at.atZone(Italy.ZONE));
  }

  /** Whether {@code reading} raised (or repeated) one of the parameter's alarms. */
  public boolean alarmed(PatientMonitoring.ParameterView view, Measurement reading) {
    return view.alarms().stream()
        .anyMatch(
            a ->
                a.getFirstAt().equals(reading.getEffectiveAt())
                    || a.getLastAt().equals(reading.getEffectiveAt()));
  }

  /**
   * What the chart shows, in words: how many readings, the last one and the thresholds in force —
   * its text alternative, with the table of values under it.
   */
  public String caption(PatientMonitoring.ParameterView view) {
    List<Measurement> readings = view.readings();
    Measurement last = readings.get(readings.size() - 1);
    String unit = view.parameter().unit();
    String thresholds =
        view.thresholds().stream()
            .map(t -> thresholdLabel(t, unit))
            .collect(Collectors.joining(", "));
    return FacesMessages.text(
        "monitoring.caption",
        readings.size(),
        formats.number(last.getValue()) + " " + unit,
        formats.dateTime(last.getEffectiveAt()),
        thresholds.isEmpty() ? "—" : thresholds);
  }

  /** "Allarme ≥ 120 /min". */
  private String thresholdLabel(Threshold t, String unit) {
    return FacesMessages.text("enum.AlarmLevel." + t.level().name())
        + (t.direction() == Threshold.Direction.ABOVE ? " ≥ " : " ≤ ")
        + formats.number(t.value())
        + " "
        + unit;
  }

  public List<Integer> getPeriods() {
    return PERIODS;
  }

  /**
   * A series' time below, in and above its target range as people read it ("sotto 70 mg/dL: 4 % ·
   * 70–180 mg/dL: 81 % · sopra 180 mg/dL: 15 %"); empty without a target range.
   */
  public String ranges(ContinuousReadings.View v) {
    SeriesSummary s = v.summary();
    List<String> parts = new ArrayList<>();
    if (s.below() != null) {
      parts.add(
          FacesMessages.text(
              "monitoring.series.below", quantity(v.targetLow(), v), formats.number(s.below())));
    }
    if (s.inRange() != null) {
      parts.add(
          FacesMessages.text(
              "monitoring.series.inRange",
              formats.number(v.targetLow()) + "–" + quantity(v.targetHigh(), v),
              formats.number(s.inRange())));
    }
    if (s.above() != null) {
      parts.add(
          FacesMessages.text(
              "monitoring.series.above", quantity(v.targetHigh(), v), formats.number(s.above())));
    }
    return String.join(" · ", parts);
  }

  /** The indices of a series: GMI, ODI; empty without them. */
  public String indices(ContinuousReadings.View v) {
    SeriesSummary s = v.summary();
    List<String> parts = new ArrayList<>();
    if (s.gmi() != null) {
      parts.add(FacesMessages.text("monitoring.series.gmi", formats.number(s.gmi())));
    }
    if (s.odi() != null) {
      parts.add(FacesMessages.text("monitoring.series.odi", formats.number(s.odi())));
    }
    return String.join(" · ", parts);
  }

  /** Mean, minimum and maximum of a series, with the unit. */
  public String statistics(ContinuousReadings.View v) {
    SeriesSummary s = v.summary();
    return s.mean() == null
        ? ""
        : FacesMessages.text(
            "monitoring.series.statistics",
            quantity(s.mean(), v),
            quantity(s.min(), v),
            quantity(s.max(), v));
  }

  private String quantity(double value, ContinuousReadings.View v) {
    return formats.number(value) + " " + v.unit();
  }

  /** Sends the points of one series as a CSV file (the read is logged like the record's). */
  public void download(long measurementId) {
    PageActions.attempt(
        () -> {
          ContinuousReadings.Points points = continuous.points(patientId, measurementId);
          String header = bilingual.of(points.view().name()) + " (" + points.view().unit() + ")";
          try {
            FileResponses.send(
                SeriesCsv.of(points, header, session.getLocale()),
                "text/csv; charset=UTF-8",
                "serie-" + measurementId + ".csv");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        null);
  }

  private static String colour(Threshold t) {
    return switch (t.level()) {
      case ATTENTION -> "#d97706";
      case ALARM -> "#dc2626";
      case CRITICAL -> "#7c3aed";
    };
  }

  public String explanation(Alarm a) {
    return "en".equals(session.getLanguage()) ? a.getExplanationEn() : a.getExplanationIt();
  }

  public String evaluationText(RecordEntry e) {
    return HomeCareRecord.evaluationText(e).orElse("");
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = Math.max(1, Math.min(365, days));
  }

  public Patient getPatient() {
    return patient;
  }

  public boolean isDenied() {
    return denied;
  }

  public List<ContinuousReadings.View> getSeries() {
    return series;
  }

  public PatientMonitoring.Overview getOverview() {
    return overview;
  }

  public List<RecordEntry> getEvaluations() {
    return evaluations;
  }

  public LocalDateTime getPauseUntil() {
    return pauseUntil;
  }

  public void setPauseUntil(LocalDateTime pauseUntil) {
    this.pauseUntil = pauseUntil;
  }

  public String getPauseReason() {
    return pauseReason;
  }

  public void setPauseReason(String pauseReason) {
    this.pauseReason = pauseReason;
  }

  public String getEvaluationText() {
    return evaluationText;
  }

  public void setEvaluationText(String evaluationText) {
    this.evaluationText = evaluationText;
  }
}
