package it.lombardia.irt.application.security;

import it.lombardia.irt.application.Actor;
import java.time.Duration;

/**
 * The outcome of checking credentials; only {@link Status#SUCCESS} carries an actor, and for people
 * the session timeout that applies to their tenant. The failure statuses are for the log only:
 * whoever tried is told the same thing whatever went wrong (no account enumeration), and, while a
 * throttle holds, after how many seconds to try again.
 */
public record LoginResult(
    Status status, Actor actor, int sessionTimeoutMinutes, long retryAfterSeconds) {

  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    THROTTLED,
    DISABLED,
    TENANT_INACTIVE
  }

  static LoginResult failed(Status status) {
    return new LoginResult(status, null, 0, 0);
  }

  static LoginResult succeeded(Actor actor, int sessionTimeoutMinutes) {
    return new LoginResult(Status.SUCCESS, actor, sessionTimeoutMinutes, 0);
  }

  static LoginResult throttled(Duration wait) {
    // Rounded up: a client that waits exactly this long finds the throttle over.
    long seconds = (wait.toMillis() + 999) / 1000;
    return new LoginResult(Status.THROTTLED, null, 0, Math.max(1, seconds));
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
