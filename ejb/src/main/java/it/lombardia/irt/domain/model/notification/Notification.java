package it.lombardia.irt.domain.model.notification;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.OutboxEntry;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A message to one person, written to the outbox in the transaction of what it announces (an
 * escalated alarm, a booking, a personal link), so it goes out exactly when that is kept and a
 * crash loses nothing. Delivery retries with a doubling pause (at most {@link #MAX_PAUSE}) and
 * gives up after {@code maxAttempts} ({@link #retry}), leaving the message {@link
 * Delivery.Status#FAILED} for the administrator to see. The body is erased once delivered or given
 * up: a personal link's token must not stay in the database. The message id travels with it
 * (Message-ID, the SMS provider's id), so a receiver can recognise a resend.
 */
@Entity
@Table(name = "notification_outbox")
public class Notification extends TenantOwnedEntity implements OutboxEntry {

  static final Duration MAX_PAUSE = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false, updatable = false, length = 36)
  private String messageId;

  @Column(name = "dedup_key", nullable = false, updatable = false, length = 200)
  private String dedupKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private Topic topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Channel channel;

  @Column(nullable = false, updatable = false, length = 200)
  private String address;

  @Column(name = "recipient_name", nullable = false, updatable = false, length = 200)
  private String recipientName;

  @Column(nullable = false, updatable = false, length = 300)
  private String subject;

  @Column(length = 2000)
  private String body;

  @Embedded private Delivery delivery;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Notification() {}

  public Notification(
      String dedupKey,
      Topic topic,
      Channel channel,
      String address,
      String recipientName,
      String subject,
      String body,
      Instant now) {
    this.messageId = UUID.randomUUID().toString();
    this.dedupKey = dedupKey;
    this.topic = topic;
    this.channel = channel;
    this.address = address;
    this.recipientName = recipientName;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    this.delivery = Delivery.dueFrom(now);
  }

  /**
   * A pause that doubles from {@code firstPause} up to an hour; failed after {@code maxAttempts}.
   */
  public static RetryPolicy retry(Duration firstPause, int maxAttempts) {
    return RetryPolicy.upTo(maxAttempts, firstPause, MAX_PAUSE);
  }

  /** As every outbox row; the body is erased once delivered or given up. */
  @Override
  public void attempted(String error, Instant now, RetryPolicy retry) {
    delivery.attempted(error, now, retry);
    if (!delivery.isPending()) {
      body = null;
    }
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Topic getTopic() {
    return topic;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  @Override
  public Delivery getDelivery() {
    return delivery;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
