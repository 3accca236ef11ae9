package it.lombardia.irt.domain.model.shared;

import java.time.Duration;

/**
 * How an outbox retries: the pause after a failure is {@code firstPause}, doubled per earlier
 * failure, at most {@code longestPause}; after {@code giveUpAfter} attempts the entry is left
 * failed, or never when it is 0 (a document the FSE must get, a supplier's hand-off).
 */
public record RetryPolicy(Duration firstPause, Duration longestPause, int giveUpAfter) {

  public RetryPolicy {
    if (firstPause.isNegative() || longestPause.compareTo(firstPause) < 0 || giveUpAfter < 0) {
      throw new IllegalArgumentException(
          "a retry policy needs 0 <= first pause <= longest pause and a limit >= 0");
    }
  }

  /** Retries until the receiver accepts. */
  public static RetryPolicy forever(Duration firstPause, Duration longestPause) {
    return new RetryPolicy(firstPause, longestPause, 0);
  }

  /** Gives up after {@code attempts} (at least one). */
  public static RetryPolicy upTo(int attempts, Duration firstPause, Duration longestPause) {
    return new RetryPolicy(firstPause, longestPause, Math.max(1, attempts));
  }

  /** The pause after the {@code failures}-th failure in a row. */
  public Duration pauseAfter(int failures) {
    Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
    return pause.compareTo(longestPause) > 0 ? longestPause : pause;
  }

  /** Whether {@code attempts} failed attempts are the last this policy allows. */
  public boolean givesUpAfter(int attempts) {
    return giveUpAfter > 0 && attempts >= giveUpAfter;
  }
}
