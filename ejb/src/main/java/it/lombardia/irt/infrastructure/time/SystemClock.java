package it.lombardia.irt.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the clock every use case reads "now" from. It is the system clock in the system's zone,
 * so {@code LocalDate.now(clock)} means what {@code LocalDate.now()} meant; nothing in production
 * moves it — tests build the services with a fixed clock instead.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
