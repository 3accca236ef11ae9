package it.lombardia.irt.application.home;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work queues the nurse's, the GP's and the specialist's home pages show: what waits for them,
 * most urgent first, each item naming its patient and leading to the page where it is done. Only
 * patients in the user's care (plan team, requesting physician) and alarms they receive are
 * counted.
 */
@Stateless
public class WorkQueues {

  /** The enrolment steps before activation: a proposal still to complete. */
  private static final List<Enrolment.State> IN_PROGRESS =
      List.of(
          Enrolment.State.PROPOSED,
          Enrolment.State.SUITABILITY_ASSESSED,
          Enrolment.State.CONSENT_GIVEN,
          Enrolment.State.UVM_DONE,
          Enrolment.State.PLAN_APPROVED);

  /** The longest list a queue shows. */
  private static final int MAX_ITEMS = 200;

  /** How far ahead a plan's review date puts it in the queue. */
  private static final int REVIEW_DAYS_AHEAD = 14;

  @PersistenceContext EntityManager em;
  @Inject Alarms alarms;
  @Inject PatientAccessPolicy access;
  @Inject Clock clock;
  @Inject OverdueReevaluations reevaluations;

  /** A call (an encounter) of today. */
  public record Call(
      long encounterId,
      long patientId,
      String patientName,
      TelemedicineService service,
      Instant at) {}

  /**
   * The nurse's day: open alarms of her patients (most severe, then oldest first), missing-data
   * alarms apart, and today's calls.
   */
  public record NurseQueue(
      List<Alarms.InboxEntry> alarms, List<Alarms.InboxEntry> missingData, List<Call> calls) {}

  public NurseQueue nurse() {
    Actor actor = Guard.requireAnyRole(Role.NURSE, Role.HEALTH_PROFESSIONAL);
    List<Alarms.InboxEntry> open =
        alarms.inbox(true).stream().filter(e -> e.alarm().getState() == Alarm.State.OPEN).toList();
    return new NurseQueue(
        open.stream().filter(e -> e.alarm().getKind() != Alarm.Kind.MISSING).toList(),
        open.stream().filter(e -> e.alarm().getKind() == Alarm.Kind.MISSING).toList(),
        callsOfToday(actor));
  }

  /** A consult the caller is asked in and has not answered yet, with who asks it. */
  public record Consult(
      long encounterId,
      String patientName,
      TelemedicineService service,
      String askedBy,
      Instant askedAt) {}

  /**
   * The specialist's day: today's calls (their agenda) and the consults waiting for their answer.
   */
  public record SpecialistQueue(List<Call> calls, List<Consult> consults) {}

  /** Whether the caller's day is a specialist's (their agenda and consults) rather than a GP's. */
  public boolean isSpecialist() {
    return CallContext.requireActor().specialty() == PhysicianSpecialty.SPECIALIST;
  }

  public SpecialistQueue specialist() {
    Actor actor = Guard.requireAnyRole(Role.PHYSICIAN);
    List<Consult> consults =
        em.createQuery(
                "select e.id, p.familyName, p.givenName, e.service, u.fullName, e.createdAt"
                    + " from Encounter e join Patient p on p.id = e.patientId"
                    + " join UserAccount u on u.username = e.leadUsername"
                    + " join EncounterParticipant x on x.encounter = e"
                    + " where x.username = :u and e.state in :open and not exists"
                    + " (select m.id from EncounterMessage m where m.encounterId = e.id"
                    + " and m.author = :u and m.kind = :answer) order by e.createdAt",
                Object[].class)
            .setParameter("u", actor.name())
            .setParameter("open", List.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS))
            .setParameter("answer", EncounterMessage.Kind.ANSWER)
            .setMaxResults(MAX_ITEMS)
            .getResultStream()
            .map(
                r ->
                    new Consult(
                        (Long) r[0],
                        r[1] + " " + r[2],
                        (TelemedicineService) r[3],
                        (String) r[4],
                        (Instant) r[5]))
            .toList();
    return new SpecialistQueue(callsOfToday(actor), consults);
  }

  /** A proposal of the GP still to complete, at its step. */
  public record Proposal(
      long enrolmentId, long patientId, String patientName, Enrolment.State state, Instant at) {}

  /** A plan to approve (draft) or to review (due or overdue). */
  public record Plan(
      long planId,
      long patientId,
      String patientName,
      CarePlan.Status status,
      LocalDate reviewDate,
      boolean overdue) {}

  /** A monitored patient with the alarms waiting on them. */
  public record Monitored(long patientId, String patientName, long openAlarms, AlarmLevel worst) {}

  /**
   * The GP's queue: proposals (newest first), plans to approve, plans to review (soonest due
   * first), suitability re-evaluations overdue (most overdue first), monitored patients.
   */
  public record PhysicianQueue(
      List<Proposal> proposals,
      List<Plan> toApprove,
      List<Plan> toReview,
      List<OverdueReevaluations.Reevaluation> toReevaluate,
      List<Monitored> patients) {}

  public PhysicianQueue physician() {
    Actor actor = Guard.requireAnyRole(Role.PHYSICIAN);
    List<Long> mine = myPatients(actor);
    List<Proposal> proposals =
        em.createQuery(
                "select e.id, p.id, p.familyName, p.givenName, e.state, e.proposedAt"
                    + " from Enrolment e, Patient p where p.id = e.patientId"
                    + " and e.proposedBy = :me and e.state in :steps order by e.proposedAt desc",
                Object[].class)
            .setParameter("me", actor.name())
            .setParameter("steps", IN_PROGRESS)
            .setMaxResults(MAX_ITEMS)
            .getResultStream()
            .map(
                r ->
                    new Proposal(
                        (Long) r[0],
                        (Long) r[1],
                        r[2] + " " + r[3],
                        (Enrolment.State) r[4],
                        (Instant) r[5]))
            .toList();
    List<Plan> toApprove =
        plans("c.status = :status", CarePlan.Status.DRAFT, mine, "order by c.id");
    List<Plan> toReview =
        plans(
            "c.status = :status and c.reviewDate <= :until",
            CarePlan.Status.APPROVED,
            mine,
            "order by c.reviewDate");
    return new PhysicianQueue(
        proposals, toApprove, toReview, reevaluations.of(mine), monitored(mine));
  }

  private List<Plan> plans(
      String condition, CarePlan.Status status, List<Long> mine, String order) {
    var query =
        em.createQuery(
                "select c.id, p.id, p.familyName, p.givenName, c.status, c.reviewDate"
                    + " from CarePlan c, Patient p, Enrolment e where p.id = c.patientId"
                    + " and e.id = c.enrolmentId and e.state <> :closed and p.id in :mine and "
                    + condition
                    + " "
                    + order,
                Object[].class)
            .setParameter("closed", Enrolment.State.CLOSED)
            .setParameter("mine", mine)
            .setParameter("status", status);
    if (condition.contains(":until")) {
      query.setParameter("until", today().plusDays(REVIEW_DAYS_AHEAD));
    }
    return query
        .setMaxResults(MAX_ITEMS)
        .getResultStream()
        .map(
            r ->
                new Plan(
                    (Long) r[0],
                    (Long) r[1],
                    r[2] + " " + r[3],
                    (CarePlan.Status) r[4],
                    (LocalDate) r[5],
                    r[5] != null && ((LocalDate) r[5]).isBefore(today())))
        .toList();
  }

  /**
   * The GP's patients under an active enrolment, those with the worst open alarms first, then the
   * newest.
   */
  private List<Monitored> monitored(List<Long> mine) {
    Map<Long, long[]> counts = new HashMap<>();
    Map<Long, AlarmLevel> worst = new HashMap<>();
    em.createQuery(
            "select a.patientId, a.level from Alarm a where a.state = :open and a.patientId in :mine",
            Object[].class)
        .setParameter("open", Alarm.State.OPEN)
        .setParameter("mine", mine)
        .getResultStream()
        .forEach(
            r -> {
              Long patient = (Long) r[0];
              counts.computeIfAbsent(patient, k -> new long[1])[0]++;
              worst.merge(patient, (AlarmLevel) r[1], (a, b) -> a.compareTo(b) >= 0 ? a : b);
            });
    List<Monitored> monitored = new ArrayList<>();
    em.createQuery(
            "select distinct p.id, p.familyName, p.givenName from Patient p, Enrolment e"
                + " where e.patientId = p.id and e.state = :active and p.id in :mine",
            Object[].class)
        .setParameter("active", Enrolment.State.ACTIVE)
        .setParameter("mine", mine)
        .getResultStream()
        .forEach(
            r -> {
              Long patient = (Long) r[0];
              monitored.add(
                  new Monitored(
                      patient,
                      r[1] + " " + r[2],
                      counts.getOrDefault(patient, new long[1])[0],
                      worst.get(patient)));
            });
    return monitored.stream()
        .sorted(
            Comparator.comparing(
                    (Monitored m) -> m.worst() == null ? -1 : m.worst().ordinal(),
                    Comparator.reverseOrder())
                .thenComparing(Monitored::patientId, Comparator.reverseOrder()))
        .limit(MAX_ITEMS)
        .toList();
  }

  /** Patients in the user's care or whose requesting physician they are (never empty: -1). */
  private List<Long> myPatients(Actor actor) {
    Set<Long> mine = new HashSet<>(access.patientsInTheCareOf(actor));
    mine.addAll(
        em.createQuery("select p.id from Patient p where p.requestingPhysician = :me", Long.class)
            .setParameter("me", actor.name())
            .getResultList());
    mine.add(-1L);
    return List.copyOf(mine);
  }

  private List<Call> callsOfToday(Actor actor) {
    LocalDate today = today();
    Instant from = today.atStartOfDay(Italy.ZONE).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(Italy.ZONE).toInstant();
    return em.createQuery(
            "select distinct e.id, p.id, p.familyName, p.givenName, e.service, e.scheduledAt"
                + " from Encounter e join Patient p on p.id = e.patientId"
                + " left join EncounterParticipant x on x.encounter = e"
                + " where e.state in :open and (e.leadUsername = :u or x.username = :u)"
                + " and e.scheduledAt >= :from and e.scheduledAt < :to order by e.scheduledAt",
            Object[].class)
        .setParameter("u", actor.name())
        .setParameter("open", List.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS))
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            r ->
                new Call(
                    (Long) r[0],
                    (Long) r[1],
                    r[2] + " " + r[3],
                    (TelemedicineService) r[4],
                    (Instant) r[5]))
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Italy.ZONE));
  }
}
