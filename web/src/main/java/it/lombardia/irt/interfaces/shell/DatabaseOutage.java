package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.DatabaseFailures;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A request that failed because the database cannot be reached — refused connections, a pool that
 * cannot open one, sessions the server terminated — rather than because of the request: the API
 * answers 503 with {@code Retry-After} (a gateway sends again, nothing was kept) instead of a 500,
 * and the log gets one line every {@link #LOG_EVERY} with how many requests were refused since,
 * instead of a stack trace per request.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before sending again. */
  public static final String RETRY_AFTER_SECONDS = "5";

  static final Duration LOG_EVERY = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  private static long lastLogged;
  private static long refusedSince;

  private DatabaseOutage() {}

  /** Counts a refused request; logs one line if the last was {@link #LOG_EVERY} ago. */
  public static void refused(Throwable failure) {
    long now = System.nanoTime();
    long refused;
    synchronized (DatabaseOutage.class) {
      refusedSince++;
      if (lastLogged != 0 && now - lastLogged < LOG_EVERY.toNanos()) {
        return;
      }
      lastLogged = now;
      refused = refusedSince;
      refusedSince = 0;
    }
    LOG.warning(
        "Database unavailable: "
            + refused
            + " request(s) answered 503 since the last such line; "
            + DatabaseFailures.innermost(failure));
  }
}
