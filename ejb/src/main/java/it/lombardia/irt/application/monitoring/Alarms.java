package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmAcknowledged;
import it.lombardia.irt.domain.model.monitoring.AlarmClosed;
import it.lombardia.irt.domain.model.monitoring.AlarmEscalated;
import it.lombardia.irt.domain.model.monitoring.AlarmRaised;
import it.lombardia.irt.domain.model.monitoring.AlarmRepository;
import it.lombardia.irt.domain.model.monitoring.AlarmRouting;
import it.lombardia.irt.domain.model.monitoring.AlarmTrigger;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
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
 * taken, closed with the outcome, escalated when not acknowledged in time. Each of these steps is
 * announced as a domain event ({@link AlarmRecord} writes them to the home-care record).
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

  @Inject AlarmRepository repository;
  @Inject CarePlanRepository plans;
  @Inject Clock clock;
  @Inject Event<AlarmRaised> raisedEvents;
  @Inject Event<AlarmEscalated> escalated;
  @Inject Event<AlarmAcknowledged> acknowledged;
  @Inject Event<AlarmClosed> closed;
  @Inject PatientAccessPolicy access;
  @Inject MonitoringProfiles profiles;

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
    repository.lockPatients(patientIds);
    Map<String, Alarm> open = new HashMap<>();
    repository
        .openOf(patientIds)
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
        repository.add(alarm);
        open.put(r.patient().getId() + "|" + trigger.ruleKey(), alarm);
        raisedEvents.fire(AlarmRaised.of(alarm, trigger, false));
      } else if (trigger.kind() != Alarm.Kind.MISSING && current.get().repeat(trigger)) {
        Alarm alarm = current.get();
        alarm.routeTo(routing.route(alarm.getLevel(), trigger.at()));
        raisedEvents.fire(AlarmRaised.of(alarm, trigger, true));
      }
    }
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
    return repository.addressedTo(OPEN, addressesOf(actor), actor.name(), cared).stream()
        .map(r -> entry(r.alarm(), r.patientName()))
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
    return repository.waitingFor(addressesOf(requireAlarmRole()));
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
    return forRecipient(repository.find(id).orElse(null), id);
  }

  public Alarm acknowledge(long id, AlarmAction.Action action, String note) {
    Actor actor = CallContext.requireActor();
    Alarm alarm = forRecipient(repository.locked(id).orElse(null), id);
    alarm.acknowledge(action, blankToNull(note), actor.name(), clock.instant());
    acknowledged.fire(AlarmAcknowledged.of(alarm));
    return alarm;
  }

  public Alarm close(long id, String outcome) {
    Actor actor = CallContext.requireActor();
    Alarm alarm = forRecipient(repository.locked(id).orElse(null), id);
    alarm.close(outcome, actor.name(), clock.instant());
    closed.fire(AlarmClosed.of(alarm));
    return alarm;
  }

  /** A patient's alarms, newest first, for whoever may open the patient's record. */
  public List<Alarm> ofPatient(long patientId) {
    access.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return repository.ofPatient(patientId);
  }

  /** Open alarms past their acknowledgement deadline (Region level: every ASST). */
  public List<AlarmRepository.Overdue> overdue() {
    return repository.overdueAt(clock.instant(), 500);
  }

  /** Hands an overdue alarm to its fallback (run in the alarm's ASST, one per transaction). */
  public void escalate(long id) {
    Alarm alarm = repository.locked(id).orElse(null);
    Instant now = clock.instant();
    if (alarm == null || !alarm.isOverdue(now)) {
      return; // acknowledged or escalated meanwhile
    }
    alarm.escalate(routing(List.of()).next(alarm.getFallback(), now));
    escalated.fire(AlarmEscalated.of(alarm));
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
      plans
          .find(alarm.getPlanId())
          .map(CarePlan::getAlarmProtocol)
          .orElse(List.of())
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
