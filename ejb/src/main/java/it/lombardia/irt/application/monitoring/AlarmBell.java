package it.lombardia.irt.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rings {@link AlarmNews} to whoever listens (the web module pushes it to the open pages) once the
 * change is committed, so a page never asks before it can see the alarm. The web module registers
 * itself: events fired in this module do not reach observers in the WAR.
 */
@ApplicationScoped
public class AlarmBell {

  private static final Logger LOG = Logger.getLogger(AlarmBell.class.getName());

  private final List<Consumer<AlarmNews>> listeners = new CopyOnWriteArrayList<>();

  public void listen(Consumer<AlarmNews> listener) {
    listeners.add(listener);
  }

  public void forget(Consumer<AlarmNews> listener) {
    listeners.remove(listener);
  }

  void ring(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmNews news) {
    for (Consumer<AlarmNews> listener : listeners) {
      try {
        listener.accept(news);
      } catch (RuntimeException e) {
        // a page not told is refreshed by its next request: the alarm itself is stored
        LOG.log(Level.WARNING, "Alarm news not delivered", e);
      }
    }
  }
}
