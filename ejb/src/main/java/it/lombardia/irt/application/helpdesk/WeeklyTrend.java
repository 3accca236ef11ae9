package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.shared.Italy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Tickets opened and resolved per week (Monday to Sunday, Italian time) over the last weeks up to
 * the current one, so that the Region sees whether a backlog grows or shrinks.
 */
final class WeeklyTrend {

  private final LocalDate firstMonday;
  private final int[] opened;
  private final int[] resolved;
  private final int[] resolvedLate;

  WeeklyTrend(Instant now, int weeks) {
    LocalDate thisMonday =
        LocalDate.ofInstant(now, Italy.ZONE)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    this.firstMonday = thisMonday.minusWeeks(weeks - 1L);
    this.opened = new int[weeks];
    this.resolved = new int[weeks];
    this.resolvedLate = new int[weeks];
  }

  void opened(Instant at) {
    int week = week(at);
    if (week >= 0) {
      opened[week]++;
    }
  }

  /** {@code late}: resolved after one of its SLA targets had passed. */
  void resolved(Instant at, boolean late) {
    int week = week(at);
    if (week >= 0) {
      resolved[week]++;
      if (late) {
        resolvedLate[week]++;
      }
    }
  }

  List<TicketFigures.WeekRow> rows() {
    List<TicketFigures.WeekRow> rows = new ArrayList<>();
    for (int i = 0; i < opened.length; i++) {
      rows.add(
          new TicketFigures.WeekRow(
              firstMonday.plusWeeks(i), opened[i], resolved[i], resolvedLate[i]));
    }
    return rows;
  }

  /** The week's index, or -1 outside the period. */
  private int week(Instant at) {
    long days = ChronoUnit.DAYS.between(firstMonday, LocalDate.ofInstant(at, Italy.ZONE));
    long week = Math.floorDiv(days, 7);
    return week < 0 || week >= opened.length ? -1 : (int) week;
  }
}
