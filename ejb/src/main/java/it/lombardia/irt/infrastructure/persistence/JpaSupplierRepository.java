package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Suppliers (regional), their escalations and hand-offs (under the ticket's ASST, Hibernate's
 * {@code @TenantId}) in the database, through the container's persistence context; the queries
 * moved here unchanged from the use cases.
 */
@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

  private static final String ESCALATED =
      "select e, t from Escalation e, Ticket t where t.id = e.ticketId"
          + " and e.supplierId = :s and e.latest = true";

  @PersistenceContext EntityManager em;

  @Override
  public void add(Supplier supplier) {
    em.persist(supplier);
  }

  @Override
  public Optional<Supplier> find(long id) {
    return Optional.ofNullable(em.find(Supplier.class, id));
  }

  @Override
  public Optional<Supplier> byCode(String code) {
    return em.createQuery("select s from Supplier s where s.code = :c", Supplier.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Supplier> byClientId(String clientId) {
    return em.createQuery("select s from Supplier s where s.clientId = :c", Supplier.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Supplier> byName() {
    return em.createQuery("select s from Supplier s order by s.name", Supplier.class)
        .getResultList();
  }

  @Override
  public List<Supplier> all() {
    return em.createQuery("select s from Supplier s", Supplier.class).getResultList();
  }

  @Override
  public void add(Escalation escalation) {
    em.persist(escalation);
    em.flush();
  }

  @Override
  public Optional<Escalation> currentEscalation(long ticketId) {
    return em.createQuery(
            "select e from Escalation e where e.ticketId = :t and e.latest = true",
            Escalation.class)
        .setParameter("t", ticketId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(HandOff handOff) {
    em.persist(handOff);
  }

  @Override
  public Optional<HandOff> handOffOf(long escalationId) {
    return em.createQuery("select h from HandOff h where h.escalationId = :e", HandOff.class)
        .setParameter("e", escalationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EscalatedTicket> escalatedTo(long supplierId, int max) {
    return em.createQuery(ESCALATED + " order by e.escalatedAt desc, e.id desc", Object[].class)
        .setParameter("s", supplierId)
        .setMaxResults(max)
        .getResultStream()
        .map(JpaSupplierRepository::escalated)
        .toList();
  }

  @Override
  public Optional<EscalatedTicket> escalatedTo(long supplierId, long ticketId) {
    return em.createQuery(ESCALATED + " and t.id = :t", Object[].class)
        .setParameter("s", supplierId)
        .setParameter("t", ticketId)
        .getResultStream()
        .findFirst()
        .map(JpaSupplierRepository::escalated);
  }

  private static EscalatedTicket escalated(Object[] row) {
    return new EscalatedTicket((Escalation) row[0], (Ticket) row[1]);
  }

  @Override
  public List<TicketEntry> supplierNotes(long ticketId) {
    return em.createQuery(
            "select e from TicketEntry e where e.ticketId = :t and e.kind = :k"
                + " order by e.writtenAt, e.id",
            TicketEntry.class)
        .setParameter("t", ticketId)
        .setParameter("k", TicketEntry.Kind.SUPPLIER_NOTE)
        .getResultList();
  }
}
