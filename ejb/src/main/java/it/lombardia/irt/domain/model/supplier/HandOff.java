package it.lombardia.irt.domain.model.supplier;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.OutboxEntry;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's hand-off to its supplier's webhook, written in the transaction that escalates the
 * ticket (an outbox row: an escalation is never kept without it, nor sent without it kept) and
 * posted after commit until the supplier accepts it. The event id travels with every attempt, so a
 * supplier that got a post whose answer was lost recognises the retry.
 */
@Entity
@Table(name = "supplier_handoff")
public class HandOff extends TenantOwnedEntity implements OutboxEntry {

  /** The longest pause between two attempts. */
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "escalation_id", nullable = false, updatable = false)
  private Long escalationId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Column(name = "event_id", nullable = false, updatable = false, length = 36)
  private String eventId;

  /** The JSON posted: support data only, never clinical data. */
  @Column(nullable = false, updatable = false, length = 4000)
  private String payload;

  @Embedded private Delivery delivery;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected HandOff() {}

  public HandOff(Long escalationId, Long supplierId, String eventId, String payload, Instant now) {
    this.escalationId = escalationId;
    this.supplierId = supplierId;
    this.eventId = eventId;
    this.payload = payload;
    this.createdAt = now;
    this.delivery = Delivery.dueFrom(now);
  }

  /** A pause that doubles from {@code firstPause} up to half an hour; never given up. */
  public static RetryPolicy retry(Duration firstPause) {
    return RetryPolicy.forever(firstPause, LONGEST_PAUSE);
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getEscalationId() {
    return escalationId;
  }

  public Long getSupplierId() {
    return supplierId;
  }

  public String getEventId() {
    return eventId;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public Delivery getDelivery() {
    return delivery;
  }
}
