package it.lombardia.irt.domain.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SamplesTest {

  private static Samples cgm(float... data) {
    return new Samples(0, "mg/dL", 300_000, 1, 40.0, 400.0, 1, data);
  }

  @Test
  void keepsThePointsAsSentThroughItsCompactForm() {
    Samples s = cgm(97.5f, 142, Samples.BELOW, Samples.ERROR, Samples.ABOVE, 0.25f);

    Samples back = new Samples(0, "mg/dL", 300_000, 1, 40.0, 400.0, 1, Samples.decode(s.encoded()));

    assertEquals(24, s.encoded().length);
    assertEquals(s, back);
    assertEquals("97.5 142 L E U 0.25", back.text());
  }

  @Test
  void valuesApplyOriginFactorTheLimitsAndAConversion() {
    Samples s =
        new Samples(
            2,
            "mmol/L",
            300_000,
            0.1,
            20.0,
            220.0,
            1,
            new float[] {30, Samples.BELOW, Samples.ABOVE, Samples.ERROR});

    double[] mgPerDl = s.values(0, 18.0156);

    assertArrayEquals(
        new double[] {5 * 18.0156, 4 * 18.0156, 24 * 18.0156, Double.NaN}, mgPerDl, 1e-9);
  }

  @Test
  void timesFollowThePeriod() {
    Samples s = cgm(new float[288]);
    Instant start = Instant.parse("2026-11-23T00:00:00Z");

    assertEquals(Duration.ofHours(24), s.span());
    assertEquals(Instant.parse("2026-11-23T23:55:00Z"), s.at(start, 287));
  }

  @Test
  void refusesAMalformedSeries() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Samples(0, "%", 0, 1, null, null, 1, new float[] {95}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Samples(0, "%", 1000, 1, null, null, 2, new float[] {95, 96, 97}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Samples(0, "%", 1000, 1, null, null, 1, new float[] {Samples.BELOW}));
  }
}
