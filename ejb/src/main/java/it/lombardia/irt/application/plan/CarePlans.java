package it.lombardia.irt.application.plan;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.RowLocks;
import it.lombardia.irt.application.audit.AuditHistory;
import it.lombardia.irt.application.audit.AuditedType;
import it.lombardia.irt.application.audit.HistoryEntry;
import it.lombardia.irt.application.enrolment.EnrolmentTask;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PlanApproved;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The patient's care plans (PAI, and PRI for rehabilitation): drafts written by the care team,
 * checked against the protocol of the network version the enrolment follows, approved by a
 * physician; an approved version is superseded by the next one, never edited. The history of every
 * version comes from Envers.
 */
@Stateless
public class CarePlans {

  private static final Role[] AUTHORS = EnrolmentTask.DRAFT_PLAN.roles();
  private static final Set<Role> CLINICAL =
      Set.of(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<PlanApproved> approved;
  @Inject EnrolmentWorkflow workflow;
  @Inject NetworkCatalog catalog;
  @Inject PatientAccessPolicy policy;
  @Inject HomeCareRecord record;
  @Inject AuditHistory history;

  /**
   * A new draft: the first version of the enrolment's plan of that kind, or the next version
   * starting from the newest. At most one draft of a kind at a time.
   */
  public CarePlan draft(long enrolmentId, CarePlan.Kind kind) {
    Enrolment e = workflow.enrolmentInCare(enrolmentId, AUTHORS);
    Actor actor = Guard.requireAnyRole(AUTHORS);
    RuleViolation.require(
        e.getState() != Enrolment.State.CLOSED,
        "error.enrolment.closed",
        "the enrolment is closed");
    List<CarePlan> versions = versions(enrolmentId, kind);
    RuleViolation.require(
        versions.stream().noneMatch(p -> p.getStatus() == CarePlan.Status.DRAFT),
        "error.plan.draftExists",
        "a draft of this plan exists already: edit or approve it");
    CarePlan plan;
    if (versions.isEmpty()) {
      plan =
          new CarePlan(enrolmentId, e.getPatientId(), kind, 1, e.getNetworkVersion(), actor.name());
      plan.write(starting(e, kind, actor), actor.name());
    } else {
      plan = versions.get(0).revise(actor.name());
    }
    em.persist(plan);
    return plan;
  }

  /**
   * What a first draft starts from, for the author to review: the enrolment's services, the author
   * as referent, and one alarm step per level of the protocol — to the author in working hours,
   * falling back to the COT.
   */
  private CarePlan.Content starting(Enrolment e, CarePlan.Kind kind, Actor author) {
    Set<TelemedicineService> services =
        kind == CarePlan.Kind.PRI
            ? EnumSet.of(TelemedicineService.TELEREHABILITATION)
            : e.getServices();
    List<AlarmStep> steps =
        protocol(e).thresholds().stream()
            .map(Threshold::level)
            .distinct()
            .sorted()
            .map(
                level ->
                    new AlarmStep(
                        level,
                        author.name(),
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        level == AlarmLevel.CRITICAL ? 15 : 60,
                        AlarmStep.COT_CENTRE))
            .toList();
    return new CarePlan.Content(
        null,
        null,
        services,
        LocalDate.now(clock).plusMonths(6),
        List.of(new CarePlan.Member(author.name(), "referente")),
        List.of(),
        steps,
        null,
        null,
        null,
        null);
  }

  /** Replaces a draft's content; problems with the protocol are refused, all at once. */
  public CarePlan write(long planId, CarePlan.Content content) {
    CarePlan plan = lockedPlan(planId, AUTHORS);
    Enrolment e = em.find(Enrolment.class, plan.getEnrolmentId()); // care checked with the plan
    refuseProblems(
        PlanValidation.check(
            content, plan.getKind(), protocol(e), e.getServices(), clinicians(), false));
    plan.write(content, Guard.requireAnyRole(AUTHORS).name());
    return plan;
  }

  /**
   * Approves a draft: by a physician who is the requesting physician or in the plan's team. The
   * previous approved version is superseded, and a first PAI moves the enrolment on.
   */
  public CarePlan approve(long planId) {
    CarePlan plan = lockedPlan(planId, Role.PHYSICIAN);
    Actor actor = Guard.requireAnyRole(Role.PHYSICIAN);
    // care checked with the plan; the enrolment is locked because approval moves it on
    Enrolment e = em.find(Enrolment.class, plan.getEnrolmentId(), LockModeType.PESSIMISTIC_WRITE);
    Patient patient = policy.find(e.getPatientId());
    if (!plan.hasMember(actor.name()) && !actor.name().equals(patient.getRequestingPhysician())) {
      throw new AccessDeniedException(
          actor.name() + " may not approve: not the requesting physician nor in the plan's team");
    }
    refuseProblems(
        PlanValidation.check(
            plan.content(), plan.getKind(), protocol(e), e.getServices(), clinicians(), true));
    if (plan.getKind() == CarePlan.Kind.PRI) {
      RuleViolation.require(
          workflow.readiness(e).uvmRecorded(),
          "error.enrolment.noUvm",
          "a rehabilitation plan (PRI) follows the multidimensional evaluation (UVM)");
    }
    versions(plan.getEnrolmentId(), plan.getKind()).stream()
        .filter(p -> p.getStatus() == CarePlan.Status.APPROVED)
        .forEach(CarePlan::supersede);
    plan.approve(actor.name(), clock.instant());
    approved.fire(PlanApproved.of(plan));
    if (plan.getKind() == CarePlan.Kind.PAI) {
      e.planApproved();
    }
    record.append(
        e.getPatientId(),
        RecordEntry.Type.PLAN,
        EntryMessage.PLAN_APPROVED.with(
            EntryArg.text(plan.getKind().name()),
            EntryArg.number(plan.getPlanNumber()),
            EntryArg.parts(
                plan.getTeam().stream()
                    .map(
                        m ->
                            EntryMessage.TEAM_MEMBER.with(
                                EntryArg.user(m.getUsername()), EntryArg.text(m.getTeamRole())))
                    .toList()),
            EntryArgs.services(plan.getServices()),
            EntryArg.date(plan.getReviewDate())),
        "care-plan/" + plan.getId());
    return plan;
  }

  /** A plan version of a patient in the caller's care, to read. */
  public CarePlan plan(long planId) {
    CarePlan plan = em.find(CarePlan.class, planId);
    if (plan == null) {
      throw new NotFoundException("Care plan", planId);
    }
    policy.requireToRead(plan.getPatientId(), RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return plan;
  }

  /** Every revision of a plan version: who changed what and when. */
  public List<HistoryEntry> history(long planId) {
    plan(planId);
    return history.revisions(AuditedType.CARE_PLAN, String.valueOf(planId));
  }

  /** The protocol of the condition at the network version the enrolment follows. */
  public Protocol protocol(Enrolment e) {
    return catalog.definition(e.getNetworkId(), e.getNetworkVersion()).conditions().stream()
        .filter(c -> c.id().equals(e.getConditionId()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Condition", e.getConditionId()))
        .protocol();
  }

  /** A plan version of a patient in the caller's care, locked for a change. */
  private CarePlan lockedPlan(long planId, Role... roles) {
    RowLocks.lock(em, "care_plan", planId);
    CarePlan plan = em.find(CarePlan.class, planId);
    if (plan == null) {
      throw new NotFoundException("Care plan", planId);
    }
    policy.requireToChange(plan.getPatientId(), RecordPart.PATHWAY, Roles.anyOf(roles));
    return plan;
  }

  private List<CarePlan> versions(long enrolmentId, CarePlan.Kind kind) {
    return em.createQuery(
            "select p from CarePlan p where p.enrolmentId = :e and p.kind = :k"
                + " order by p.planNumber desc",
            CarePlan.class)
        .setParameter("e", enrolmentId)
        .setParameter("k", kind)
        .getResultList();
  }

  /** Usernames of the ASST's physicians, nurses and health professionals who may join a team. */
  public List<String> teamCandidates() {
    Guard.requireAnyRole(AUTHORS);
    return clinicians().stream().sorted().toList();
  }

  private Set<String> clinicians() {
    return em.createQuery("select u from UserAccount u where u.enabled = true", UserAccount.class)
        .getResultStream()
        .filter(u -> u.getRoles().stream().anyMatch(CLINICAL::contains))
        .map(UserAccount::getUsername)
        .collect(Collectors.toSet());
  }

  private static void refuseProblems(List<InvalidInputException.Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
