package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The tickets a supplier reaches, read across ASSTs (the tenant filter is off for these reads only,
 * each restricted to the supplier's current escalations), each in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SupplierReach {

  private static final int LIST_MAX = 500;

  @Inject SupplierRepository suppliers;
  @Inject SupplierCredentials credentials;

  /**
   * The calling supplier (its machine client), or 404 for a client the Region has since removed.
   */
  public Supplier caller() {
    String clientId = CallContext.requireActor().name();
    return credentials
        .byClientId(clientId)
        .orElseThrow(() -> new NotFoundException("Supplier", clientId));
  }

  public List<SupplierTicket> tickets(long supplierId) {
    return CallContext.asRegion(
        CallContext.requireActor(),
        () ->
            suppliers.escalatedTo(supplierId, LIST_MAX).stream()
                .map(r -> view(r.escalation(), r.ticket(), List.of()))
                .toList());
  }

  /** Ticket {@code ticketId} if it is currently escalated to the supplier; else 404. */
  public SupplierTicket ticket(long supplierId, long ticketId) {
    return CallContext.asRegion(
        CallContext.requireActor(),
        () -> {
          SupplierRepository.EscalatedTicket row =
              suppliers
                  .escalatedTo(supplierId, ticketId)
                  .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
          List<SupplierTicket.Note> notes =
              suppliers.supplierNotes(ticketId).stream()
                  .map(n -> new SupplierTicket.Note(n.getText(), n.getWrittenAt()))
                  .toList();
          return view(row.escalation(), row.ticket(), notes);
        });
  }

  private static SupplierTicket view(Escalation e, Ticket t, List<SupplierTicket.Note> notes) {
    return new SupplierTicket(
        t.getId(),
        HandOffMessages.reference(t),
        t.getTenantCode(),
        t.getCategory().name(),
        t.getPriority().name(),
        t.getSummary(),
        t.getDeviceSerial(),
        t.getState().name(),
        e.getState().name(),
        e.getSupplierReference(),
        e.getNote(),
        e.getEscalatedAt(),
        e.getUpdatedAt(),
        notes);
  }
}
