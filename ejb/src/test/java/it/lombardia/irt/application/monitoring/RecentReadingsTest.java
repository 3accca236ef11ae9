package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.application.monitoring.RecentReadings.Series;
import it.lombardia.irt.domain.model.monitoring.Evaluation.Point;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentReadingsTest {

  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private static List<Point> minutes(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> new Point(START.plusSeconds(60L * i), i))
        .toList();
  }

  @Test
  void aSeriesKeepsItsNewestReadingsInTimeOrder() {
    Series series =
        new Series(START, minutes(10, 20)).with(List.of(new Point(START.plusSeconds(300), 5)));

    assertEquals(11, series.points().size());
    assertEquals(5, series.points().get(0).value());
    assertEquals(19, series.points().get(10).value());
  }

  @Test
  void aSeriesThatOutgrowsItsCapKeepsItsStartAndTheNewestReadings() {
    Series full = new Series(START, minutes(0, RecentReadings.MAX_POINTS));

    Series grown = full.with(minutes(RecentReadings.MAX_POINTS, RecentReadings.MAX_POINTS + 3));

    assertEquals(START, grown.from(), "it still answers for its whole window");
    assertEquals(RecentReadings.MAX_POINTS, grown.points().size());
    assertEquals(3, grown.points().get(0).value());
    assertEquals(
        RecentReadings.MAX_POINTS + 2, grown.points().get(grown.points().size() - 1).value());
  }

  @Test
  void readingsBeforeTheSeriesStartAreNotAdded() {
    Series series = new Series(START.plusSeconds(600), minutes(10, 12));

    assertEquals(2, series.with(minutes(0, 3)).points().size());
  }
}
