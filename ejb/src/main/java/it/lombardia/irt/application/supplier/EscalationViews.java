package it.lombardia.irt.application.supplier;

import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** A ticket's current escalation, in the ticket's ASST and the caller's transaction. */
@Stateless
public class EscalationViews {

  @Inject SupplierRepository suppliers;

  public Optional<Escalation> current(long ticketId) {
    return suppliers.currentEscalation(ticketId);
  }

  public EscalationView of(long ticketId) {
    return current(ticketId).map(this::view).orElse(null);
  }

  private EscalationView view(Escalation e) {
    Supplier s = suppliers.find(e.getSupplierId()).orElseThrow();
    Optional<HandOff> handOff = suppliers.handOffOf(e.getId());
    return new EscalationView(
        s.getCode(),
        s.getName(),
        s.getEmail(),
        e.getState().name(),
        e.getSupplierReference(),
        e.getEscalatedAt(),
        e.getUpdatedAt(),
        handOff.map(h -> h.getDelivery().getStatus().name()).orElse(null),
        handOff.map(h -> h.getDelivery().getAttempts()).orElse(0),
        handOff.map(h -> h.getDelivery().getLastError()).orElse(null));
  }
}
