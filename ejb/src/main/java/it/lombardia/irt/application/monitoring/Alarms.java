package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmRouting;
import it.lombardia.irt.domain.model.monitoring.AlarmTrigger;
import it.lombardia.irt.domain.model.monitoring.Evaluation;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.persistence.OneOrMany;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alarms: raised from evaluation (a repeat of an open alarm's condition updates it), routed by the
 * plan's alarm protocol, seen in the inbox of their recipients only, acknowledged with the action
 * taken, closed with the outcome, escalated when not acknowledged in time. Raising, a higher level,
 * acknowledgement and closing are written to the home-care record.
 */
@Stateless
public class Alarms {

  private static final List<Alarm.State> OPEN = List.of(Alarm.State.OPEN, Alarm.State.ACKNOWLEDGED);

  /** The roles alarms are routed to. */
  private static final List<Role> RECEIVING =
      List.of(
          Role.PHYSICIAN,
          Role.NURSE,
          Role.HEALTH_PROFESSIONAL,
          Role.COT_OPERATOR,
          Role.ADI_OPERATOR);

  @PersistenceContext EntityManager em;
  @Inject HomeCareRecord record;
  @Inject PatientAccessPolicy access;
  @Inject MonitoringProfiles profiles;
  @Inject Event<AlarmNews> news;

  @Inject
  @ConfigProperty(name = "irt.alarm.fallback-minutes", defaultValue = "30")
  long fallbackMinutes;

  /** A rule met by a patient's reading under one of their plans. */
  public record Raised(Patient patient, MonitoredPlan plan, AlarmTrigger trigger) {}

  /**
   * Raises each trigger, or updates the open alarm of the same condition. Alarms are serialised per
   * patient: the patients are locked in id order first, so concurrent readings cannot open the same
   * alarm twice and two bundles naming the same patients in another order cannot deadlock.
   */
  public void raise(List<Raised> raised) {
    if (raised.isEmpty()) {
      return;
    }
    List<Long> patientIds =
        raised.stream().map(r -> r.patient().getId()).distinct().sorted().toList();
    lockInOrder(patientIds);
    Map<String, Alarm> open = new HashMap<>();
    OneOrMany ofPatient = OneOrMany.of("a.patientId", "ids", patientIds);
    em.createQuery(
            "select a from Alarm a where " + ofPatient.condition() + " and a.openKey is not null",
            Alarm.class)
        .setParameter("ids", ofPatient.value())
        .getResultList()
        .forEach(a -> open.put(a.getPatientId() + "|" + a.getOpenKey(), a));
    for (Raised r : raised) {
      AlarmTrigger trigger = r.trigger();
      Optional<Alarm> current =
          Optional.ofNullable(open.get(r.patient().getId() + "|" + trigger.ruleKey()));
      AlarmRouting routing = routing(r.plan().alarmProtocol());
      if (current.isEmpty()) {
        Alarm alarm =
            new Alarm(
                r.patient().getId(),
                r.plan().planId(),
                trigger,
                routing.route(trigger.level(), trigger.at()));
        em.persist(alarm);
        announce(alarm, true);
        open.put(r.patient().getId() + "|" + trigger.ruleKey(), alarm);
        write(
            alarm,
            "Allarme di livello "
                + Evaluation.levelName(alarm.getLevel())
                + ": "
                + trigger.explanationIt());
      } else if (trigger.kind() != Alarm.Kind.MISSING && current.get().repeat(trigger)) {
        Alarm alarm = current.get();
        alarm.routeTo(routing.route(alarm.getLevel(), trigger.at()));
        announce(alarm, true);
        write(
            alarm,
            "Allarme salito al livello "
                + Evaluation.levelName(alarm.getLevel())
                + ": "
                + trigger.explanationIt());
      }
    }
  }

  /**
   * Locks the patients' rows in id order. One patient (a single reading) is locked by its key,
   * whose load plan Hibernate keeps; a locking query is translated anew on every execution. Neither
   * reads a pending change, so neither flushes first.
   */
  private void lockInOrder(List<Long> patientIds) {
    if (patientIds.size() == 1) {
      em.find(Patient.class, patientIds.get(0), LockModeType.PESSIMISTIC_WRITE);
      return;
    }
    em.createQuery("select p from Patient p where p.id in :ids order by p.id", Patient.class)
        .setParameter("ids", patientIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  /**
   * An alarm of the inbox with its patient's name and what its plug-in calls the parameter (null
   * for a questionnaire or a parameter no plan in force monitors any more).
   */
  public record InboxEntry(Alarm alarm, String patientName, MonitoredParameter parameter) {

    /** The threshold's direction for a threshold alarm (its rule key ends with it), else null. */
    public Threshold.Direction direction() {
      if (alarm.getKind() != Alarm.Kind.THRESHOLD) {
        return null;
      }
      String key = alarm.getRuleKey();
      return Threshold.Direction.valueOf(key.substring(key.lastIndexOf(':') + 1));
    }
  }

  /**
   * The caller's open and acknowledged alarms: those routed to them or to their operations centre,
   * and those they acknowledged; most severe first, then oldest first.
   */
  public List<InboxEntry> inbox() {
    return inbox(false);
  }

  /**
   * The caller's inbox; with {@code team}, also the open and acknowledged alarms of the patients in
   * their care (the team of the patient's plan), whoever they are routed to.
   */
  public List<InboxEntry> inbox(boolean team) {
    Actor actor = requireAlarmRole();
    List<Long> cared = team ? List.copyOf(access.patientsInTheCareOf(actor)) : List.of();
    // no patient has id -1: without the team (or with no patients) the condition is never met
    OneOrMany ofCared =
        OneOrMany.of("a.patientId", "cared", cared.isEmpty() ? List.of(-1L) : cared);
    return em.createQuery(
            "select a, p.familyName, p.givenName from Alarm a, Patient p where p.id = a.patientId"
                + " and a.state in :open and (a.recipient in :mine or a.acknowledgedBy = :me or "
                + ofCared.condition()
                + ")",
            Object[].class)
        .setParameter("open", OPEN)
        .setParameter("mine", addressesOf(actor))
        .setParameter("me", actor.name())
        .setParameter("cared", ofCared.value())
        .getResultStream()
        .map(r -> entry((Alarm) r[0], r[1] + " " + r[2]))
        .sorted(
            Comparator.comparing((InboxEntry e) -> e.alarm().getLevel(), Comparator.reverseOrder())
                .thenComparing(e -> e.alarm().getFirstAt()))
        .toList();
  }

  /**
   * How many alarms wait for the caller's acknowledgement: open and routed to them or to their
   * centre (the header's badge).
   */
  public long waitingCount() {
    Actor actor = requireAlarmRole();
    return em.createQuery(
            "select count(a) from Alarm a where a.state = :open and a.recipient in :mine",
            Long.class)
        .setParameter("open", Alarm.State.OPEN)
        .setParameter("mine", addressesOf(actor))
        .getSingleResult();
  }

  /**
   * The caller's key for {@link AlarmNews} (their pages listen for it), or empty when the caller
   * receives no alarms.
   */
  public Optional<String> newsKey() {
    return CallContext.actor()
        .filter(a -> a.roles().stream().anyMatch(RECEIVING::contains))
        .map(a -> AlarmNews.userKey(a.tenantCode(), a.name()));
  }

  private static Actor requireAlarmRole() {
    return Guard.requireAnyRole(RECEIVING.toArray(Role[]::new));
  }

  private InboxEntry entry(Alarm alarm, String patientName) {
    return new InboxEntry(
        alarm,
        patientName,
        profiles.profile(alarm.getPatientId()).parameter(alarm.getParameter()).orElse(null));
  }

  /** One alarm, for one of the recipients its plan names (or the one it is routed to). */
  public Alarm alarm(long id) {
    return forRecipient(em.find(Alarm.class, id), id);
  }

  public Alarm acknowledge(long id, AlarmAction.Action action, String note) {
    Actor actor = CallContext.requireActor();
    Alarm alarm = forRecipient(em.find(Alarm.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    alarm.acknowledge(action, blankToNull(note), actor.name(), Instant.now());
    announce(alarm, false);
    write(
        alarm,
        "Allarme preso in carico: "
            + RecordText.alarmAction(action)
            + (alarm.getActionNote() == null ? "" : " — " + alarm.getActionNote()));
    return alarm;
  }

  public Alarm close(long id, String outcome) {
    Actor actor = CallContext.requireActor();
    Alarm alarm = forRecipient(em.find(Alarm.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    alarm.close(outcome, actor.name(), Instant.now());
    announce(alarm, false);
    write(alarm, "Allarme chiuso: " + alarm.getOutcome());
    return alarm;
  }

  /** A patient's alarms, newest first, for whoever may open the patient's record. */
  public List<Alarm> ofPatient(long patientId) {
    access.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return em.createQuery(
            "select a from Alarm a where a.patientId = :p order by a.lastAt desc", Alarm.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** An alarm of an ASST. */
  public record AlarmRef(long id, String tenantCode) {}

  /** Open alarms past their acknowledgement deadline (Region level: every ASST). */
  public List<AlarmRef> overdue() {
    return em.createQuery(
            "select a.id, a.tenantCode from Alarm a where a.state = :open"
                + " and a.acknowledgeBy < :now order by a.acknowledgeBy",
            Object[].class)
        .setParameter("open", Alarm.State.OPEN)
        .setParameter("now", Instant.now())
        .setMaxResults(500)
        .getResultStream()
        .map(r -> new AlarmRef((Long) r[0], (String) r[1]))
        .toList();
  }

  /** Hands an overdue alarm to its fallback (run in the alarm's ASST, one per transaction). */
  public void escalate(long id) {
    Alarm alarm = em.find(Alarm.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (alarm == null || !alarm.isOverdue(now)) {
      return; // acknowledged or escalated meanwhile
    }
    alarm.escalate(routing(List.of()).next(alarm.getFallback(), now));
    announce(alarm, true);
    write(alarm, "Allarme non preso in carico in tempo: passato a " + alarm.getRecipient());
  }

  private AlarmRouting routing(List<AlarmStep> protocol) {
    return new AlarmRouting(protocol, Duration.ofMinutes(fallbackMinutes));
  }

  private Alarm forRecipient(Alarm alarm, long id) {
    if (alarm == null) {
      throw new NotFoundException("Alarm", id);
    }
    Actor actor = CallContext.requireActor();
    Set<String> recipients = new HashSet<>();
    recipients.add(alarm.getRecipient());
    if (alarm.getPlanId() != null) {
      CarePlan plan = em.find(CarePlan.class, alarm.getPlanId());
      plan.getAlarmProtocol()
          .forEach(
              s -> {
                recipients.add(s.recipient());
                recipients.add(s.fallback());
              });
    }
    if (addressesOf(actor).stream().noneMatch(recipients::contains)) {
      throw new AccessDeniedException(actor.name() + " is not a recipient of alarm " + id);
    }
    return alarm;
  }

  /** The addresses an alarm may be routed to that reach {@code actor}. */
  private static List<String> addressesOf(Actor actor) {
    List<String> mine = new ArrayList<>(List.of(actor.name()));
    if (actor.hasRole(Role.COT_OPERATOR)) {
      mine.add(AlarmStep.COT_CENTRE);
    }
    if (actor.hasRole(Role.ADI_OPERATOR)) {
      mine.add(AlarmStep.ADI_CENTRE);
    }
    return mine;
  }

  /**
   * Tells the users the alarm concerns (its recipient, a centre's operators, whoever acknowledged
   * it) after commit, so that their open pages ask for their inbox again.
   */
  private void announce(Alarm alarm, boolean raised) {
    Set<String> users = new HashSet<>();
    String recipient = alarm.getRecipient();
    if (AlarmStep.isCentre(recipient)) {
      users.addAll(
          em.createQuery(
                  "select u.username from UserAccount u join u.roles r"
                      + " where r = :role and u.enabled = true",
                  String.class)
              .setParameter(
                  "role",
                  AlarmStep.COT_CENTRE.equals(recipient) ? Role.COT_OPERATOR : Role.ADI_OPERATOR)
              .setFlushMode(FlushModeType.COMMIT)
              .getResultList());
    } else {
      users.add(recipient);
    }
    if (alarm.getAcknowledgedBy() != null) {
      users.add(alarm.getAcknowledgedBy());
    }
    news.fire(new AlarmNews(alarm.getTenantCode(), users, alarm.getLevel(), raised));
  }

  private void write(Alarm alarm, String summary) {
    record.append(alarm.getPatientId(), RecordEntry.Type.ALARM, summary, "alarm:" + alarm.getId());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
