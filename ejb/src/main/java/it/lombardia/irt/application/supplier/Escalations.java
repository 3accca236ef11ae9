package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.helpdesk.Handling;
import it.lombardia.irt.application.helpdesk.SlaPolicy;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Responsibility;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.domain.model.supplier.TicketFacts;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Escalates a ticket to level 2, in the ticket's ASST (through the centre's grant, as {@link
 * it.lombardia.irt.application.helpdesk.TicketDesk} routes it): the supplier holding the most
 * specific rule for it takes it, the ticket waits for the supplier (its SLA clocks pause), and the
 * hand-off is written in the same transaction, to leave after commit: posted to the supplier's
 * webhook, or else e-mailed to its address ({@link EscalationMail}).
 */
@Stateless
public class Escalations {

  public static final int NOTE_MAX = 1000;

  @PersistenceContext EntityManager em;
  @Inject SupplierRepository suppliers;
  @Inject Clock clock;
  @Inject SlaPolicy policy;
  @Inject EscalationViews views;
  @Inject EscalationMail mail;

  /** Escalates ticket {@code id}; returns the ticket's id once done. */
  public long escalate(long id, String note, Handling handling) {
    if (handling != Handling.OPERATOR) {
      throw new AccessDeniedException("only the centre's operators escalate a ticket");
    }
    if (note != null && note.length() > NOTE_MAX) {
      throw InvalidInputException.of(
          "note", "error.ticket.text", "at most " + NOTE_MAX + " characters");
    }
    Ticket ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      throw new NotFoundException("Ticket", id);
    }
    views
        .current(id)
        .filter(e -> e.getState().isOpen())
        .ifPresent(
            e -> {
              throw ConflictException.of(
                  "ticket", "error.escalation.open", "the ticket is already with a supplier");
            });
    TicketFacts facts = facts(ticket);
    Supplier supplier =
        Responsibility.responsibleFor(facts, suppliers.all())
            .orElseThrow(
                () ->
                    ConflictException.of(
                        "ticket",
                        "error.escalation.nobody",
                        "no supplier is responsible for " + facts + "; the Region names them"));
    String who = CallContext.requireActor().name();
    Instant now = clock.instant();
    String text = note == null || note.isBlank() ? null : note.trim();
    ticket.moveTo(TicketState.WAITING_SUPPLIER, now, policy.reopenWindow());
    em.persist(TicketEntry.stateOf(ticket, text, who, true, now));
    views.current(id).ifPresent(Escalation::supersede);
    Escalation escalation = new Escalation(id, supplier.getId(), text, who, now);
    suppliers.add(escalation);
    if (supplier.getWebhookUrl() != null) {
      String eventId = UUID.randomUUID().toString();
      suppliers.add(
          new HandOff(
              escalation.getId(),
              supplier.getId(),
              eventId,
              HandOffMessages.escalated(eventId, ticket, escalation, facts, text),
              now));
    } else {
      mail.send(supplier, ticket, escalation, facts, text);
    }
    return id;
  }

  /** The ticket's category and its device's type and vendor (the suppliers' rules match them). */
  private TicketFacts facts(Ticket ticket) {
    Object[] device =
        ticket.getDeviceSerial() == null
            ? null
            : em.createQuery(
                    "select d.typeId, d.vendor from Device d where d.serialNumber = :s order by d.id",
                    Object[].class)
                .setParameter("s", ticket.getDeviceSerial())
                .getResultStream()
                .findFirst()
                .orElse(null);
    return device == null
        ? new TicketFacts(ticket.getCategory(), null, null)
        : new TicketFacts(ticket.getCategory(), (String) device[0], (String) device[1]);
  }
}
