package it.lombardia.irt.testing.notifications;

import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.NotificationRepository;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.Comparator;
import java.util.List;

/** The notification outbox in memory. */
public final class InMemoryNotifications implements NotificationRepository {

  public final Rows<Notification> table = new Rows<>(Notification::getId);

  public List<Notification> rows() {
    return table.rows;
  }

  @Override
  public void add(Notification notification) {
    table.insert(notification);
  }

  @Override
  public boolean queued(String dedupKey, Channel channel, String address) {
    return table
        .first(
            n ->
                n.getDedupKey().equals(dedupKey)
                    && n.getChannel() == channel
                    && n.getAddress().equals(address))
        .isPresent();
  }

  @Override
  public List<Notification> latest(Delivery.Status status, int max) {
    return table
        .where(
            n -> status == null || n.getDelivery().getStatus() == status,
            Comparator.comparing(Notification::getId).reversed())
        .stream()
        .limit(max)
        .toList();
  }
}
