package it.lombardia.irt.domain.model.supplier;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A ticket of an ASST handed to a supplier (level 2): which supplier, its state and its own
 * reference, as the supplier reports them back. The ticket's current escalation is the only one the
 * supplier sees and updates; an earlier one (a ticket escalated again) is history.
 */
@Entity
@Table(name = "ticket_escalation")
@Audited
public class Escalation extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SupplierState state = SupplierState.ESCALATED;

  @Column(name = "supplier_reference", length = 80)
  private String supplierReference;

  /** What the operator told the supplier when escalating. */
  @Column(length = 1000, updatable = false)
  private String note;

  @Column(name = "is_current", nullable = false)
  private boolean latest = true;

  @Column(name = "escalated_by", nullable = false, updatable = false, length = 80)
  private String escalatedBy;

  @Column(name = "escalated_at", nullable = false, updatable = false)
  private Instant escalatedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version @NotAudited private long version;

  protected Escalation() {}

  public Escalation(Long ticketId, Long supplierId, String note, String escalatedBy, Instant now) {
    this.ticketId = ticketId;
    this.note = note;
    this.supplierId = supplierId;
    this.escalatedBy = escalatedBy;
    this.escalatedAt = now;
    this.updatedAt = now;
  }

  /** The supplier's news: a state along {@link SupplierState}, its own reference, or both. */
  public void update(SupplierState to, String reference, Instant now) {
    require(latest, "error.escalation.superseded", "the ticket was escalated again since");
    if (to != null) {
      require(
          state.mayGoTo(to),
          "error.escalation.state",
          "a ticket " + state + " with its supplier cannot go to " + to);
      state = to;
    }
    if (reference != null) {
      supplierReference = reference;
    }
    updatedAt = now;
  }

  /** A later escalation of the same ticket replaces this one. */
  public void supersede() {
    latest = false;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Long getSupplierId() {
    return supplierId;
  }

  public SupplierState getState() {
    return state;
  }

  public String getSupplierReference() {
    return supplierReference;
  }

  public String getNote() {
    return note;
  }

  public boolean isCurrent() {
    return latest;
  }

  public String getEscalatedBy() {
    return escalatedBy;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
