package it.lombardia.irt.application.helpdesk;

import java.time.Duration;

/**
 * How long open tickets have waited, by age band: calendar time since they were opened (the
 * requester's wait, not the business hours the SLA counts).
 *
 * @param oldest the age of the oldest open ticket; {@code null} when none is open
 */
public record BacklogAge(
    int upToOneDay, int upToThreeDays, int upToSevenDays, int older, Duration oldest) {

  public static final BacklogAge NONE = new BacklogAge(0, 0, 0, 0, null);

  /** This backlog with one more open ticket of the given age. */
  public BacklogAge plus(Duration age) {
    long hours = age.toHours();
    Duration max = oldest == null || age.compareTo(oldest) > 0 ? age : oldest;
    return new BacklogAge(
        upToOneDay + (hours < 24 ? 1 : 0),
        upToThreeDays + (hours >= 24 && hours < 72 ? 1 : 0),
        upToSevenDays + (hours >= 72 && hours < 168 ? 1 : 0),
        older + (hours >= 168 ? 1 : 0),
        max);
  }

  /** Whole days the oldest open ticket has waited; {@code null} when none is open. */
  public Long oldestDays() {
    return oldest == null ? null : oldest.toDays();
  }
}
