package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.shared.Italy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a service centre works, in Italian civil time: weekly opening hours, closed on Italy's
 * public holidays ({@link ItalianHolidays}) and on the centre's local ones (a patron saint's day),
 * or always open (24/7). SLA targets are spent only inside these hours.
 *
 * <p>Opening hours are written as day groups separated by {@code ;}, each a day or a range of days
 * and its intervals separated by {@code ,}: {@code MON-FRI 08:00-13:00,14:00-18:00; SAT
 * 09:00-12:00}. {@code 24:00} ends a day; {@code 24/7} is the always-open calendar.
 */
public final class BusinessCalendar {

  public static final String ALWAYS_OPEN = "24/7";

  /** A day's open interval in minutes from midnight, end exclusive (1440 ends the day). */
  record Interval(int from, int to) {}

  private final boolean alwaysOpen;
  private final Map<DayOfWeek, List<Interval>> week;
  private final Set<MonthDay> localHolidays;

  private BusinessCalendar(
      boolean alwaysOpen, Map<DayOfWeek, List<Interval>> week, Set<MonthDay> localHolidays) {
    this.alwaysOpen = alwaysOpen;
    this.week = week;
    this.localHolidays = Set.copyOf(localHolidays);
  }

  public static BusinessCalendar alwaysOpen() {
    return new BusinessCalendar(true, Map.of(), Set.of());
  }

  /**
   * The calendar of {@code openingHours} ({@code 24/7} or the weekly form above) closed also on
   * {@code localHolidays}; refuses a form it cannot read or a week with no open hour.
   */
  public static BusinessCalendar of(String openingHours, Set<MonthDay> localHolidays) {
    if (openingHours == null || openingHours.isBlank()) {
      throw new IllegalArgumentException("opening hours are missing");
    }
    if (openingHours.trim().equals(ALWAYS_OPEN)) {
      return alwaysOpen();
    }
    Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
    for (String group : openingHours.split(";")) {
      String[] parts = group.trim().split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("'" + group.trim() + "' needs days and hours");
      }
      List<Interval> intervals = new ArrayList<>();
      for (String interval : parts[1].split(",")) {
        intervals.add(interval(interval.trim()));
      }
      for (DayOfWeek day : days(parts[0])) {
        List<Interval> all = new ArrayList<>(week.getOrDefault(day, List.of()));
        all.addAll(intervals);
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        for (int i = 1; i < all.size(); i++) {
          if (all.get(i).from() < all.get(i - 1).to()) {
            throw new IllegalArgumentException("overlapping hours on " + day);
          }
        }
        week.put(day, List.copyOf(all));
      }
    }
    if (week.isEmpty()) {
      throw new IllegalArgumentException("the centre must be open at some hour of the week");
    }
    return new BusinessCalendar(false, week, localHolidays);
  }

  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  /** Whether the centre is closed all day on {@code date} (a holiday or a day without hours). */
  public boolean isClosedOn(LocalDate date) {
    return !alwaysOpen && intervalsOn(date).isEmpty();
  }

  /** The business time between two instants (zero when {@code to} is not after {@code from}). */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (alwaysOpen) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(Italy.ZONE).toLocalDate();
    for (LocalDate day = from.atZone(Italy.ZONE).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Interval interval : intervalsOn(day)) {
        Instant start = max(from, at(day, interval.from()));
        Instant end = min(to, at(day, interval.to()));
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of business time has passed since {@code start}: the
   * inverse of {@link #between}, so {@code between(start, plus(start, d))} is {@code d}.
   */
  public Instant plus(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a negative business time");
    }
    if (alwaysOpen || amount.isZero()) {
      return start.plus(amount);
    }
    Duration left = amount;
    for (LocalDate day = start.atZone(Italy.ZONE).toLocalDate(); ; day = day.plusDays(1)) {
      for (Interval interval : intervalsOn(day)) {
        Instant from = max(start, at(day, interval.from()));
        Instant end = at(day, interval.to());
        if (end.isAfter(from)) {
          Duration open = Duration.between(from, end);
          if (left.compareTo(open) <= 0) {
            return from.plus(left);
          }
          left = left.minus(open);
        }
      }
    }
  }

  private List<Interval> intervalsOn(LocalDate day) {
    if (ItalianHolidays.isHoliday(day) || localHolidays.contains(MonthDay.from(day))) {
      return List.of();
    }
    return week.getOrDefault(day.getDayOfWeek(), Collections.emptyList());
  }

  private static Instant at(LocalDate day, int minute) {
    if (minute == 24 * 60) {
      return day.plusDays(1).atStartOfDay(Italy.ZONE).toInstant();
    }
    return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), Italy.ZONE).toInstant();
  }

  private static Interval interval(String text) {
    String[] ends = text.split("-");
    if (ends.length != 2) {
      throw new IllegalArgumentException("'" + text + "' is not an interval like 08:00-18:00");
    }
    int from = minute(ends[0]);
    int to = minute(ends[1]);
    if (to <= from) {
      throw new IllegalArgumentException("'" + text + "' ends before it starts");
    }
    return new Interval(from, to);
  }

  private static int minute(String text) {
    String[] hm = text.trim().split(":");
    try {
      int hours = Integer.parseInt(hm[0]);
      int minutes = hm.length == 2 ? Integer.parseInt(hm[1]) : -1;
      if (hm.length != 2
          || hours < 0
          || minutes < 0
          || minutes > 59
          || hours * 60 + minutes > 1440) {
        throw new IllegalArgumentException("'" + text + "' is not a time like 08:30");
      }
      return hours * 60 + minutes;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time like 08:30", e);
    }
  }

  private static List<DayOfWeek> days(String text) {
    String[] ends = text.split("-");
    DayOfWeek first = day(ends[0]);
    DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
    if (ends.length > 2 || last.compareTo(first) < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a range of days like MON-FRI");
    }
    List<DayOfWeek> days = new ArrayList<>();
    for (int d = first.getValue(); d <= last.getValue(); d++) {
      days.add(DayOfWeek.of(d));
    }
    return days;
  }

  private static DayOfWeek day(String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(text.trim().toUpperCase(Locale.ROOT))
          && text.trim().length() == 3) {
        return day;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a day like MON");
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
