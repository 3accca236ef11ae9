package it.lombardia.irt.interfaces.shell;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
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

  /** SQLSTATEs of a lost or refused server: class 08 too, see {@link #isOutage(SQLException)}. */
  private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "53300");

  private static long lastLogged;
  private static long refusedSince;

  private DatabaseOutage() {}

  /** Whether {@code failure}, or one of its causes, says the database cannot be reached. */
  public static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isOutage(sql)) {
        return true;
      }
      // The server's connection pool (IronJacamar) could not open a connection.
      if (t.getClass().getName().equals("jakarta.resource.ResourceException")
          && String.valueOf(t.getMessage()).startsWith("IJ000453")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutage(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException
        || (state != null && (state.startsWith("08") || SERVER_GONE.contains(state)));
  }

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
            + innermost(failure));
  }

  private static String innermost(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replace('\n', ' ');
  }
}
