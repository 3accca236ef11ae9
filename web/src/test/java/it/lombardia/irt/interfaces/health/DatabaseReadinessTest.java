package it.lombardia.irt.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseReadinessTest {

  @TempDir Path dir;

  private static HealthCheckResponse readinessOn(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("sa");
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.dataSource = h2;
    return readiness.call();
  }

  @Test
  void isReadyWhileTheDatabaseAnswers() {
    HealthCheckResponse response = readinessOn("jdbc:h2:file:" + dir.resolve("irt"));

    assertEquals("database", response.getName());
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
  }

  @Test
  void isNotReadyWhenTheDatabaseCannotBeReached() {
    // A database server nobody listens for: what a stopped PostgreSQL looks like to the pool.
    HealthCheckResponse response = readinessOn("jdbc:h2:tcp://127.0.0.1:1/irt");

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertTrue(response.getData().orElseThrow().containsKey("reason"));
  }
}
