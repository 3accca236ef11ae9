package it.lombardia.irt.domain.model.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandOffTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
  private static final RetryPolicy FIRST = HandOff.retry(Duration.ofSeconds(30));

  @Test
  void aFailedPostWaitsTwiceAsLongEachTimeUpToHalfAnHour() {
    HandOff h = new HandOff(1L, 2L, "e", "{}", T0);
    assertTrue(h.getDelivery().isDue(T0));
    h.attempted("HTTP 503", T0, FIRST);
    assertEquals(T0.plusSeconds(30), h.getDelivery().getNextAttemptAt());
    assertFalse(h.getDelivery().isDue(T0.plusSeconds(29)));
    h.attempted("HTTP 503", T0, FIRST);
    assertEquals(T0.plusSeconds(60), h.getDelivery().getNextAttemptAt());
    for (int i = 0; i < 30; i++) {
      h.attempted("timeout", T0, FIRST);
    }
    assertEquals(
        T0.plus(HandOff.LONGEST_PAUSE),
        h.getDelivery().getNextAttemptAt(),
        "never longer, never gives up");
    assertEquals(Delivery.Status.PENDING, h.getDelivery().getStatus());
    assertEquals("timeout", h.getDelivery().getLastError());
  }

  @Test
  void anAcceptedPostIsDeliveredAndNeverDueAgain() {
    HandOff h = new HandOff(1L, 2L, "e", "{}", T0);
    h.attempted("HTTP 500: " + "x".repeat(2000), T0, FIRST);
    assertEquals(1000, h.getDelivery().getLastError().length(), "errors are kept short");
    h.attempted(null, T0.plusSeconds(40), FIRST);
    assertEquals(Delivery.Status.DELIVERED, h.getDelivery().getStatus());
    assertEquals(2, h.getDelivery().getAttempts());
    assertNull(h.getDelivery().getLastError());
    assertFalse(h.getDelivery().isDue(T0.plusSeconds(3600)));
  }
}
