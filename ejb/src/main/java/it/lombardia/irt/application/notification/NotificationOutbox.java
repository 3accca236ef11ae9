package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The ASST's notification outbox as its administrator sees it: each message's delivery state. */
@Stateless
public class NotificationOutbox {

  @PersistenceContext EntityManager em;

  /** The latest messages first, optionally only those in {@code status}. */
  public List<Notification> messages(Delivery.Status status) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    var query =
        em.createQuery(
            "select n from Notification n"
                + (status == null ? "" : " where n.delivery.status = :s")
                + " order by n.id desc",
            Notification.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(500).getResultList();
  }
}
