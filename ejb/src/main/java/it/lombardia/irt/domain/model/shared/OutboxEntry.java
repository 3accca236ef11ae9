package it.lombardia.irt.domain.model.shared;

import java.time.Instant;

/**
 * An outbox row: written in the transaction of what it announces, sent after commit by the outbox
 * of its kind ({@code infrastructure.outbox}), its way out kept in its {@link Delivery}.
 */
public interface OutboxEntry {

  Long getId();

  Delivery getDelivery();

  /**
   * One attempt's outcome: delivered when {@code error} is null, else retried or given up as {@code
   * retry} says. A row that must forget something once settled (a message's body) adds to it.
   */
  default void attempted(String error, Instant now, RetryPolicy retry) {
    getDelivery().attempted(error, now, retry);
  }
}
