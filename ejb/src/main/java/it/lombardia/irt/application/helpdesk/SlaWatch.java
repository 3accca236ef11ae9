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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SLA clocks' watch: every {@code irt.helpdesk.sla-check-seconds} it looks at the open tickets
 * of the centres that have a supervisor and has {@link SlaAlerts} send the warnings and breaches
 * due, each ticket in its own ASST and transaction (one failing never stops the others). A ticket
 * whose next alert cannot fall due for a while ({@link SlaAlerts#check}'s answer) is left alone
 * that long, at most {@link #QUIET_MAX} — the bound a change of the centre's calendar may shorten —
 * so that every supervised centre's open tickets do not each cost a transaction every run.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

  static final Duration QUIET_MAX = Duration.ofMinutes(10);

  @Resource TimerService timers;
  @Inject SlaAlerts alerts;

  @Inject
  @ConfigProperty(name = "irt.helpdesk.sla-check-seconds", defaultValue = "60")
  long seconds;

  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Per ticket, the time before which no alert can fall due (reset at every start). */
  private final Map<Long, Instant> quietUntil = new ConcurrentHashMap<>();

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
      List<SlaAlerts.Watched> watched = CallContext.asRegion(Actor.system(), alerts::watched);
      quietUntil.keySet().retainAll(watched.stream().map(SlaAlerts.Watched::ticketId).toList());
      Instant now = clock.instant();
      for (SlaAlerts.Watched w : watched) {
        Instant quiet = quietUntil.get(w.ticketId());
        if (quiet == null || !now.isBefore(quiet)) {
          check(w, now);
        }
      }
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "SLA watch run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }

  private void check(SlaAlerts.Watched w, Instant now) {
    try {
      Duration quiet =
          CallContext.as(
              Actor.systemOf(w.tenantCode()), () -> alerts.check(w.ticketId(), w.supervisor()));
      quietUntil.put(
          w.ticketId(),
          now.plus(quiet == null || quiet.compareTo(QUIET_MAX) > 0 ? QUIET_MAX : quiet));
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "SLA watch failed for ticket " + w.ticketId(), e);
    }
  }
}
