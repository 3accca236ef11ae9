package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

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
