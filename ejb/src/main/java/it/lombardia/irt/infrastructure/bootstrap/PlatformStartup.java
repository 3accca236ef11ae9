package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.infrastructure.persistence.DatabaseMigration;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up sequence: migrate the schema, load the tenant definitions, seed the demo data when enabled. Only
 * then does the readiness check report UP. A failure is logged and reported by the check, not swallowed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject DatabaseMigration migration;
  @Inject TenantLoader tenantLoader;
  @Inject DemoData demoData;
  @Inject StartupState state;

  @Inject
  @ConfigProperty(name = "irt.demo.enabled", defaultValue = "true")
  boolean demoEnabled;

  @PostConstruct
  void start() {
    try {
      migration.migrate();
      CallContext.asRegion(
          Actor.system(),
          () -> {
            tenantLoader.load(TenantDefinitionReader.readFromClasspath(PlatformStartup.class.getClassLoader()));
            if (demoEnabled) {
              demoData.seed();
            }
            return null;
          });
      state.ready();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "IRT start-up failed; the application is not ready", e);
      state.failed(e.getMessage());
    }
  }
}
