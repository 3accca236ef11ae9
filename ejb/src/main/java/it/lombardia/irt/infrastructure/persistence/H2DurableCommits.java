package it.lombardia.irt.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes an H2 database write each commit to its file before the commit returns ({@code SET
 * WRITE_DELAY 0}), so an answered write survives a kill of the server process. H2's default delay
 * (500 ms) lost readings already answered 201; the default URL sets it too, this covers a URL
 * supplied through {@code irt.db.url}. Other databases are left alone.
 */
@ApplicationScoped
public class H2DurableCommits {

  private static final Logger LOG = Logger.getLogger(H2DurableCommits.class.getName());

  @Resource(lookup = "java:jboss/datasources/IrtDS")
  DataSource dataSource;

  public void apply() {
    try (Connection c = dataSource.getConnection()) {
      if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement s = c.createStatement()) {
        // A persistent database setting: it holds for every connection, pooled or not.
        s.execute("SET WRITE_DELAY 0");
      }
      LOG.info("H2: every commit is written to the database file before it returns");
    } catch (SQLException e) {
      LOG.log(
          Level.WARNING,
          "H2: could not set WRITE_DELAY 0 (needs an admin user); answered writes may be lost if"
              + " the process is killed",
          e);
    }
  }
}
