package it.lombardia.irt.domain.model.outcome;

import it.lombardia.irt.domain.model.shared.RetryPause;
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
import java.time.Duration;
import java.time.Instant;

/**
 * A signed document waiting for, or delivered to, the FSE: the outbox row written in the same
 * transaction that signs the document, so nothing is lost when the FSE is down. Delivery retries
 * with a growing pause (doubling, at most {@link #MAX_PAUSE}) and never gives up; the FHIR bundle's
 * identifier lets the receiver recognise a re-sent document.
 */
@Entity
@Table(name = "fse_outbox")
public class FseSubmission extends TenantOwnedEntity {

  public enum Status {
    PENDING,
    DELIVERED
  }

  static final Duration MAX_PAUSE = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "outcome_document_id", nullable = false, updatable = false)
  private Long outcomeDocumentId;

  @Column(name = "bundle_id", nullable = false, updatable = false, length = 36)
  private String bundleId;

  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version private long version;

  protected FseSubmission() {}

  public FseSubmission(Long outcomeDocumentId, String bundleId, byte[] payload, Instant now) {
    this.outcomeDocumentId = outcomeDocumentId;
    this.bundleId = bundleId;
    this.payload = payload;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public boolean isDue(Instant now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now);
  }

  public void delivered(Instant now) {
    attempts++;
    status = Status.DELIVERED;
    deliveredAt = now;
    lastError = null;
  }

  /** A failed attempt: the next one after {@code firstPause} doubled per earlier failure. */
  public void failed(String error, Instant now, Duration firstPause) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    nextAttemptAt = now.plus(RetryPause.after(attempts, firstPause, MAX_PAUSE));
  }

  public Long getId() {
    return id;
  }

  public Long getOutcomeDocumentId() {
    return outcomeDocumentId;
  }

  public String getBundleId() {
    return bundleId;
  }

  public byte[] getPayload() {
    return payload;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
