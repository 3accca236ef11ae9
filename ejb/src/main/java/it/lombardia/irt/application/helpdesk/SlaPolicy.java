package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.BusinessCalendar;
import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.SlaTargets;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The help desk's settings ({@code irt.helpdesk.*}): SLA targets per priority in business time, how
 * long a resolved ticket may be reopened, when a running clock is "breaching soon", and the
 * calendar of an ASST no centre serves yet. Read once at start-up; a wrong value fails deployment.
 */
@ApplicationScoped
public class SlaPolicy {

  private static final Map<Priority, String[]> DEFAULTS =
      Map.of(
          Priority.P1, new String[] {"PT30M", "PT4H"},
          Priority.P2, new String[] {"PT1H", "PT8H"},
          Priority.P3, new String[] {"PT4H", "PT24H"},
          Priority.P4, new String[] {"PT8H", "PT40H"});

  @Inject Config config;

  private final Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
  private Duration reopenWindow;
  private double warningFraction;
  private BusinessCalendar defaultCalendar;

  @PostConstruct
  void read() {
    for (Priority p : Priority.values()) {
      String prefix = "irt.helpdesk.sla." + p.name().toLowerCase(Locale.ROOT);
      targets.put(
          p,
          new SlaTargets(
              duration(prefix + ".first-response", DEFAULTS.get(p)[0]),
              duration(prefix + ".resolution", DEFAULTS.get(p)[1])));
    }
    reopenWindow =
        Duration.ofDays(
            config.getOptionalValue("irt.helpdesk.reopen-days", Integer.class).orElse(7));
    warningFraction =
        config.getOptionalValue("irt.helpdesk.sla.warning-percent", Integer.class).orElse(75)
            / 100.0;
    defaultCalendar =
        BusinessCalendar.of(
            config
                .getOptionalValue("irt.helpdesk.default-hours", String.class)
                .orElse("MON-FRI 08:00-18:00"),
            Set.of());
  }

  public SlaTargets targets(Priority priority) {
    return targets.get(priority);
  }

  public Duration reopenWindow() {
    return reopenWindow;
  }

  public double warningFraction() {
    return warningFraction;
  }

  /** The calendar of an ASST that no service centre serves. */
  public BusinessCalendar defaultCalendar() {
    return defaultCalendar;
  }

  /** A ticket's two clocks at {@code now}, from its state history on {@code calendar}. */
  public record Clocks(SlaClock firstResponse, SlaClock resolution) {

    public boolean breachingSoon(double fraction) {
      return firstResponse.breachingSoon(fraction) || resolution.breachingSoon(fraction);
    }

    public boolean breached() {
      return firstResponse.phase() == SlaClock.Phase.BREACHED
          || resolution.phase() == SlaClock.Phase.BREACHED;
    }
  }

  public Clocks clocks(
      Ticket ticket, List<SlaClock.Change> history, BusinessCalendar calendar, Instant now) {
    SlaTargets t = targets(ticket.getPriority());
    return new Clocks(
        SlaClock.firstResponse(
            history, ticket.getFirstResponseAt(), now, calendar, t.firstResponse()),
        SlaClock.resolution(history, now, calendar, t.resolution()));
  }

  private Duration duration(String key, String fallback) {
    return Duration.parse(config.getOptionalValue(key, String.class).orElse(fallback));
  }
}
