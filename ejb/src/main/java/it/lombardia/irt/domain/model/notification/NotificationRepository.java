package it.lombardia.irt.domain.model.notification;

import it.lombardia.irt.domain.model.shared.Delivery;
import java.util.List;

/** The ASST's notification outbox (the tenant filter decides which ASST). */
public interface NotificationRepository {

  void add(Notification notification);

  /**
   * Whether a message with {@code dedupKey} was queued to {@code address} on {@code channel} — read
   * without flushing first: it is asked inside clinical transactions with changes still pending.
   */
  boolean queued(String dedupKey, Channel channel, String address);

  /** At most {@code max} messages, optionally only those in {@code status}, latest first. */
  List<Notification> latest(Delivery.Status status, int max);
}
