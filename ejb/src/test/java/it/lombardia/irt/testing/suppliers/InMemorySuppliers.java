package it.lombardia.irt.testing.suppliers;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Suppliers, escalations and hand-offs in memory; the tickets a supplier reads are those of {@link
 * #tickets} with an escalation here.
 */
public final class InMemorySuppliers implements SupplierRepository {

  public final Rows<Supplier> suppliers = new Rows<>(Supplier::getId);
  public final Rows<Escalation> escalations = new Rows<>(Escalation::getId);
  public final List<HandOff> handOffs = new ArrayList<>();
  public final List<Ticket> tickets = new ArrayList<>();
  public final List<TicketEntry> entries = new ArrayList<>();

  @Override
  public void add(Supplier supplier) {
    suppliers.insert(supplier);
  }

  @Override
  public Optional<Supplier> find(long id) {
    return suppliers.byId(id);
  }

  @Override
  public Optional<Supplier> byCode(String code) {
    return suppliers.first(s -> s.getCode().equals(code));
  }

  @Override
  public Optional<Supplier> byClientId(String clientId) {
    return suppliers.first(s -> Objects.equals(s.getClientId(), clientId));
  }

  @Override
  public List<Supplier> byName() {
    return suppliers.where(s -> true, Comparator.comparing(Supplier::getName));
  }

  @Override
  public List<Supplier> all() {
    return List.copyOf(suppliers.rows);
  }

  @Override
  public void add(Escalation escalation) {
    escalations.insert(escalation);
  }

  @Override
  public Optional<Escalation> currentEscalation(long ticketId) {
    return escalations.first(e -> e.getTicketId() == ticketId && e.isCurrent());
  }

  @Override
  public void add(HandOff handOff) {
    handOffs.add(handOff);
  }

  @Override
  public Optional<HandOff> handOffOf(long escalationId) {
    return handOffs.stream().filter(h -> h.getEscalationId() == escalationId).findFirst();
  }

  @Override
  public List<EscalatedTicket> escalatedTo(long supplierId, int max) {
    return escalations
        .where(
            e -> e.getSupplierId() == supplierId && e.isCurrent(),
            Comparator.comparing(Escalation::getEscalatedAt)
                .thenComparing(Escalation::getId)
                .reversed())
        .stream()
        .flatMap(e -> withTicket(e).stream())
        .limit(max)
        .toList();
  }

  @Override
  public Optional<EscalatedTicket> escalatedTo(long supplierId, long ticketId) {
    return escalatedTo(supplierId, Integer.MAX_VALUE).stream()
        .filter(r -> r.ticket().getId() == ticketId)
        .findFirst();
  }

  private Optional<EscalatedTicket> withTicket(Escalation e) {
    return tickets.stream()
        .filter(t -> t.getId().equals(e.getTicketId()))
        .findFirst()
        .map(t -> new EscalatedTicket(e, t));
  }

  @Override
  public List<TicketEntry> supplierNotes(long ticketId) {
    return entries.stream()
        .filter(e -> e.getTicketId() == ticketId && e.getKind() == TicketEntry.Kind.SUPPLIER_NOTE)
        .sorted(Comparator.comparing(TicketEntry::getWrittenAt))
        .toList();
  }
}
