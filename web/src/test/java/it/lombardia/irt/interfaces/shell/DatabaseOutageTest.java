package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aRefusedConnectionOrATerminatedSessionIsAnOutageWhereverItIsWrapped() {
    // As Hibernate and the server's pool wrap what PostgreSQL's driver says.
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    ResourceException pool =
        new ResourceException("IJ000453: Unable to get managed connection for IrtDS", refused);
    assertTrue(
        DatabaseOutage.causes(
            new PersistenceException(
                "Unable to acquire JDBC Connection", new SQLException("IJ031019", pool))));
    assertTrue(
        DatabaseOutage.causes(
            new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
    assertTrue(
        DatabaseOutage.causes(
            new ResourceException(
                "IJ000453: Unable to get managed connection for IrtDS",
                new SQLException("database irt is not currently accepting connections", "55000"))));
  }

  @Test
  void aRequestsOwnDatabaseErrorIsNotAnOutage() {
    assertFalse(
        DatabaseOutage.causes(
            new PersistenceException(new SQLException("duplicate key value", "23505"))));
    assertFalse(DatabaseOutage.causes(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseOutage.causes(new IllegalStateException("no database involved")));
    assertFalse(DatabaseOutage.causes(new ResourceException("IJ000655: another pool problem")));
  }

  @Test
  void manyRefusalsLogOneLineThatCountsThem() {
    Logger logger = Logger.getLogger(DatabaseOutage.class.getName());
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
    logger.addHandler(handler);
    try {
      SQLException refused = new SQLException("Connection refused", "08001");
      for (int i = 0; i < 500; i++) {
        DatabaseOutage.refused(new PersistenceException(refused));
      }
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(1, records.size(), "one line for 500 refusals within the interval");
    LogRecord line = records.get(0);
    assertEquals(null, line.getThrown(), "no stack trace");
    assertTrue(line.getMessage().contains("SQLException: Connection refused"), line.getMessage());
  }
}
