package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.NotificationRepository;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The ASST's notification outbox as its administrator sees it: each message's delivery state. */
@Stateless
public class NotificationOutbox {

  @Inject NotificationRepository outbox;

  /** The latest messages first, optionally only those in {@code status}. */
  public List<Notification> messages(Delivery.Status status) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return outbox.latest(status, 500);
  }
}
