package it.lombardia.irt.infrastructure.outbox;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.DatabaseFailures;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends one outbox's due rows at Region level, each by its own call (one transaction each, so one
 * failure delays only itself); a run that finds the previous one still going is skipped, so runs of
 * one outbox are never concurrent on a node.
 */
final class OutboxPump {

  private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());

  private final OutboxKind<?> kind;
  private final String name;
  private final AtomicBoolean running = new AtomicBoolean();

  OutboxPump(OutboxKind<?> kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  void run(OutboxAttempts attempts) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (Long id :
          CallContext.asRegion(Actor.system(), () -> attempts.due(kind.settings().entries()))) {
        CallContext.asRegion(
            Actor.system(),
            () -> {
              attempts.attempt(kind, id);
              return null;
            });
      }
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(LOG, name + " run failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }
}
