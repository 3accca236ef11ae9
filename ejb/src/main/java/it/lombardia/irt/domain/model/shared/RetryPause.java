package it.lombardia.irt.domain.model.shared;

import java.time.Duration;

/**
 * The pause before an outbox's next attempt: {@code first}, doubled per earlier failure, capped.
 */
public final class RetryPause {

  private RetryPause() {}

  public static Duration after(int failures, Duration first, Duration max) {
    Duration pause = first.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
