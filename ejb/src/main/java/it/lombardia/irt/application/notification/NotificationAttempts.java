package it.lombardia.irt.application.notification;

import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.infrastructure.notification.MailSender;
import it.lombardia.irt.infrastructure.notification.OutgoingMessage;
import it.lombardia.irt.infrastructure.notification.SendResult;
import it.lombardia.irt.infrastructure.notification.SmsSender;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One delivery attempt per transaction, for {@link NotificationDelivery}; the message is locked
 * while it is sent, so two nodes cannot send it twice. Runs at Region level.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationAttempts {

  private static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MailSender mail;
  @Inject SmsSender sms;

  @Inject
  @ConfigProperty(name = "irt.notification.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "irt.notification.max-attempts", defaultValue = "10")
  int maxAttempts;

  /** Messages due now, oldest first. */
  public List<Long> due() {
    return em.createQuery(
            "select n.id from Notification n where n.status = :pending"
                + " and n.nextAttemptAt <= :now order by n.nextAttemptAt",
            Long.class)
        .setParameter("pending", Notification.Status.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Sends one message if still due; records the outcome. */
  public Void attempt(long id) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (n == null || !n.isDue(now)) {
      return null;
    }
    OutgoingMessage message =
        new OutgoingMessage(n.getMessageId(), n.getAddress(), n.getSubject(), n.getBody());
    SendResult result = n.getChannel() == Channel.EMAIL ? mail.send(message) : sms.send(message);
    if (result.delivered()) {
      n.delivered(clock.instant());
    } else {
      n.failed(
          result.error(),
          clock.instant(),
          Duration.ofSeconds(retrySeconds),
          Math.max(1, maxAttempts));
    }
    return null;
  }
}
