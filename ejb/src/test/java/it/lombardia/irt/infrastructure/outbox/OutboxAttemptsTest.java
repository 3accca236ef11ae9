package it.lombardia.irt.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import it.lombardia.irt.testing.PersistenceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generic outbox steps on real Hibernate and H2, with a notification outbox as the kind. */
class OutboxAttemptsTest {

  private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

  private final PersistenceFixture db = new PersistenceFixture();
  private final OutboxAttempts attempts = new OutboxAttempts();
  private final FailingKind kind = new FailingKind();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void listsOnlyPendingRowsWhoseTimeHasComeLongestWaitingFirst() {
    long later = queue("later", T0.plusSeconds(30));
    long first = queue("first", T0);
    queue("future", T0.plusSeconds(300));
    assertEquals(List.of(first, later), due(T0.plusSeconds(60)));
  }

  @Test
  void aFailingReceiverIsRetriedAfterThePauseThenGivenUpVisibly() {
    long id = queue("m", T0);
    attempt(id, T0);
    attempt(id, T0.plusSeconds(30));
    assertEquals(1, kind.sent.size(), "not sent again before its pause is over");
    assertEquals(List.of(), due(T0.plusSeconds(30)));
    attempt(id, T0.plusSeconds(60));
    assertEquals(2, kind.sent.size());
    Notification n = db.inRegion(s -> s.find(Notification.class, id));
    assertEquals(Delivery.Status.FAILED, n.getDelivery().getStatus());
    assertEquals("mail server down", n.getDelivery().getLastError());
    assertNull(n.getBody(), "a message given up keeps no body");
    attempt(id, T0.plus(Duration.ofDays(1)));
    assertEquals(2, kind.sent.size(), "a failed row is never sent again");
    assertEquals(List.of(), due(T0.plus(Duration.ofDays(1))));
  }

  @Test
  void aRowTheReceiverAcceptedIsDeliveredOnce() {
    long id = queue("m", T0);
    kind.error = null;
    attempt(id, T0);
    attempt(id, T0.plusSeconds(3600));
    assertEquals(1, kind.sent.size());
    Notification n = db.inRegion(s -> s.find(Notification.class, id));
    assertEquals(Delivery.Status.DELIVERED, n.getDelivery().getStatus());
    assertEquals(T0, n.getDelivery().getDeliveredAt());
  }

  private long queue(String key, Instant at) {
    return db.as(
        PersistenceFixture.admin(PersistenceFixture.TENANT_A),
        s -> {
          Notification n =
              new Notification(
                  key, Topic.ALARMS, Channel.EMAIL, "a@b.it", "Anna", "Allarme", "Corpo", at);
          s.persist(n);
          return n.getId();
        });
  }

  private List<Long> due(Instant now) {
    return db.inRegion(
        s -> {
          attempts.em = s;
          attempts.clock = Clock.fixed(now, ZoneOffset.UTC);
          return attempts.due(Notification.class);
        });
  }

  private void attempt(long id, Instant now) {
    db.inRegion(
        s -> {
          attempts.em = s;
          attempts.clock = Clock.fixed(now, ZoneOffset.UTC);
          attempts.attempt(kind, id);
          return null;
        });
  }

  /** Two attempts at most, a minute apart; the receiver answers {@link #error}. */
  private static final class FailingKind implements OutboxKind<Notification> {

    final List<String> sent = new ArrayList<>();
    String error = "mail server down";

    @Override
    public OutboxSettings<Notification> settings() {
      return new OutboxSettings<>(
          "test-outbox",
          Notification.class,
          true,
          1,
          RetryPolicy.upTo(2, Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    @Override
    public String send(Notification n) {
      sent.add(n.getMessageId());
      return error;
    }
  }
}
