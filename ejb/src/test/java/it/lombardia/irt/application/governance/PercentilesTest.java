package it.lombardia.irt.application.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static List<Duration> minutes(long... values) {
    return LongStream.of(values).mapToObj(Duration::ofMinutes).toList();
  }

  @Test
  void takesTheNearestRankSoThatTheFigureWasMeasured() {
    List<Duration> ten = minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);

    assertEquals(Duration.ofMinutes(5), Percentiles.of(ten, 50));
    assertEquals(Duration.ofMinutes(9), Percentiles.of(ten, 90));
    assertEquals(Duration.ofMinutes(100), Percentiles.of(ten, 100));
  }

  @Test
  void oneWaitIsEveryPercentile() {
    assertEquals(Duration.ofMinutes(7), Percentiles.of(minutes(7), 50));
    assertEquals(Duration.ofMinutes(7), Percentiles.of(minutes(7), 90));
  }

  @Test
  void noWaitNoPercentile() {
    assertNull(Percentiles.of(List.of(), 50));
  }
}
