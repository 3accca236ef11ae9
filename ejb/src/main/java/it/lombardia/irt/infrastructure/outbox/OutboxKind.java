package it.lombardia.irt.infrastructure.outbox;

import it.lombardia.irt.domain.model.shared.OutboxEntry;

/**
 * One outbox (FSE documents, supplier hand-offs, notifications): its settings and how one row is
 * sent. A CDI bean; {@link OutboxScheduler} finds every kind and sends its due rows after commit
 * through {@link OutboxAttempts}, which locks the row around {@link #send}.
 */
public interface OutboxKind<T extends OutboxEntry> {

  /** Read from the configuration when the scheduler starts and at each attempt. */
  OutboxSettings<T> settings();

  /**
   * Sends one row, in its attempt's transaction with the row locked: null when the receiver
   * accepted it, else the error to record. The row's idempotency key must travel with it: a crash
   * after this returns and before the commit sends it again.
   */
  String send(T entry);
}
