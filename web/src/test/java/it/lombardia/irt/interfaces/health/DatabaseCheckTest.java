package it.lombardia.irt.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCheckTest {

  @TempDir Path dir;

  private static Optional<String> problemOf(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("sa");
    return DatabaseCheck.problem(h2);
  }

  @Test
  void findsNoProblemWhileTheDatabaseAnswers() {
    assertEquals(Optional.empty(), problemOf("jdbc:h2:file:" + dir.resolve("irt")));
  }

  @Test
  void saysWhyWhenTheDatabaseCannotBeReached() {
    // A database server nobody listens for: what a stopped PostgreSQL looks like to the pool.
    Optional<String> problem = problemOf("jdbc:h2:tcp://127.0.0.1:1/irt");

    assertTrue(problem.isPresent());
    assertTrue(problem.get().contains("127.0.0.1"), problem.get());
  }
}
