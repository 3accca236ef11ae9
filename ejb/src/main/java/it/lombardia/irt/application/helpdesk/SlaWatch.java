package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.DatabaseFailures;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SLA clocks' watch: every {@code irt.helpdesk.sla-check-seconds} it looks at the open tickets
 * of the centres that have a supervisor and has {@link SlaAlerts} send the warnings and breaches
 * due, each ticket in its own ASST and transaction (one failing never stops the others).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

  @Resource TimerService timers;
  @Inject SlaAlerts alerts;

  @Inject
  @ConfigProperty(name = "irt.helpdesk.sla-check-seconds", defaultValue = "60")
  long seconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long ms = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(ms, ms, new TimerConfig("sla-watch", false));
  }

  @Timeout
  void run() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous run is still going
    }
    try {
      for (SlaAlerts.Watched w : CallContext.asRegion(Actor.system(), alerts::watched)) {
        check(w);
      }
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "SLA watch run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }

  private void check(SlaAlerts.Watched w) {
    try {
      CallContext.as(
          Actor.systemOf(w.tenantCode()), () -> alerts.check(w.ticketId(), w.supervisor()));
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "SLA watch failed for ticket " + w.ticketId(), e);
    }
  }
}
