package it.lombardia.irt.application.monitoring;

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
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock of alarm handling: escalates alarms not acknowledged in time (every {@code
 * irt.alarm.escalation-poll-seconds}) and checks the missing-data rules (every {@code
 * irt.monitoring.missing-data-check-seconds}). Each alarm and each patient is handled in its own
 * transaction, inside its own ASST.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlarmWatch {

  private static final Logger LOG = Logger.getLogger(AlarmWatch.class.getName());
  private static final String ESCALATION = "alarm-escalation";
  private static final String MISSING_DATA = "missing-data";

  @Resource TimerService timers;
  @Inject Alarms alarms;
  @Inject MissingData missingData;

  @Inject
  @ConfigProperty(name = "irt.alarm.escalation-poll-seconds", defaultValue = "30")
  long escalationSeconds;

  @Inject
  @ConfigProperty(name = "irt.monitoring.missing-data-check-seconds", defaultValue = "900")
  long missingDataSeconds;

  private final AtomicBoolean escalating = new AtomicBoolean();
  private final AtomicBoolean checking = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    every(escalationSeconds, ESCALATION);
    every(missingDataSeconds, MISSING_DATA);
  }

  private void every(long seconds, String name) {
    long ms = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(ms, ms, new TimerConfig(name, false));
  }

  @Timeout
  void run(Timer timer) {
    if (ESCALATION.equals(timer.getInfo())) {
      once(
          escalating,
          () ->
              CallContext.asRegion(Actor.system(), alarms::overdue)
                  .forEach(a -> inTenant(a.tenantCode(), () -> alarms.escalate(a.id()))));
    } else {
      once(
          checking,
          () ->
              CallContext.asRegion(Actor.system(), missingData::monitoredPatients)
                  .forEach(p -> inTenant(p.tenantCode(), () -> missingData.check(p.patientId()))));
    }
  }

  private static void once(AtomicBoolean running, Runnable work) {
    if (!running.compareAndSet(false, true)) {
      return; // the previous run is still going
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "Alarm watch run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }

  private static void inTenant(String tenantCode, Runnable work) {
    try {
      CallContext.as(
          Actor.systemOf(tenantCode),
          () -> {
            work.run();
            return null;
          });
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, "Alarm watch failed for one item of " + tenantCode, e);
    }
  }
}
