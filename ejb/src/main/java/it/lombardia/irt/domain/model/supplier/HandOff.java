package it.lombardia.irt.domain.model.supplier;

import it.lombardia.irt.domain.model.shared.PostedMessage;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's hand-off to its supplier's webhook, written in the transaction that escalates the
 * ticket (an escalation is never kept without it, nor sent without it kept). Its JSON carries
 * support data only, never clinical data.
 */
@Entity
@Table(name = "supplier_handoff")
public class HandOff extends PostedMessage {

  /** The longest pause between two attempts. */
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

  @Column(name = "escalation_id", nullable = false, updatable = false)
  private Long escalationId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  protected HandOff() {}

  public HandOff(Long escalationId, Long supplierId, String eventId, String payload, Instant now) {
    super(eventId, payload, now);
    this.escalationId = escalationId;
    this.supplierId = supplierId;
  }

  /** A pause that doubles from {@code firstPause} up to half an hour; never given up. */
  public static RetryPolicy retry(Duration firstPause) {
    return RetryPolicy.forever(firstPause, LONGEST_PAUSE);
  }

  public Long getEscalationId() {
    return escalationId;
  }

  public Long getSupplierId() {
    return supplierId;
  }
}
