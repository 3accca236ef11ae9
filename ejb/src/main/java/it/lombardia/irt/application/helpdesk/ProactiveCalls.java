package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.device.DeviceTypeNames;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.helpdesk.CallOutcome;
import it.lombardia.irt.domain.model.helpdesk.CallTasks;
import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.monitoring.DataWentMissing;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proactive calls (seed 000 §4.11): when the missing-data check finds a patient's parameter silent,
 * the service centre serving the ASST gets a call task — a connectivity ticket of channel {@link
 * TicketChannel#PROACTIVE} about each installed device, one per gap ({@link CallTasks}) — to call
 * the patient or caregiver. The operator records the outcome; the care team reads it in the
 * home-care record.
 */
@Stateless
public class ProactiveCalls {

  static final String REQUESTER = "IRT";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @Inject HomeCareRecord record;
  @Inject TicketReach reach;
  @Inject SlaPolicy policy;
  @Inject DeviceTypeNames typeNames;

  /**
   * Opens the call tasks the patient's installed devices need, their data missing since the event
   * says, in the patient's ASST — after the alarm's transaction committed, in one of its own: the
   * care team's alarm never depends on the centre's task (nor waits for the patient's row the
   * alarm's transaction holds).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void dataMissing(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataWentMissing e) {
    long patientId = e.patientId();
    Instant gapStart = e.since();
    Map<Long, Device> installed =
        em.createQuery(
                "select d from Device d where d.patientId = :p and d.status in :s", Device.class)
            .setParameter("p", patientId)
            .setParameter("s", List.of(Device.Status.INSTALLED, Device.Status.IN_USE))
            .getResultStream()
            .collect(Collectors.toMap(Device::getId, Function.identity()));
    if (installed.isEmpty()) {
      return;
    }
    List<CallTasks.Task> existing =
        em.createQuery(
                "select t from Ticket t where t.channel = :c and t.patientId = :p", Ticket.class)
            .setParameter("c", TicketChannel.PROACTIVE)
            .setParameter("p", patientId)
            .getResultStream()
            .filter(t -> t.getDeviceId() != null)
            .map(t -> new CallTasks.Task(t.getDeviceId(), t.getState().isOpen(), t.getCreatedAt()))
            .toList();
    Instant now = clock.instant();
    String who = CallContext.requireActor().name();
    for (Long deviceId : CallTasks.toOpen(installed.keySet(), existing, gapStart)) {
      Device device = installed.get(deviceId);
      Ticket ticket =
          new Ticket(
                  numbers.next(now),
                  TicketChannel.PROACTIVE,
                  TicketCategory.CONNECTIVITY,
                  Priority.P3,
                  Ticket.RequesterKind.SITE,
                  REQUESTER,
                  null,
                  who,
                  "Nessun dato dal dispositivo "
                      + device.getTypeId()
                      + ": chiamare il paziente o il caregiver",
                  null,
                  now)
              .about(patientId, device.getSerialNumber())
              .aboutDevice(deviceId);
      em.persist(ticket);
      em.persist(TicketEntry.stateOf(ticket, null, who, false, now));
    }
  }

  /**
   * The centre's operator records a call's outcome: an internal note on the task, the task resolved
   * if someone answered (else it stays in progress, to call again), and the outcome in the
   * patient's home-care record.
   */
  public long recordOutcome(long id, CallOutcome outcome, Handling handling) {
    if (handling != Handling.OPERATOR) {
      throw new AccessDeniedException("only the centre's operators record a call");
    }
    if (outcome.note() != null && outcome.note().length() > CallOutcome.NOTE_MAX) {
      throw InvalidInputException.of(
          "note", "error.ticket.text", "at most " + CallOutcome.NOTE_MAX + " characters");
    }
    Ticket ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      throw new NotFoundException("Ticket", id);
    }
    if (ticket.getChannel() != TicketChannel.PROACTIVE || !ticket.getState().isOpen()) {
      throw new RuleViolation(
          "error.ticket.call", "an outcome is recorded on an open proactive call task");
    }
    Actor actor = CallContext.requireActor();
    Instant now = clock.instant();
    if (ticket.getState() == TicketState.NEW) {
      ticket.assign(actor.name());
      em.persist(TicketEntry.stateOf(ticket, null, actor.name(), true, now));
    }
    Device device =
        ticket.getDeviceId() == null ? null : em.find(Device.class, ticket.getDeviceId());
    String centre = reach.centreOf(actor).map(TicketReach.Centre::name).orElse("Centro Servizi");
    String text =
        outcome.recordText(
            centre,
            actor.fullName() == null ? actor.name() : actor.fullName(),
            deviceName(device, ticket));
    em.persist(TicketEntry.reply(ticket, true, text, actor.name(), true, now));
    ticket.responded(now);
    TicketState to = outcome.closesTask() ? TicketState.RESOLVED : TicketState.IN_PROGRESS;
    if (ticket.getState() == TicketState.ASSIGNED && to == TicketState.RESOLVED) {
      move(ticket, TicketState.IN_PROGRESS, actor, now);
    }
    if (ticket.getState() != to) {
      move(ticket, to, actor, now);
    }
    record.append(
        ticket.getPatientId(),
        RecordEntry.Type.NOTE,
        outcome.recordEntry(
            centre,
            actor.name(),
            device == null
                ? Label.of("", "")
                : typeNames.name(device.getNetworkId(), device.getTypeId()),
            device == null ? ticket.getDeviceSerial() : device.getSerialNumber()),
        null);
    return id;
  }

  /** The device as the care team knows it: its type and serial number. */
  private static String deviceName(Device device, Ticket ticket) {
    return device == null
        ? ticket.getDeviceSerial()
        : device.getTypeId() + " " + device.getSerialNumber();
  }

  private void move(Ticket ticket, TicketState to, Actor actor, Instant now) {
    ticket.moveTo(to, now, policy.reopenWindow());
    em.persist(TicketEntry.stateOf(ticket, null, actor.name(), true, now));
  }
}
