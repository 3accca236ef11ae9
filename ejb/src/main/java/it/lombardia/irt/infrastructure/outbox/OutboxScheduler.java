package it.lombardia.irt.infrastructure.outbox;

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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Sends every {@link OutboxKind} after commit: one interval timer per enabled kind, every its
 * {@code pollSeconds}, each with its own {@link OutboxPump}. Bean-managed concurrency, so a slow
 * outbox never holds another back; a kind switched off keeps its rows queued.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxScheduler {

  private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

  @Resource TimerService timers;
  @Inject OutboxAttempts attempts;
  @Inject @Any Instance<OutboxKind<?>> kinds;

  private final Map<String, OutboxPump> pumps = new ConcurrentHashMap<>();

  @PostConstruct
  void schedule() {
    for (OutboxKind<?> kind : kinds) {
      OutboxSettings<?> settings = kind.settings();
      if (!settings.enabled()) {
        LOG.info(settings.name() + " is switched off: its rows stay queued in the outbox");
        continue;
      }
      pumps.put(settings.name(), new OutboxPump(kind, settings.name()));
      long every = Math.max(1, settings.pollSeconds()) * 1000;
      timers.createIntervalTimer(every, every, new TimerConfig(settings.name(), false));
    }
  }

  @Timeout
  void sendDue(Timer timer) {
    pumps.get(timer.getInfo()).run(attempts);
  }
}
