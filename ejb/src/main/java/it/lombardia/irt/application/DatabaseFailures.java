package it.lombardia.irt.application;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures that say the database cannot be reached — refused connections, a pool that cannot open
 * one, sessions the server terminated — rather than that something is wrong with the work itself: a
 * request is answered 503, a scheduled job tries again at its next run, and neither needs a stack
 * trace in the log.
 */
public final class DatabaseFailures {

  /** SQLSTATEs of a lost or refused server: class 08 too, see {@link #isOutage(SQLException)}. */
  private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "53300");

  /** SQLSTATEs of a transaction that lost to a concurrent one: serialization failure, deadlock. */
  private static final Set<String> LOST_RACE = Set.of("40001", "40P01");

  private DatabaseFailures() {}

  /** Whether {@code failure}, or one of its causes, says the database cannot be reached. */
  public static boolean unreachable(Throwable failure) {
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

  /**
   * Whether {@code failure}, or one of its causes, says that a concurrent transaction changed the
   * same data first (a stale version, a deadlock): nothing was written and the caller may try
   * again.
   */
  public static boolean concurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException
          || (t instanceof SQLException sql && LOST_RACE.contains(sql.getSQLState()))) {
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

  /** The innermost cause, on one line: what the driver or the pool said. */
  public static String innermost(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).replace('\n', ' ');
  }

  /**
   * Logs a scheduled job's failed run, which the next run retries: one line when the database is
   * away, with the stack trace otherwise.
   */
  public static void logFailedRun(Logger log, String what, RuntimeException failure) {
    if (unreachable(failure)) {
      log.warning(() -> what + " (database unavailable: " + innermost(failure) + ")");
    } else {
      log.log(Level.WARNING, what, failure);
    }
  }
}
