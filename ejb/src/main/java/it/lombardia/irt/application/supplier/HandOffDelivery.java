package it.lombardia.irt.application.supplier;

import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts the due webhook hand-offs every {@code irt.suppliers.handoff.poll-seconds}, each in a
 * transaction of its own (a supplier that is down delays only its own hand-offs), never two runs at
 * once on a node.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandOffDelivery {

  private static final Logger LOG = Logger.getLogger(HandOffDelivery.class.getName());

  @Resource TimerService timers;
  @Inject HandOffAttempts attempts;

  @Inject
  @ConfigProperty(name = "irt.suppliers.handoff.poll-seconds", defaultValue = "10")
  long pollSeconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long every = Math.max(1, pollSeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("supplier-handoffs", false));
  }

  @Timeout
  void deliverDue() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (Long id : CallContext.asRegion(Actor.system(), attempts::due)) {
        CallContext.asRegion(Actor.system(), () -> attempts.attempt(id));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Supplier hand-off run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }
}
