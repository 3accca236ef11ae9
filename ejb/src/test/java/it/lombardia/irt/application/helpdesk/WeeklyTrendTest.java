package it.lombardia.irt.application.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyTrendTest {

  // Wednesday 9 December 2026, 10:00 in Rome
  private static final Instant NOW = Instant.parse("2026-12-09T09:00:00Z");

  @Test
  void coversTheLastWeeksFromMondayUpToTheCurrentOne() {
    List<TicketFigures.WeekRow> rows = new WeeklyTrend(NOW, 3).rows();

    assertEquals(
        List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7)),
        rows.stream().map(TicketFigures.WeekRow::weekStart).toList());
  }

  @Test
  void countsASundayNightInRomeInTheWeekItBelongsToThere() {
    WeeklyTrend trend = new WeeklyTrend(NOW, 2);
    // 23:30 on Sunday 6 December in Rome is 22:30 UTC; 00:30 on Monday 7 in Rome is 23:30 UTC
    trend.opened(Instant.parse("2026-12-06T22:30:00Z"));
    trend.opened(Instant.parse("2026-12-06T23:30:00Z"));

    List<TicketFigures.WeekRow> rows = trend.rows();
    assertEquals(1, rows.get(0).opened());
    assertEquals(1, rows.get(1).opened());
  }

  @Test
  void leavesOutWhatHappenedBeforeThePeriodAndCountsLateResolutions() {
    WeeklyTrend trend = new WeeklyTrend(NOW, 2);
    trend.opened(Instant.parse("2026-11-20T10:00:00Z"));
    trend.resolved(Instant.parse("2026-12-01T10:00:00Z"), true);
    trend.resolved(Instant.parse("2026-12-02T10:00:00Z"), false);

    TicketFigures.WeekRow first = trend.rows().get(0);
    assertEquals(0, first.opened());
    assertEquals(2, first.resolved());
    assertEquals(1, first.resolvedLate());
  }
}
