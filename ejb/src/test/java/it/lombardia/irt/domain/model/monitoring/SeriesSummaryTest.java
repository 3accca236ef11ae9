package it.lombardia.irt.domain.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.ContinuousRecording.Index;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesSummaryTest {

  private static final double FIVE_MINUTES = 300_000;
  private static final double ONE_SECOND = 1_000;

  private static final ContinuousRecording CGM =
      new ContinuousRecording(
          Duration.ofMinutes(15), 70.0, 180.0, List.of(Index.GLUCOSE_MANAGEMENT_INDICATOR));
  private static final ContinuousRecording OXIMETRY =
      new ContinuousRecording(
          Duration.ofMinutes(5), 90.0, null, List.of(Index.OXYGEN_DESATURATION_INDEX));

  @Test
  void givesTimeBelowInAndAboveTheTargetRangeWithItsEndsInRange() {
    double[] glucose = {60, 65, 69, 70, 100, 150, 175, 180, 200, 250};

    SeriesSummary s = SeriesSummary.of(glucose, FIVE_MINUTES, CGM);

    assertEquals(30.0, s.below(), 1e-9);
    assertEquals(50.0, s.inRange(), 1e-9);
    assertEquals(20.0, s.above(), 1e-9);
    assertEquals(131.9, s.mean(), 1e-9);
    assertEquals(60.0, s.min());
    assertEquals(250.0, s.max());
  }

  @Test
  void glucoseManagementIndicatorFollowsBergenstal() {
    double[] glucose = new double[288];
    Arrays.fill(glucose, 154);

    SeriesSummary s = SeriesSummary.of(glucose, FIVE_MINUTES, CGM);

    assertEquals(3.31 + 0.02392 * 154, s.gmi(), 1e-9); // 6.99 %
    assertEquals(100.0, s.inRange(), 1e-9);
  }

  @Test
  void errorPointsAreLeftOutOfTheSharesAndLowerTheCoverage() {
    double[] glucose = {60, Double.NaN, 100, Double.NaN};

    SeriesSummary s = SeriesSummary.of(glucose, FIVE_MINUTES, CGM);

    assertEquals(2, s.valid());
    assertEquals(50.0, s.coverage(), 1e-9);
    assertEquals(50.0, s.below(), 1e-9);
    assertEquals(80.0, s.mean(), 1e-9);
  }

  @Test
  void t90IsTheShareOfTheNightBelowNinetyPercent() {
    // 8 hours at 1 Hz: 72 minutes at 88 %, the rest at 94 %
    double[] spo2 = new double[8 * 3600];
    Arrays.fill(spo2, 94);
    Arrays.fill(spo2, 3600, 3600 + 72 * 60, 88);

    SeriesSummary s = SeriesSummary.of(spo2, ONE_SECOND, OXIMETRY);

    assertEquals(15.0, s.below(), 1e-9);
    assertNull(s.inRange());
    assertNull(s.above());
    assertEquals(88.0, s.min());
  }

  @Test
  void desaturationIndexCountsFallsOfThreePointsForTenSecondsPerHour() {
    // 1 hour at 1 Hz at 96 %; 6 falls to 92 % for 20 s, one to 94 % (2 points, not counted)
    // and one to 92 % for only 5 s (too short)
    double[] spo2 = new double[3600];
    Arrays.fill(spo2, 96);
    for (int k = 0; k < 6; k++) {
      Arrays.fill(spo2, 300 + k * 400, 320 + k * 400, 92);
    }
    Arrays.fill(spo2, 3000, 3030, 94);
    Arrays.fill(spo2, 3300, 3305, 92);

    SeriesSummary s = SeriesSummary.of(spo2, ONE_SECOND, OXIMETRY);

    assertEquals(6.0, s.odi(), 1e-9);
  }

  @Test
  void noDesaturationIndexFromPointsTooFarApart() {
    double[] spo2 = new double[96];
    Arrays.fill(spo2, 95);

    assertNull(SeriesSummary.of(spo2, FIVE_MINUTES, OXIMETRY).odi());
  }
}
