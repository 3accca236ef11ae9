package it.lombardia.irt.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A CDI {@link Event} for tests without a container: keeps what is fired and hands it to the
 * observers given, synchronously, as CDI does for {@code @Observes}.
 */
public final class RecordedEvents<T> implements Event<T> {

  public final List<T> fired = new ArrayList<>();
  private final List<Consumer<? super T>> observers;

  @SafeVarargs
  public RecordedEvents(Consumer<? super T>... observers) {
    this.observers = List.of(observers);
  }

  @Override
  public void fire(T event) {
    fired.add(event);
    observers.forEach(o -> o.accept(event));
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException("no asynchronous observers in IRT");
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    throw new UnsupportedOperationException("no asynchronous observers in IRT");
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events in IRT");
  }

  @Override
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events in IRT");
  }
}
