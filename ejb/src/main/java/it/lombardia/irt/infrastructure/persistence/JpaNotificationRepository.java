package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.NotificationRepository;
import it.lombardia.irt.domain.model.shared.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The notification outbox in the database, through the container's persistence context: a message
 * is stored in the transaction that queues it, in its ASST ({@code @TenantId}).
 */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Notification notification) {
    em.persist(notification);
  }

  @Override
  public boolean queued(String dedupKey, Channel channel, String address) {
    return !em.createQuery(
            "select n.id from Notification n where n.dedupKey = :k"
                + " and n.channel = :c and n.address = :a",
            Long.class)
        .setParameter("k", dedupKey)
        .setParameter("c", channel)
        .setParameter("a", address)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Notification> latest(Delivery.Status status, int max) {
    var query =
        em.createQuery(
            "select n from Notification n"
                + (status == null ? "" : " where n.delivery.status = :s")
                + " order by n.id desc",
            Notification.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(max).getResultList();
  }
}
