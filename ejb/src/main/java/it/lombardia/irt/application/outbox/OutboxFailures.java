package it.lombardia.irt.application.outbox;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.prescription.DeliveredPrescription;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.OutboxEntry;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * The ASST's outbox entries whose last attempt failed — still retried, or given up — for its
 * administrator: what kind of thing they carry (a document's kind or a plan's, PAI or PRI, a
 * supplier's name, a notification's topic and channel, a prescription's NRE), never its content or
 * the patient, and the receiver's error. An entry still being sent can be retried now instead of
 * after its pause, once the receiver is mended; who asked is logged.
 */
@Stateless
public class OutboxFailures {

  private static final Logger LOG = Logger.getLogger(OutboxFailures.class.getName());

  public enum Kind {
    FSE(FseSubmission.class),
    SUPPLIER(HandOff.class),
    NOTIFICATION(Notification.class),
    PRESCRIPTION(DeliveredPrescription.class);

    private final Class<? extends OutboxEntry> entries;

    Kind(Class<? extends OutboxEntry> entries) {
      this.entries = entries;
    }
  }

  /**
   * One undelivered entry: {@code about} is the document's kind (FSE), the supplier's name, or the
   * notification's topic; {@code channel} a notification's channel.
   */
  public record Failure(
      Kind kind,
      long id,
      String about,
      String channel,
      Instant createdAt,
      int attempts,
      boolean givenUp,
      Instant nextAttemptAt,
      String lastError) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Newest first, at most 200 of each kind. */
  public List<Failure> current() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    List<Failure> failures = new ArrayList<>();
    for (Object[] r :
        failing(
            "select s.id, d.kind, null, s.createdAt, s.delivery from FseSubmission s"
                + " join OutcomeDocument d on d.id = s.outcomeDocumentId")) {
      failures.add(failure(Kind.FSE, r));
    }
    for (Object[] r :
        failing(
            "select s.id, p.kind, null, s.createdAt, s.delivery from FseSubmission s"
                + " join CarePlan p on p.id = s.carePlanId")) {
      failures.add(failure(Kind.FSE, r));
    }
    for (Object[] r :
        failing(
            "select s.id, p.name, null, s.createdAt, s.delivery from HandOff s"
                + " left join Supplier p on p.id = s.supplierId")) {
      failures.add(failure(Kind.SUPPLIER, r));
    }
    for (Object[] r :
        failing("select s.id, s.topic, s.channel, s.createdAt, s.delivery from Notification s")) {
      failures.add(failure(Kind.NOTIFICATION, r));
    }
    for (Object[] r :
        failing("select s.id, s.nre, null, s.createdAt, s.delivery from DeliveredPrescription s")) {
      failures.add(failure(Kind.PRESCRIPTION, r));
    }
    failures.sort(Comparator.comparing(Failure::createdAt).reversed());
    return failures;
  }

  /** The entry's next attempt now; 404 for another ASST's or an unknown entry. */
  public void retryNow(Kind kind, long id) {
    Actor actor = Guard.requireAnyRole(Role.TENANT_ADMIN);
    OutboxEntry entry = em.find(kind.entries, id);
    if (entry == null) {
      throw new NotFoundException("Outbox entry", kind + "/" + id);
    }
    entry.getDelivery().retryNow(clock.instant());
    LOG.info(
        () ->
            "Outbox entry %s/%d of %s retried now by %s from %s"
                .formatted(kind, id, actor.tenantCode(), actor.name(), actor.clientAddress()));
  }

  /**
   * The rows of {@code select} (id, about, channel, created, delivery) whose last attempt failed.
   */
  private List<Object[]> failing(String select) {
    return em.createQuery(
            select + " where s.delivery.status <> :delivered and s.delivery.lastError is not null",
            Object[].class)
        .setParameter("delivered", Delivery.Status.DELIVERED)
        .setMaxResults(200)
        .getResultList();
  }

  private static Failure failure(Kind kind, Object[] row) {
    Delivery d = (Delivery) row[4];
    boolean givenUp = d.getStatus() == Delivery.Status.FAILED;
    return new Failure(
        kind,
        (Long) row[0],
        row[1] == null ? null : row[1] instanceof Enum<?> e ? e.name() : row[1].toString(),
        row[2] == null ? null : ((Enum<?>) row[2]).name(),
        (Instant) row[3],
        d.getAttempts(),
        givenUp,
        givenUp ? null : d.getNextAttemptAt(),
        d.getLastError());
  }
}
