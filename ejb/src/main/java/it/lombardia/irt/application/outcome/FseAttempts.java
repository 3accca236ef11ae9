package it.lombardia.irt.application.outcome;

import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.infrastructure.fse.FseSender;
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

/** One delivery attempt per transaction, for {@link FseDelivery}. Runs at Region level. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FseAttempts {

  private static final int BATCH = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FseSender sender;

  @Inject
  @ConfigProperty(name = "irt.fse.retry-seconds", defaultValue = "60")
  long retrySeconds;

  /** Submissions due now, oldest first. */
  public List<Long> due() {
    return em.createQuery(
            "select s.id from FseSubmission s where s.delivery.status = :pending"
                + " and s.delivery.nextAttemptAt <= :now order by s.delivery.nextAttemptAt",
            Long.class)
        .setParameter("pending", Delivery.Status.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Sends one submission if still due; records the outcome. */
  public Void attempt(long id) {
    FseSubmission submission = em.find(FseSubmission.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (submission == null || !submission.isDue(now)) {
      return null;
    }
    FseSender.Result result =
        sender.send(submission.getTenantCode(), submission.getBundleId(), submission.getPayload());
    submission.attempted(
        result.delivered() ? null : result.error(),
        clock.instant(),
        Duration.ofSeconds(retrySeconds));
    return null;
  }
}
