package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierState;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * A supplier's own desk (its machine client, role {@code SUPPLIER}): the tickets currently
 * escalated to it, from any ASST, and its updates of them. Any other ticket answers exactly like
 * one that does not exist; no other service accepts the role.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupplierDesk {

  @Inject SupplierReach reach;
  @Inject SupplierUpdates updates;

  public List<SupplierTicket> list() {
    Guard.requireAnyRole(Role.SUPPLIER);
    return reach.tickets(reach.caller().getId());
  }

  public SupplierTicket get(long ticketId) {
    Guard.requireAnyRole(Role.SUPPLIER);
    return reach.ticket(reach.caller().getId(), ticketId);
  }

  /**
   * The supplier's news on a ticket: its state ({@code ACKNOWLEDGED}, {@code IN_PROGRESS}, {@code
   * RESOLVED}, {@code REJECTED}), its own reference, a public note — at least one of them.
   */
  public SupplierTicket update(long ticketId, String state, String reference, String note) {
    Actor actor = Guard.requireAnyRole(Role.SUPPLIER);
    Supplier supplier = reach.caller();
    SupplierTicket current = reach.ticket(supplier.getId(), ticketId); // 404 unless its own
    SupplierState to = state(state);
    String ref = trimmed(reference);
    String text = trimmed(note);
    if (to == null && ref == null && text == null) {
      throw InvalidInputException.of(
          "state", "error.supplier.update.empty", "send a state, a reference or a note");
    }
    if ((ref != null && ref.length() > 80)
        || (text != null && text.length() > TicketEntry.TEXT_MAX)) {
      throw InvalidInputException.of(
          "note",
          "error.ticket.text",
          "a reference of at most 80, a note of at most 4000 characters");
    }
    Actor inAsst =
        new Actor(
            actor.name(),
            actor.fullName(),
            current.asst(),
            current.asst(),
            Set.of(Role.SUPPLIER),
            null,
            actor.clientAddress());
    CallContext.as(
        inAsst,
        () -> {
          updates.update(supplier, ticketId, to, ref, text);
          return null;
        });
    return reach.ticket(supplier.getId(), ticketId);
  }

  private static SupplierState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      SupplierState s = SupplierState.valueOf(value.trim());
      if (s != SupplierState.ESCALATED) {
        return s;
      }
    } catch (IllegalArgumentException e) {
      // answered below, like ESCALATED, which only IRT sets
    }
    throw InvalidInputException.of(
        "state",
        "error.supplier.state",
        "unknown state '" + value + "'; one of ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REJECTED");
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
