package it.lombardia.irt.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * Where an outbox row stands on its way out (to the FSE, a supplier's webhook, a mail server…):
 * pending until the receiver accepts it, each failed attempt followed by a pause as its {@link
 * RetryPolicy} says, and failed for good only if that policy gives up. Written in the transaction
 * of what it announces, so nothing is lost.
 */
@Embeddable
public class Delivery {

  public enum Status {
    PENDING,
    DELIVERED,
    /** Given up after the policy's last attempt: shown, never sent again. */
    FAILED
  }

  /** The longest error kept: the receiver's answer may be a whole page. */
  static final int ERROR_LENGTH = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status = Status.PENDING;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Delivery() {}

  /** A delivery due at once. */
  public static Delivery dueFrom(Instant now) {
    Delivery delivery = new Delivery();
    delivery.nextAttemptAt = now;
    return delivery;
  }

  public boolean isDue(Instant now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now);
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }

  /**
   * One attempt's outcome: delivered when {@code error} is null, otherwise the error kept and
   * either the next attempt after the policy's pause or, after its last attempt, failed.
   */
  public void attempted(String error, Instant now, RetryPolicy retry) {
    attempts++;
    if (error == null) {
      status = Status.DELIVERED;
      deliveredAt = now;
      lastError = null;
      return;
    }
    lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    if (retry.givesUpAfter(attempts)) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(retry.pauseAfter(attempts));
    }
  }

  /**
   * The next attempt now rather than after the policy's pause (the receiver was mended): only while
   * pending — a row given up may have forgotten what it carried.
   */
  public void retryNow(Instant now) {
    if (status != Status.PENDING) {
      throw new RuleViolation(
          "error.outbox.notPending", "only an entry still being sent can be retried");
    }
    nextAttemptAt = now;
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

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
