package it.lombardia.irt.infrastructure.outbox;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.OutboxEntry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Every outbox's two steps, each in a transaction of its own so one failure delays only itself: the
 * ids due now, and one attempt on a row locked for writing (two nodes never send it together; a row
 * another node settled meanwhile is left alone). Runs at Region level, called by {@link
 * OutboxPump}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxAttempts {

  static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The rows of {@code entries} due now, the longest waiting first. */
  public List<Long> due(Class<? extends OutboxEntry> entries) {
    String entity = em.getMetamodel().entity(entries).getName();
    return em.createQuery(
            "select e.id from "
                + entity
                + " e where e.delivery.status = :pending"
                + " and e.delivery.nextAttemptAt <= :now order by e.delivery.nextAttemptAt",
            Long.class)
        .setParameter("pending", Delivery.Status.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Sends row {@code id} of {@code kind} if it is still due, and records the outcome. */
  public <T extends OutboxEntry> void attempt(OutboxKind<T> kind, long id) {
    OutboxSettings<T> settings = kind.settings();
    T entry = em.find(settings.entries(), id, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !entry.getDelivery().isDue(clock.instant())) {
      return;
    }
    String error = kind.send(entry);
    entry.attempted(error, clock.instant(), settings.retry());
  }
}
