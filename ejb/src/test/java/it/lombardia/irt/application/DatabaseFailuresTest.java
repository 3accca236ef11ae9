package it.lombardia.irt.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aRefusedConnectionOrATerminatedSessionIsAnOutageWhereverItIsWrapped() {
    // As Hibernate and the server's pool wrap what PostgreSQL's driver says.
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    ResourceException pool =
        new ResourceException("IJ000453: Unable to get managed connection for IrtDS", refused);
    assertTrue(
        DatabaseFailures.unreachable(
            new PersistenceException(
                "Unable to acquire JDBC Connection", new SQLException("IJ031019", pool))));
    assertTrue(
        DatabaseFailures.unreachable(
            new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
    assertTrue(
        DatabaseFailures.unreachable(
            new ResourceException(
                "IJ000453: Unable to get managed connection for IrtDS",
                new SQLException("database irt is not currently accepting connections", "55000"))));
  }

  @Test
  void aRequestsOwnDatabaseErrorIsNotAnOutage() {
    assertFalse(
        DatabaseFailures.unreachable(
            new PersistenceException(new SQLException("duplicate key value", "23505"))));
    assertFalse(DatabaseFailures.unreachable(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseFailures.unreachable(new IllegalStateException("no database involved")));
    assertFalse(
        DatabaseFailures.unreachable(new ResourceException("IJ000655: another pool problem")));
  }

  @Test
  void aStaleVersionOrADeadlockIsAConcurrentChangeAndNothingElseIs() {
    assertTrue(
        DatabaseFailures.concurrentChange(
            new jakarta.ejb.EJBException(new OptimisticLockException("row was updated"))));
    assertTrue(
        DatabaseFailures.concurrentChange(
            new PersistenceException(new SQLException("deadlock detected", "40P01"))));
    assertTrue(DatabaseFailures.concurrentChange(new SQLException("could not serialize", "40001")));
    assertFalse(
        DatabaseFailures.concurrentChange(
            new PersistenceException(new SQLException("duplicate key value", "23505"))));
    assertFalse(DatabaseFailures.concurrentChange(new SQLException("connection refused", "08001")));
  }

  @Test
  void aJobsRunFailedForTheDatabaseLogsOneLineAndAnyOtherFailureItsStackTrace() {
    Logger log = Logger.getLogger("it.lombardia.irt.test.job");
    log.setUseParentHandlers(false);
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      DatabaseFailures.logFailedRun(
          log,
          "Outbox run failed",
          new PersistenceException(new SQLException("Connection refused", "08001")));
      DatabaseFailures.logFailedRun(log, "Outbox run failed", new IllegalStateException("a bug"));
    } finally {
      log.removeHandler(handler);
    }
    assertEquals(2, records.size());
    assertNull(records.get(0).getThrown(), "no stack trace while the database is away");
    assertTrue(
        records
            .get(0)
            .getMessage()
            .contains("database unavailable: SQLException: Connection refused"),
        records.get(0).getMessage());
    assertNotNull(records.get(1).getThrown(), "a real failure keeps its stack trace");
  }
}
