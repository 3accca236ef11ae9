package it.lombardia.irt.application.outcome;

import it.lombardia.irt.infrastructure.outbox.OutboxPump;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the FSE outbox every {@code irt.fse.poll-seconds}, when {@code irt.fse.enabled}: each due
 * submission in its own transaction, so one failure delays only itself. Runs are never concurrent
 * on a node (bean-managed singleton with one timer); a submission is locked while it is sent, so
 * two nodes cannot send it twice.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FseDelivery {

  private static final Logger LOG = Logger.getLogger(FseDelivery.class.getName());

  @Resource TimerService timers;
  @Inject FseAttempts attempts;

  @Inject
  @ConfigProperty(name = "irt.fse.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "irt.fse.poll-seconds", defaultValue = "30")
  long pollSeconds;

  private final OutboxPump pump = new OutboxPump("fse-delivery", LOG);

  @PostConstruct
  void schedule() {
    pump.schedule(
        timers,
        enabled,
        pollSeconds,
        "irt.fse.enabled is false: signed documents stay queued in the FSE outbox");
  }

  @Timeout
  void deliverDue() {
    pump.run(attempts::due, attempts::attempt);
  }
}
