package it.lombardia.irt.infrastructure.time;

import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}) in Italy's zone, named by both
 * modules' {@code validation.xml}: on a host in UTC a UVM held today after 23:00 would otherwise be
 * "in the future".
 */
public class ItalianClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(Italy.ZONE);
  }
}
