package it.lombardia.irt.domain.model.supplier;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import java.util.List;
import java.util.Optional;

/**
 * The Region's suppliers with their escalations and webhook hand-offs, as the Region's
 * administration, the escalation and the supplier's own desk read them. Escalations and hand-offs
 * belong to the ticket's ASST; what a supplier reads of its tickets is read across ASSTs by the
 * caller (restricted to the supplier's current escalations).
 */
public interface SupplierRepository {

  /** A ticket currently escalated to a supplier, with that escalation. */
  record EscalatedTicket(Escalation escalation, Ticket ticket) {}

  void add(Supplier supplier);

  Optional<Supplier> find(long id);

  Optional<Supplier> byCode(String code);

  /** The supplier whose machine client is {@code clientId}. */
  Optional<Supplier> byClientId(String clientId);

  /** Every supplier, by name. */
  List<Supplier> byName();

  /** Every supplier, in no particular order. */
  List<Supplier> all();

  /**
   * Stores the escalation at once, with the ticket's pending changes: its hand-off names its id.
   */
  void add(Escalation escalation);

  /** The ticket's current escalation (the latest), if it was ever escalated. */
  Optional<Escalation> currentEscalation(long ticketId);

  void add(HandOff handOff);

  Optional<HandOff> handOffOf(long escalationId);

  /** At most {@code max} tickets currently escalated to the supplier, latest escalated first. */
  List<EscalatedTicket> escalatedTo(long supplierId, int max);

  /** Ticket {@code ticketId} if it is currently escalated to the supplier. */
  Optional<EscalatedTicket> escalatedTo(long supplierId, long ticketId);

  /** The notes suppliers wrote on the ticket, oldest first. */
  List<TicketEntry> supplierNotes(long ticketId);
}
