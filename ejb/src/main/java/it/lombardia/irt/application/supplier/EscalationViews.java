package it.lombardia.irt.application.supplier;

import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A ticket's current escalation, in the ticket's ASST and the caller's transaction. */
@Stateless
public class EscalationViews {

  @PersistenceContext EntityManager em;

  public Optional<Escalation> current(long ticketId) {
    return em.createQuery(
            "select e from Escalation e where e.ticketId = :t and e.latest = true",
            Escalation.class)
        .setParameter("t", ticketId)
        .getResultStream()
        .findFirst();
  }

  public EscalationView of(long ticketId) {
    return current(ticketId).map(this::view).orElse(null);
  }

  private EscalationView view(Escalation e) {
    Supplier s = em.find(Supplier.class, e.getSupplierId());
    Optional<HandOff> handOff =
        em.createQuery("select h from HandOff h where h.escalationId = :e", HandOff.class)
            .setParameter("e", e.getId())
            .getResultStream()
            .findFirst();
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
