package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.helpdesk.SlaPolicy;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierState;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * A supplier's update of a ticket escalated to it, inside the ticket's ASST (so the audit trail
 * names the supplier's client and that ASST). Resolved or rejected hands the ticket back to the
 * centre, which confirms with the requester: the ticket is in progress again and its SLA clocks
 * run.
 */
@Stateless
public class SupplierUpdates {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SlaPolicy policy;
  @Inject EscalationViews escalations;

  public void update(
      Supplier supplier, long ticketId, SupplierState to, String reference, String note) {
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    Escalation escalation =
        escalations
            .current(ticketId)
            .filter(e -> e.getSupplierId().equals(supplier.getId()))
            .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
    if (reference != null && !supplier.isOwnReference(reference)) {
      throw InvalidInputException.of(
          "reference",
          "error.supplier.reference",
          "the supplier's references begin with " + supplier.getReferencePrefix());
    }
    String who = CallContext.requireActor().name();
    Instant now = clock.instant();
    escalation.update(to, reference, now);
    if (note != null) {
      em.persist(TicketEntry.supplierNote(ticket, note, who, now));
    }
    if (to != null && !to.isOpen() && ticket.getState() == TicketState.WAITING_SUPPLIER) {
      ticket.moveTo(TicketState.IN_PROGRESS, now, policy.reopenWindow());
      em.persist(TicketEntry.stateOf(ticket, null, who, false, now));
    }
  }
}
