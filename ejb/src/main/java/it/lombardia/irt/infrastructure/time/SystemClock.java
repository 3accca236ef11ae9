package it.lombardia.irt.infrastructure.time;

import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the clock every use case reads "now" from: the system clock in Italy's zone, so that
 * {@code LocalDate.now(clock)} is the day in Lombardy whatever zone the host runs in (a server in
 * UTC would otherwise start "tomorrow" at 23:00). Nothing in production moves it — tests build the
 * services with a fixed clock instead.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.system(Italy.ZONE);
  }
}
