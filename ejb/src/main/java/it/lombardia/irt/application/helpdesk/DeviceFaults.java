package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.device.DeviceInstalled;
import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A device at the patient's home found faulty (issue 17 point 5), handled from its ticket: the
 * centre's operator marks the device faulty and assigns a stock device of the same type to the
 * patient; the ADI staff deliver and install it through the inventory's usual steps, and its
 * installation collects the faulty device and resolves the ticket. Every move is a device step (the
 * device's history) and a line of the ticket's timeline; devices and tickets are audited.
 *
 * <p>Runs inside the ticket's ASST, as {@link TicketDesk} routes it (the operator there has only
 * the {@code HELPDESK} role): devices and tickets of other ASSTs do not exist here.
 */
@Stateless
public class DeviceFaults {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketStore store;
  @Inject SlaPolicy policy;
  @Inject DeviceLogistics logistics;
  @Inject ClosingQuestion closingQuestion;

  /**
   * Marks the device the ticket is about faulty — the one it links, else the patient's device with
   * the serial number it names (another patient's device is not found) — and takes the ticket in
   * hand: assigned to the operator if new, in progress.
   */
  public TicketDetails markFaulty(long ticketId, Handling handling) {
    Ticket ticket = ticketForOperator(ticketId, handling);
    Device device = device(ticket);
    Actor actor = CallContext.requireActor();
    Instant now = clock.instant();
    device.advance(Device.Status.FAULTY, null, null);
    em.persist(new DeviceStep(device, "Guasto: ticket " + ticket.getNumber(), actor.name(), now));
    ticket.aboutDevice(device.getId());
    inProgress(ticket, actor, now);
    return store.view(ticketId, handling);
  }

  /** The ticket's devices and, while a replacement is due, the stock it may be chosen from. */
  public DeviceCase deviceCase(long ticketId, Handling handling) {
    requireOperator(ticketId, handling);
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      throw new NotFoundException("Ticket", ticketId);
    }
    Device device =
        ticket.getDeviceId() == null ? null : em.find(Device.class, ticket.getDeviceId());
    Device replacement =
        ticket.getReplacementDeviceId() == null
            ? null
            : em.find(Device.class, ticket.getReplacementDeviceId());
    List<Device> stock =
        device != null && device.getStatus() == Device.Status.FAULTY && replacement == null
            ? em.createQuery(
                    "select d from Device d where d.status = :s and d.networkId = :n"
                        + " and d.typeId = :t order by d.serialNumber",
                    Device.class)
                .setParameter("s", Device.Status.IN_STOCK)
                .setParameter("n", device.getNetworkId())
                .setParameter("t", device.getTypeId())
                .setMaxResults(200)
                .getResultList()
            : List.of();
    return new DeviceCase(device, replacement, stock);
  }

  /**
   * Assigns the stock device {@code replacementId} — of the faulty device's type, in the ASST's
   * stock — to the ticket's patient, and tells the requester it is on its way.
   */
  public TicketDetails assignReplacement(long ticketId, long replacementId, Handling handling) {
    Ticket ticket = ticketForOperator(ticketId, handling);
    Device faulty =
        ticket.getDeviceId() == null ? null : em.find(Device.class, ticket.getDeviceId());
    RuleViolation.require(
        faulty != null && faulty.getStatus() == Device.Status.FAULTY,
        "error.ticket.replacement.notFaulty",
        "mark the ticket's device faulty before assigning a replacement");
    Device replacement = em.find(Device.class, replacementId, LockModeType.PESSIMISTIC_WRITE);
    if (replacement == null) {
      throw new NotFoundException("Device", replacementId);
    }
    RuleViolation.require(
        replacement.getTypeId().equals(faulty.getTypeId())
            && replacement.getNetworkId().equals(faulty.getNetworkId()),
        "error.ticket.replacement.type",
        "the replacement must be a device of the faulty one's type");
    Actor actor = CallContext.requireActor();
    Instant now = clock.instant();
    ticket.replaceDevice(faulty.getId(), replacement.getId());
    replacement.advance(Device.Status.ASSIGNED, faulty.getPatientId(), null);
    em.persist(
        new DeviceStep(
            replacement,
            "Sostituisce n. " + faulty.getSerialNumber() + " (ticket " + ticket.getNumber() + ")",
            actor.name(),
            now));
    inProgress(ticket, actor, now);
    em.persist(
        TicketEntry.reply(
            ticket,
            false,
            "Assegnato il dispositivo sostitutivo n. "
                + replacement.getSerialNumber()
                + ": l'ADI lo consegnerà e lo installerà.",
            actor.name(),
            true,
            now));
    ticket.responded(now);
    return store.view(ticketId, handling);
  }

  /**
   * The replacement of an open ticket is installed: the faulty device is collected (ending its
   * association with the patient) and the ticket resolved, in the installer's transaction. The
   * requester hears of it as of an operator's resolution: a public reply on the timeline (the
   * patient's link page shows it) and the closing question ({@link ClosingQuestion}).
   */
  public void replacementInstalled(@Observes DeviceInstalled installed) {
    Actor actor = CallContext.requireActor();
    for (Ticket ticket :
        em.createQuery(
                "select t from Ticket t where t.replacementDeviceId = :d and t.state not in :done",
                Ticket.class)
            .setParameter("d", installed.deviceId())
            .setParameter("done", List.of(TicketState.RESOLVED, TicketState.CLOSED))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      Device faulty = em.find(Device.class, ticket.getDeviceId());
      Device replacement = em.find(Device.class, installed.deviceId());
      String note = "Sostituito da n. " + replacement.getSerialNumber();
      if (faulty.getStatus() == Device.Status.FAULTY) {
        logistics.advance(faulty.getId(), Device.Status.COLLECTED, null, null, note);
      }
      inProgress(ticket, actor, installed.at());
      ticket.moveTo(TicketState.RESOLVED, installed.at(), policy.reopenWindow());
      em.persist(
          TicketEntry.stateOf(
              ticket,
              "Installato il sostituto n. "
                  + replacement.getSerialNumber()
                  + "; ritirato n. "
                  + faulty.getSerialNumber(),
              actor.name(),
              false,
              installed.at()));
      // On the service's side of the conversation (as the operator's replies), not the requester's.
      em.persist(
          TicketEntry.reply(
              ticket,
              false,
              "Il dispositivo sostitutivo n. "
                  + replacement.getSerialNumber()
                  + " è stato installato: la segnalazione è risolta.",
              actor.name(),
              true,
              installed.at()));
      closingQuestion.resolved(ticket, installed.baseUrl());
    }
  }

  /** Takes the ticket in hand if it is not yet: assigned to the caller when new, in progress. */
  private void inProgress(Ticket ticket, Actor actor, Instant now) {
    if (ticket.getState() == TicketState.NEW) {
      ticket.assign(actor.name());
      em.persist(TicketEntry.stateOf(ticket, null, actor.name(), true, now));
    }
    if (ticket.getState() == TicketState.ASSIGNED) {
      ticket.moveTo(TicketState.IN_PROGRESS, now, policy.reopenWindow());
      em.persist(TicketEntry.stateOf(ticket, null, actor.name(), true, now));
    }
  }

  /** Refuses anyone but the centre's operators: 403 if they see the ticket, else 404. */
  private void requireOperator(long ticketId, Handling handling) {
    if (handling != Handling.OPERATOR) {
      store.view(ticketId, handling);
      throw new AccessDeniedException("only the centre's operators handle a device fault");
    }
  }

  private Ticket ticketForOperator(long ticketId, Handling handling) {
    requireOperator(ticketId, handling);
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      throw new NotFoundException("Ticket", ticketId);
    }
    RuleViolation.require(
        ticket.getCategory() == TicketCategory.DEVICE && ticket.getState().isOpen(),
        "error.ticket.device.category",
        "device faults are handled on open tickets of the category 'device at home'");
    return ticket;
  }

  /** The device the ticket is about, at its patient's home; another patient's is not found. */
  private Device device(Ticket ticket) {
    if (ticket.getPatientId() == null) {
      throw new NotFoundException("Device", ticket.getDeviceSerial());
    }
    Device device =
        ticket.getDeviceId() != null
            ? em.find(Device.class, ticket.getDeviceId(), LockModeType.PESSIMISTIC_WRITE)
            : em.createQuery(
                    "select d from Device d where d.patientId = :p and d.serialNumber = :s",
                    Device.class)
                .setParameter("p", ticket.getPatientId())
                .setParameter("s", ticket.getDeviceSerial())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (device == null || !ticket.getPatientId().equals(device.getPatientId())) {
      throw new NotFoundException("Device", ticket.getDeviceSerial());
    }
    return device;
  }
}
