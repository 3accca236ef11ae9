package it.lombardia.irt.domain.model.user;

import java.time.Duration;

/**
 * How failed logins slow down the next attempts: the first {@code freeFailures} in a row cost
 * nothing; from then on each failure makes the next attempt wait {@code firstDelay}, doubled at
 * every further failure, at most {@code maxDelay}. A series whose last failure is older than {@code
 * forgetAfter} starts again from zero.
 */
public record ThrottlePolicy(
    int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

  public ThrottlePolicy {
    if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "a throttle needs at least one free failure and 0 <= first delay <= maximum delay");
    }
  }

  /** How long the next attempt must wait after {@code failures} failures in a row. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = failures - freeFailures;
    if (doublings >= 31) {
      return maxDelay;
    }
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
