package it.lombardia.irt.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready} (WildFly runs the checks of the web module): a node whose database
 * does not answer cannot store a reading nor raise an alarm, so a load balancer must stop sending
 * it requests until the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  /** How long the database has to answer, in seconds: a readiness probe must answer quickly. */
  private static final int TIMEOUT_SECONDS = 2;

  private static final String NAME = "database";

  @Resource(lookup = "java:jboss/datasources/IrtDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(TIMEOUT_SECONDS)
          ? new HealthCheckResponse(NAME, Status.UP, Optional.empty())
          : down("no answer within " + TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return down(String.valueOf(e.getMessage()));
    }
  }

  private static HealthCheckResponse down(String reason) {
    return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("reason", reason)));
  }
}
