package it.lombardia.irt.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1));
  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void delaysDoubleAfterTheFreeFailuresUpToTheCap() {
    assertEquals(Duration.ZERO, POLICY.delayAfter(4));
    assertEquals(Duration.ofSeconds(2), POLICY.delayAfter(5));
    assertEquals(Duration.ofSeconds(4), POLICY.delayAfter(6));
    assertEquals(Duration.ofSeconds(256), POLICY.delayAfter(12));
    assertEquals(Duration.ofMinutes(5), POLICY.delayAfter(13));
    assertEquals(Duration.ofMinutes(5), POLICY.delayAfter(5_000));
  }

  @Test
  void blocksOnlyForTheDelayNeverForGood() {
    LoginThrottle throttle = new LoginThrottle(Kind.ACCOUNT, "mario.rossi", "ASST-X", T0);
    for (int i = 0; i < 4; i++) {
      assertFalse(throttle.recordFailure(T0, POLICY));
    }
    assertFalse(throttle.blocksAt(T0));

    assertTrue(throttle.recordFailure(T0, POLICY), "the fifth failure starts a block");

    assertTrue(throttle.blocksAt(T0.plusSeconds(1)));
    assertFalse(throttle.blocksAt(T0.plusSeconds(2)), "over once the delay has passed");
    assertTrue(throttle.isCurrentAt(T0.plusSeconds(2), POLICY));
  }

  @Test
  void anOldSeriesOfFailuresIsForgotten() {
    LoginThrottle throttle = new LoginThrottle(Kind.ADDRESS, "10.0.0.7", "REGION", T0);
    for (int i = 0; i < 6; i++) {
      throttle.recordFailure(T0, POLICY);
    }
    Instant later = T0.plus(Duration.ofHours(2));
    assertFalse(throttle.isCurrentAt(later, POLICY));

    assertFalse(throttle.recordFailure(later, POLICY), "counting starts again from one");
    assertEquals(1, throttle.getFailures());
    assertFalse(throttle.blocksAt(later));
  }
}
