package it.lombardia.irt.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void pauseDoublesPerFailureUpToTheLongest() {
    RetryPolicy retry = RetryPolicy.forever(MINUTE, Duration.ofMinutes(5));
    assertEquals(MINUTE, retry.pauseAfter(1));
    assertEquals(Duration.ofMinutes(2), retry.pauseAfter(2));
    assertEquals(Duration.ofMinutes(4), retry.pauseAfter(3));
    assertEquals(Duration.ofMinutes(5), retry.pauseAfter(4));
    assertEquals(Duration.ofMinutes(5), retry.pauseAfter(1000), "no overflow after many failures");
  }

  @Test
  void aPolicyWithALimitGivesUpAfterItsLastAttemptAndIsNeverDueAgain() {
    Delivery d = Delivery.dueFrom(T0);
    RetryPolicy retry = RetryPolicy.upTo(3, MINUTE, Duration.ofHours(1));
    d.attempted("HTTP 503", T0, retry);
    assertTrue(d.isPending());
    assertFalse(d.isDue(T0.plusSeconds(59)));
    assertTrue(d.isDue(T0.plusSeconds(60)));
    d.attempted("HTTP 503", T0.plusSeconds(60), retry);
    assertEquals(T0.plusSeconds(180), d.getNextAttemptAt(), "two minutes after the second");
    d.attempted("refused", T0.plusSeconds(180), retry);
    assertEquals(Delivery.Status.FAILED, d.getStatus());
    assertEquals(3, d.getAttempts());
    assertEquals("refused", d.getLastError());
    assertFalse(d.isDue(T0.plus(Duration.ofDays(365))), "given up for good");
  }

  @Test
  void aPolicyWithoutALimitNeverGivesUp() {
    Delivery d = Delivery.dueFrom(T0);
    RetryPolicy retry = RetryPolicy.forever(MINUTE, Duration.ofHours(1));
    for (int i = 0; i < 200; i++) {
      d.attempted("down", T0, retry);
    }
    assertEquals(Delivery.Status.PENDING, d.getStatus());
    assertEquals(T0.plus(Duration.ofHours(1)), d.getNextAttemptAt());
  }

  @Test
  void aSuccessAfterFailuresIsDeliveredAndForgetsTheError() {
    Delivery d = Delivery.dueFrom(T0);
    RetryPolicy retry = RetryPolicy.upTo(2, MINUTE, Duration.ofHours(1));
    d.attempted("x".repeat(5000), T0, retry);
    assertEquals(Delivery.ERROR_LENGTH, d.getLastError().length(), "errors are kept short");
    d.attempted(null, T0.plusSeconds(60), retry);
    assertEquals(Delivery.Status.DELIVERED, d.getStatus());
    assertEquals(T0.plusSeconds(60), d.getDeliveredAt());
    assertNull(d.getLastError());
    assertFalse(d.isDue(T0.plus(Duration.ofDays(1))));
  }

  @Test
  void aPendingEntryCanBeRetriedNowButNotOneGivenUpOrDelivered() {
    RetryPolicy retry = RetryPolicy.upTo(2, Duration.ofHours(1), Duration.ofHours(8));
    Delivery d = Delivery.dueFrom(T0);
    d.attempted("HTTP 503", T0, retry);
    assertFalse(d.isDue(T0.plusSeconds(10)), "an hour's pause");
    d.retryNow(T0.plusSeconds(10));
    assertTrue(d.isDue(T0.plusSeconds(10)), "due at once, the receiver being mended");
    assertEquals(1, d.getAttempts(), "a retry is not an attempt");

    d.attempted("HTTP 503", T0.plusSeconds(10), retry);
    assertEquals(Delivery.Status.FAILED, d.getStatus());
    RuleViolation givenUp = assertThrows(RuleViolation.class, () -> d.retryNow(T0.plusSeconds(20)));
    assertEquals("error.outbox.notPending", givenUp.key());

    Delivery delivered = Delivery.dueFrom(T0);
    delivered.attempted(null, T0, retry);
    assertThrows(RuleViolation.class, () -> delivered.retryNow(T0));
  }

  @Test
  void aLimitBelowOneStillAllowsOneAttempt() {
    Delivery d = Delivery.dueFrom(T0);
    RetryPolicy retry = RetryPolicy.upTo(0, MINUTE, Duration.ofHours(1));
    assertTrue(d.isDue(T0));
    d.attempted("down", T0, retry);
    assertEquals(Delivery.Status.FAILED, d.getStatus());
  }

  @Test
  void refusesAPolicyWhoseLongestPauseIsShorterThanTheFirst() {
    assertThrows(
        IllegalArgumentException.class, () -> RetryPolicy.forever(Duration.ofHours(2), MINUTE));
  }
}
