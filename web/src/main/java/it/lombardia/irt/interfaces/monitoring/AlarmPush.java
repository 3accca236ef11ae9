package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.AlarmBell;
import it.lombardia.irt.application.monitoring.AlarmNews;
import it.lombardia.irt.spi.content.AlarmLevel;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Pushes {@link AlarmNews} through the Faces web socket {@value #CHANNEL} to the pages of the users
 * it concerns, each user keyed by ASST and username ({@link AlarmNews#userKeys}) so that no page of
 * another ASST is told. The message is only "critical" (announce it) or "changed": the page then
 * asks for its badge and inbox with the user's own rights.
 */
@ApplicationScoped
public class AlarmPush {

  static final String CHANNEL = "alarms";

  @Inject AlarmBell bell;

  @Inject
  @Push(channel = CHANNEL)
  PushContext channel;

  private final Consumer<AlarmNews> listener = this::push;

  void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
    bell.listen(listener);
  }

  @PreDestroy
  void stop() {
    bell.forget(listener);
  }

  void push(AlarmNews news) {
    String message = news.raised() && news.level() == AlarmLevel.CRITICAL ? "critical" : "changed";
    channel.send(message, news.userKeys());
  }
}
