package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.infrastructure.persistence.DatabaseMigration;
import it.lombardia.irt.infrastructure.persistence.H2DurableCommits;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up sequence: make H2 commits durable, migrate the schema, load the tenant definitions, seed
 * the demo data when enabled. It runs while the application deploys, so the server's readiness
 * ({@code :9990/health/ready}, through its {@code deployments-status} check) turns UP only after it
 * finished; a failure fails the deployment, loudly, instead of serving an application without its
 * schema or tenants.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

  @Inject H2DurableCommits durableCommits;
  @Inject DatabaseMigration migration;
  @Inject TenantLoader tenantLoader;
  @Inject DemoData demoData;
  @Inject BuiltInPluginActivation plugins;
  @Inject DemoHelpdesk demoHelpdesk;
  @Inject DemoTraining demoTraining;

  @Inject
  @ConfigProperty(name = "irt.demo.enabled", defaultValue = "true")
  boolean demoEnabled;

  @PostConstruct
  void start() {
    durableCommits.apply();
    migration.migrate();
    CallContext.asRegion(
        Actor.system(),
        () -> {
          tenantLoader.load(
              TenantDefinitionReader.readFromClasspath(PlatformStartup.class.getClassLoader()));
          plugins.activateAll(PlatformStartup.class.getClassLoader());
          if (demoEnabled) {
            demoData.seed();
          }
          return null;
        });
    if (demoEnabled) {
      // Tickets are tenant-owned: each ASST's in its own transaction, after the tenants committed.
      DemoHelpdesk.OPERATORS.keySet().stream()
          .sorted()
          .forEach(
              asst ->
                  CallContext.as(
                      Actor.systemOf(asst),
                      () -> {
                        demoHelpdesk.tickets(asst);
                        demoHelpdesk.workstations(asst);
                        return null;
                      }));
      // Training records are tenant-owned too: each demo ASST's in its own context.
      DemoData.TENANTS.forEach(
          t ->
              CallContext.as(
                  Actor.systemOf(t.code()),
                  () -> {
                    demoTraining.seed(t.prefix());
                    return null;
                  }));
    }
  }
}
