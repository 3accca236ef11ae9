package it.lombardia.irt.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DurableCommitsTest {

  @TempDir Path dir;

  @Test
  void writesEveryCommitBeforeItReturnsOnAUserSuppliedH2Url() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    // A URL as a user might supply it through irt.db.url: without WRITE_DELAY.
    h2.setURL("jdbc:h2:file:" + dir.resolve("irt") + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    h2.setPassword("sa");
    assertEquals("500", writeDelay(h2), "H2's own default, which lost answered commits");

    H2DurableCommits durable = new H2DurableCommits();
    durable.dataSource = h2;
    durable.apply();

    assertEquals("0", writeDelay(h2));
  }

  private static String writeDelay(JdbcDataSource h2) throws Exception {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select setting_value from information_schema.settings"
                    + " where setting_name = 'WRITE_DELAY'")) {
      r.next();
      return r.getString(1);
    }
  }
}
