package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.enrolment.EnrolmentTask;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
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
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tele-rehabilitation cycle of a PRI (seed 003 §2.2.7): its sessions are encounters of the
 * service TELEREHABILITATION, each saying how far the PRI's objectives came; the PRI is shared with
 * the patient and family on the session's page; the final report, the outcome document of a
 * session, closes the cycle when signed.
 */
@Stateless
public class Rehabilitations {

  /** A member of the PRI's team as the patient reads it: full name and role in the team. */
  public record TeamMember(String name, String teamRole) {}

  /**
   * What the patient and family see of their PRI on a session's page: objectives and how far they
   * came, timings, the cycle (sessions planned and held, per week, dates), the team, and the final
   * report once signed.
   */
  public record PatientView(
      List<ObjectiveProgress> objectives,
      String timings,
      Integer sessionsPlanned,
      long sessionsHeld,
      Integer sessionsPerWeek,
      LocalDate from,
      LocalDate to,
      List<TeamMember> team,
      boolean concluded,
      List<OutcomeDocument.Field> report) {}

  @Inject EncounterRepository encounters;
  @Inject CarePlanRepository plans;
  @Inject EnrolmentRepository enrolments;
  @Inject EnrolmentWorkflow workflow;
  @Inject HomeCareRecord record;
  @Inject UserDirectory users;

  /** The PRI's objectives (one per line) with how far the latest completed session brought them. */
  public List<ObjectiveProgress> objectivesSoFar(CarePlan pri) {
    List<ObjectiveProgress> last =
        encounters
            .latestCompletedOfPlan(pri.getId())
            .map(Encounter::getObjectives)
            .orElse(List.of());
    return Arrays.stream(
            pri.getObjectives() == null ? new String[0] : pri.getObjectives().split("\n"))
        .map(String::trim)
        .filter(o -> !o.isEmpty())
        .map(
            o ->
                last.stream()
                    .filter(p -> p.objective().equals(o))
                    .findFirst()
                    .orElse(new ObjectiveProgress(o, ObjectiveProgress.Status.NOT_STARTED, null)))
        .toList();
  }

  /** Sessions of the PRI held so far (completed). */
  public long sessionsHeld(long priId) {
    return encounters.countOfPlan(
        priId, TelemedicineService.TELEREHABILITATION, List.of(Encounter.State.COMPLETED));
  }

  /** The final report closes a cycle that is still open and had at least one session held. */
  public void requireOpenCycleWithSessions(long priId) {
    CarePlan pri = plans.find(priId).orElseThrow();
    RuleViolation.require(
        pri.getStatus() == CarePlan.Status.APPROVED,
        "error.rehab.concluded",
        "this PRI's rehabilitation cycle is concluded or no longer in force");
    RuleViolation.require(
        sessionsHeld(priId) > 0,
        "error.rehab.noSession",
        "the final rehabilitation report needs at least one session completed");
  }

  /** The report's first section, in Italian: sessions held against those planned, objectives. */
  public String progress(long priId) {
    CarePlan pri = plans.find(priId).orElseThrow();
    String objectives =
        objectivesSoFar(pri).stream()
            .map(
                o ->
                    "- %s: %s%s"
                        .formatted(
                            o.objective(),
                            RecordText.objective(o.status()),
                            o.note() == null || o.note().isBlank() ? "" : " (" + o.note() + ")"))
            .collect(Collectors.joining("\n"));
    return "Sedute svolte: %d su %d previste, ciclo dal %s al %s.\nObiettivi:\n%s"
        .formatted(
            sessionsHeld(priId),
            pri.getSessionsPlanned(),
            RecordText.date(pri.getCycleStart()),
            RecordText.date(pri.getCycleEnd()),
            objectives);
  }

  /**
   * Ends the cycle: the PRI is concluded and the record says so; an enrolment for
   * tele-rehabilitation alone is closed when the signer may close pathways (a health professional
   * leaves that to the physician, the COT or the ADI, who see it concluded in the record).
   */
  public void conclude(long priId, Actor signer, Instant at) {
    CarePlan pri = plans.find(priId).orElseThrow();
    pri.conclude();
    Enrolment enrolment = enrolments.find(pri.getEnrolmentId()).orElseThrow();
    LocalDate day = at.atZone(Italy.ZONE).toLocalDate();
    EntryText concluded =
        EntryMessage.REHABILITATION_CONCLUDED.with(
            EntryArg.number(sessionsHeld(priId)),
            EntryArg.number(pri.getSessionsPlanned()),
            EntryArg.date(day));
    boolean mayClose = Arrays.stream(EnrolmentTask.COORDINATE.roles()).anyMatch(signer::hasRole);
    if (mayClose
        && enrolment.getServices().equals(EnumSet.of(TelemedicineService.TELEREHABILITATION))
        && enrolment.getState() != Enrolment.State.CLOSED) {
      workflow.close(
          enrolment.getId(),
          "Teleriabilitazione conclusa con la relazione del " + RecordText.date(day),
          concluded);
    } else {
      record.append(pri.getPatientId(), RecordEntry.Type.PLAN, concluded, "care-plan/" + priId);
    }
  }

  /**
   * The PRI of a tele-rehabilitation session as its patient sees it. For the patient's personal
   * link only: the caller ({@link PatientVisitDesk}) has checked the link, which names this
   * patient.
   */
  public PatientView patientView(Encounter session) {
    CarePlan pri = plans.find(session.getCarePlanId()).orElseThrow();
    return new PatientView(
        objectivesSoFar(pri),
        pri.getTimings(),
        pri.getSessionsPlanned(),
        sessionsHeld(pri.getId()),
        pri.getSessionsPerWeek(),
        pri.getCycleStart(),
        pri.getCycleEnd(),
        pri.getTeam().stream()
            .map(
                m ->
                    new TeamMember(
                        users.find(m.getUsername()).map(UserAccount::getFullName).orElse(""),
                        m.getTeamRole()))
            .toList(),
        pri.getStatus() == CarePlan.Status.CONCLUDED,
        FinalReports.of(encounters, OutcomeKind.REHABILITATION_REPORT, pri.getId()));
  }
}
