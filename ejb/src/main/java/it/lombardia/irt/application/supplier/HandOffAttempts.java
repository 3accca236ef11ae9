package it.lombardia.irt.application.supplier;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.infrastructure.supplier.WebhookSender;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One webhook hand-off attempt per transaction, for {@link HandOffDelivery}; Region level. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HandOffAttempts {

  private static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject WebhookSender webhooks;

  @Inject
  @ConfigProperty(name = "irt.suppliers.handoff.retry-seconds", defaultValue = "30")
  long retrySeconds;

  public List<Long> due() {
    return em.createQuery(
            "select h.id from HandOff h where h.delivery.status = :pending"
                + " and h.delivery.nextAttemptAt <= :now order by h.delivery.nextAttemptAt",
            Long.class)
        .setParameter("pending", Delivery.Status.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /**
   * Posts one hand-off if still due, to the supplier's webhook as configured now (a URL the Region
   * corrects is used by the next retry); the row stays locked meanwhile, so no other node posts it.
   */
  public Void attempt(long id) {
    HandOff handOff = em.find(HandOff.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (handOff == null || !handOff.isDue(clock.instant())) {
      return null;
    }
    Supplier supplier = em.find(Supplier.class, handOff.getSupplierId());
    String error =
        supplier.getWebhookUrl() == null
            ? "the supplier has no webhook URL any more"
            : webhooks.post(supplier.getWebhookUrl(), handOff.getEventId(), handOff.getPayload());
    handOff.attempted(error, clock.instant(), Duration.ofSeconds(retrySeconds));
    return null;
  }
}
