package it.lombardia.irt.infrastructure.outbox;

import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an outbox's due entries at Region level, each by its own call (one transaction each, so one
 * failure delays only itself); a run that finds the previous one still going is skipped, so runs
 * are never concurrent on a node. Owned by the outbox's singleton, which forwards its timeout here.
 */
public final class OutboxPump {

  private final String name;
  private final Logger log;
  private final AtomicBoolean running = new AtomicBoolean();

  public OutboxPump(String name, Logger log) {
    this.name = name;
    this.log = log;
  }

  /** One interval timer every {@code pollSeconds}, or none (and a log line) when disabled. */
  public void schedule(TimerService timers, boolean enabled, long pollSeconds, String whenOff) {
    if (enabled) {
      long every = Math.max(1, pollSeconds) * 1000;
      timers.createIntervalTimer(every, every, new TimerConfig(name, false));
    } else {
      log.info(whenOff);
    }
  }

  /** Attempts each entry {@code due} lists. */
  public void run(Supplier<List<Long>> due, LongFunction<?> attempt) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (Long id : CallContext.asRegion(Actor.system(), due)) {
        CallContext.asRegion(Actor.system(), () -> attempt.apply(id));
      }
    } catch (RuntimeException e) {
      log.log(Level.WARNING, name + " run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }
}
