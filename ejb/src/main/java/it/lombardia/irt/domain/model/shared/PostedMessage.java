package it.lombardia.irt.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An outbox row that is a JSON message posted to another system (a supplier's webhook, the
 * e-prescription gateway): written in the transaction of what it announces and posted after commit
 * until accepted. Its event id travels with every attempt, so a receiver that got a post whose
 * answer was lost recognises the retry.
 */
@MappedSuperclass
public abstract class PostedMessage extends TenantOwnedEntity implements OutboxEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false, updatable = false, length = 36)
  private String eventId;

  /** The JSON posted. */
  @Column(nullable = false, updatable = false, length = 4000)
  private String payload;

  @Embedded private Delivery delivery;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected PostedMessage() {}

  protected PostedMessage(String eventId, String payload, Instant now) {
    this.eventId = eventId;
    this.payload = payload;
    this.createdAt = now;
    this.delivery = Delivery.dueFrom(now);
  }

  @Override
  public Long getId() {
    return id;
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
