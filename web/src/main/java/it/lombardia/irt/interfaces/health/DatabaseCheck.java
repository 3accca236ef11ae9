package it.lombardia.irt.interfaces.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Whether the database answers quickly: without it a node can store no reading, raise no alarm. */
final class DatabaseCheck {

  /** How long the database has to answer, in seconds: a balancer's probe must answer quickly. */
  static final int TIMEOUT_SECONDS = 2;

  private DatabaseCheck() {}

  /** Why the database cannot be used now; empty when it answers. */
  static Optional<String> problem(DataSource database) {
    try (Connection c = database.getConnection()) {
      return c.isValid(TIMEOUT_SECONDS)
          ? Optional.empty()
          : Optional.of("no answer within " + TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
