package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.monitoring.AnsweredQuestionnaires;
import it.lombardia.irt.application.monitoring.Measurements;
import it.lombardia.irt.application.monitoring.MonitoredPlan;
import it.lombardia.irt.application.monitoring.MonitoringProfile;
import it.lombardia.irt.application.monitoring.MonitoringProfiles;
import it.lombardia.irt.application.monitoring.PatientMonitoring;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AnsweredQuestionnaire;
import it.lombardia.irt.domain.model.monitoring.Evaluation;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tele-control (seed 003 §2.2.6): requested by a physician in a PAI for a defined period, it puts
 * the patient's shared data (measurements, questionnaires) under control through at least one video
 * call with the physician, and ends with a report. Its calls are encounters of the service
 * TELECONTROL; the report is their outcome document, whose first section IRT drafts from the data
 * of the period; signing it concludes the tele-control.
 */
@Stateless
public class TeleControls {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** A reading the patient shared, named as the protocol names its parameter. */
  public record SharedReading(Instant at, Label parameter, double value, String unit) {}

  /**
   * What the patient and caregiver see of their tele-control on a call's page: its period, the
   * parameters they measure and the questionnaires they answer (plug-in ids), the readings and
   * answers they shared in it (newest first), and the report once final.
   */
  public record PatientView(
      LocalDate from,
      LocalDate to,
      List<MonitoredParameter> parameters,
      List<String> questionnaireIds,
      List<SharedReading> readings,
      List<AnsweredQuestionnaires.View> questionnaires,
      List<OutcomeDocument.Field> report) {}

  @PersistenceContext EntityManager em;
  @Inject EncounterRepository encounters;
  @Inject CarePlanRepository plans;
  @Inject EnrolmentRepository enrolments;
  @Inject Clock clock;
  @Inject PatientMonitoring monitoring;
  @Inject MonitoringProfiles profiles;
  @Inject AnsweredQuestionnaires answered;
  @Inject EnrolmentWorkflow workflow;
  @Inject HomeCareRecord record;

  /**
   * The patient's approved PAI whose tele-control runs today; refused with the reason otherwise.
   */
  public CarePlan planInForce(long patientId) {
    List<CarePlan> teleControls =
        plans.approvedPaisOfActiveEnrolments(patientId).stream()
            .filter(CarePlan::isTeleControl)
            .toList();
    RuleViolation.require(
        !teleControls.isEmpty(),
        "error.telecontrol.noPlan",
        "a tele-control call belongs to an active PAI with tele-control: the patient has none");
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    return teleControls.stream()
        .filter(p -> p.teleControlCovers(today))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "error.telecontrol.period",
                    "the tele-control's period (from %s to %s) does not include today"
                        .formatted(
                            RecordText.date(teleControls.get(0).getCycleStart()),
                            RecordText.date(teleControls.get(0).getCycleEnd()))));
  }

  /** The report needs at least one video call of the tele-control held (joined or completed). */
  public void requireCallHeld(long planId) {
    long held =
        encounters.countOfPlan(
            planId,
            TelemedicineService.TELECONTROL,
            List.of(Encounter.State.IN_PROGRESS, Encounter.State.COMPLETED));
    RuleViolation.require(
        held > 0,
        "error.telecontrol.noCall",
        "the tele-control's report needs at least one video call held with the patient");
  }

  /**
   * Ends the tele-control: an enrolment for the tele-control alone is closed, otherwise the record
   * says it ended.
   */
  public void conclude(long planId, Instant at) {
    CarePlan plan = plans.find(planId).orElseThrow();
    Enrolment enrolment = enrolments.find(plan.getEnrolmentId()).orElseThrow();
    LocalDate day = at.atZone(Italy.ZONE).toLocalDate();
    EntryText concluded = EntryMessage.TELECONTROL_CONCLUDED.with(EntryArg.date(day));
    if (enrolment.getServices().equals(EnumSet.of(TelemedicineService.TELECONTROL))
        && enrolment.getState() != Enrolment.State.CLOSED) {
      workflow.close(
          enrolment.getId(),
          "Telecontrollo concluso con la relazione del " + RecordText.date(day),
          concluded);
    } else {
      record.append(plan.getPatientId(), RecordEntry.Type.PLAN, concluded, null);
    }
  }

  /**
   * The data the patient shared during the tele-control so far, in Italian, for the report: each
   * parameter's readings against those expected with their range and the last one, the
   * questionnaires answered, and the alarms raised.
   */
  public String sharedData(long planId) {
    CarePlan plan = plans.find(planId).orElseThrow();
    Instant from = plan.getCycleStart().atStartOfDay(Italy.ZONE).toInstant();
    Instant end = plan.getCycleEnd().plusDays(1).atStartOfDay(Italy.ZONE).toInstant();
    Instant to = end.isBefore(clock.instant()) ? end : clock.instant();
    PatientMonitoring.Overview overview = monitoring.overview(plan.getPatientId(), from, to);
    NumberFormat number = NumberFormat.getNumberInstance(Locale.ITALY);
    number.setMaximumFractionDigits(1);
    StringBuilder text =
        new StringBuilder(
            "Periodo: dal %s al %s.\n"
                .formatted(
                    RecordText.date(plan.getCycleStart()), RecordText.date(plan.getCycleEnd())));
    for (PatientMonitoring.ParameterView v : overview.parameters()) {
      String unit = v.parameter().unit();
      text.append(v.parameter().name().it())
          .append(": ")
          .append(v.readings().size())
          .append(" misure su ")
          .append(v.expected())
          .append(" attese (aderenza ")
          .append(v.adherence())
          .append(" %)");
      if (!v.readings().isEmpty()) {
        DoubleSummaryStatistics stats =
            v.readings().stream().mapToDouble(m -> m.getValue()).summaryStatistics();
        var last = v.readings().get(v.readings().size() - 1);
        text.append(
            ", da %s a %s %s, ultima %s %s il %s"
                .formatted(
                    number.format(stats.getMin()),
                    number.format(stats.getMax()),
                    unit,
                    number.format(last.getValue()),
                    unit,
                    WHEN.format(last.getEffectiveAt().atZone(Italy.ZONE))));
      }
      text.append(".\n");
    }
    text.append("Questionari compilati: ").append(overview.questionnaires().size());
    overview.questionnaires().stream()
        .findFirst()
        .ifPresent(
            q ->
                text.append(
                    "; ultimo «%s» il %s: punteggio %d%s"
                        .formatted(
                            q.name().it(),
                            WHEN.format(q.answered().getAuthoredAt().atZone(Italy.ZONE)),
                            q.answered().getScore(),
                            q.meaning().it().isEmpty() ? "" : " — " + q.meaning().it())));
    text.append(".\n");
    List<Alarm> alarms =
        overview.alarms().stream()
            .filter(a -> !a.getFirstAt().isBefore(from) && a.getFirstAt().isBefore(to))
            .toList();
    Map<AlarmLevel, Long> byLevel =
        alarms.stream()
            .collect(
                Collectors.groupingBy(
                    Alarm::getLevel,
                    () -> new TreeMap<>(Comparator.reverseOrder()),
                    Collectors.counting()));
    text.append("Allarmi: ").append(alarms.size());
    if (!byLevel.isEmpty()) {
      text.append(" (")
          .append(
              byLevel.entrySet().stream()
                  .map(e -> e.getValue() + " di livello " + Evaluation.levelName(e.getKey()))
                  .collect(Collectors.joining(", ")))
          .append(")");
    }
    return text.append(".").toString();
  }

  /**
   * The protocol a tele-control call's plan follows (what the patient measures and answers); empty
   * for any other encounter or a plan no longer in force.
   */
  public Optional<Protocol> protocolOf(Encounter call) {
    if (call.getService() != TelemedicineService.TELECONTROL || call.getCarePlanId() == null) {
      return Optional.empty();
    }
    return profiles.profile(call.getPatientId()).plans().stream()
        .filter(p -> p.planId() == call.getCarePlanId())
        .map(MonitoredPlan::protocol)
        .findFirst();
  }

  /**
   * The tele-control of a call as its patient sees it. For the patient's personal link only: the
   * caller ({@link PatientVisitDesk}) has checked the link, which names this patient.
   */
  public PatientView patientView(Encounter call) {
    CarePlan plan = plans.find(call.getCarePlanId()).orElseThrow();
    Instant from = plan.getCycleStart().atStartOfDay(Italy.ZONE).toInstant();
    Instant to = plan.getCycleEnd().plusDays(1).atStartOfDay(Italy.ZONE).toInstant();
    MonitoringProfile profile = profiles.profile(plan.getPatientId());
    Optional<Protocol> protocol = protocolOf(call);
    List<SharedReading> readings =
        em.createQuery(
                "select m from Measurement m where m.patientId = :p"
                    + " and m.effectiveAt >= :from and m.effectiveAt < :to and"
                    + Measurements.VALID
                    + " order by m.effectiveAt desc, m.id desc",
                Measurement.class)
            .setParameter("p", plan.getPatientId())
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
            .setMaxResults(200)
            .getResultStream()
            .map(
                m ->
                    new SharedReading(
                        m.getEffectiveAt(),
                        profile
                            .parameter(m.getCode())
                            .map(MonitoredParameter::name)
                            .orElse(Label.of(m.getCode(), m.getCode())),
                        m.getValue(),
                        m.getUnit()))
            .toList();
    List<AnsweredQuestionnaires.View> questionnaires =
        em.createQuery(
                "select q from AnsweredQuestionnaire q where q.patientId = :p"
                    + " and q.authoredAt >= :from and q.authoredAt < :to"
                    + " order by q.authoredAt desc, q.id desc",
                AnsweredQuestionnaire.class)
            .setParameter("p", plan.getPatientId())
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(100)
            .getResultStream()
            .map(answered::describe)
            .toList();
    return new PatientView(
        plan.getCycleStart(),
        plan.getCycleEnd(),
        protocol.map(Protocol::parameters).orElse(List.of()),
        protocol.map(Protocol::questionnaires).orElse(List.of()),
        readings,
        questionnaires,
        FinalReports.of(encounters, OutcomeKind.TELECONTROL_REPORT, plan.getId()));
  }
}
