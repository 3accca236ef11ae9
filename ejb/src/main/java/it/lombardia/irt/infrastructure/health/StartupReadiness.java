package it.lombardia.irt.infrastructure.health;

import it.lombardia.irt.infrastructure.bootstrap.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP only once the database is migrated and the tenants are loaded ({@code /health/ready} on port 9990). */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

  @Inject StartupState state;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("irt-startup").status(state.isReady());
    if (!state.isReady()) {
      response.withData("problem", String.valueOf(state.problem()));
    }
    return response.build();
  }
}
