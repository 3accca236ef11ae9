package it.lombardia.irt.domain.model.monitoring;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The data points of a continuous series as a sender states them (FHIR R4 {@code SampledData}):
 * point {@code i} was taken at {@code start + i × period} and measures {@code origin + factor ×
 * data[i]} in the origin's unit. A point may be {@link #ERROR} (R4 {@code E}), {@link #BELOW} the
 * lower limit of detection ({@code L}) or {@link #ABOVE} the upper one ({@code U}); the limits are
 * in the terms of the data points, like the points themselves.
 *
 * <p>Kept as 32-bit floats (4 bytes a point, about 7 significant digits — well beyond any sensor's
 * resolution); the special points are the float values no sensor sends: NaN, −∞ and +∞.
 */
public final class Samples {

  /** An {@code E} point: the device reported an error, no value. */
  public static final float ERROR = Float.NaN;

  /** An {@code L} point: below the lower limit of detection. */
  public static final float BELOW = Float.NEGATIVE_INFINITY;

  /** A {@code U} point: above the upper limit of detection. */
  public static final float ABOVE = Float.POSITIVE_INFINITY;

  private final double origin;
  private final String unit;
  private final double periodMillis;
  private final double factor;
  private final Double lowerLimit;
  private final Double upperLimit;
  private final int dimensions;
  private final float[] data;

  /**
   * @param origin the zero value, in {@code unit}
   * @param unit the origin's UCUM unit: the unit of every point
   * @param periodMillis the time between points, in milliseconds (positive)
   * @param factor what each data point is multiplied by before the origin is added (1 if none)
   * @param dimensions how many points are taken at each time (interleaved)
   */
  public Samples(
      double origin,
      String unit,
      double periodMillis,
      double factor,
      Double lowerLimit,
      Double upperLimit,
      int dimensions,
      float[] data) {
    if (!(periodMillis > 0) || dimensions < 1 || data.length % dimensions != 0) {
      throw new IllegalArgumentException("not a well-formed series");
    }
    this.origin = origin;
    this.unit = unit;
    this.periodMillis = periodMillis;
    this.factor = factor;
    this.lowerLimit = lowerLimit;
    this.upperLimit = upperLimit;
    this.dimensions = dimensions;
    this.data = data.clone();
    if ((has(BELOW) && lowerLimit == null) || (has(ABOVE) && upperLimit == null)) {
      throw new IllegalArgumentException("L and U points need the limits of detection");
    }
  }

  /** The points as stored: big-endian 32-bit floats. */
  public byte[] encoded() {
    ByteBuffer buffer = ByteBuffer.allocate(data.length * Float.BYTES);
    buffer.asFloatBuffer().put(data);
    return buffer.array();
  }

  /** The points of {@link #encoded()}. */
  public static float[] decode(byte[] bytes) {
    float[] data = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(data);
    return data;
  }

  /**
   * Each time's value in the origin's unit, {@code a + b ×} the value as sent (a unit conversion;
   * {@code 0, 1} for none): a point below or above the limits of detection counts as the limit, an
   * error point is NaN. One value per time: the series must have one dimension.
   */
  public double[] values(double a, double b) {
    if (dimensions != 1) {
      throw new IllegalStateException("a series of " + dimensions + " dimensions");
    }
    double[] values = new double[data.length];
    for (int i = 0; i < data.length; i++) {
      float d = data[i];
      double point =
          d == BELOW ? lowerLimit : d == ABOVE ? upperLimit : Float.isNaN(d) ? Double.NaN : d;
      values[i] = a + b * (origin + factor * point);
    }
    return values;
  }

  /** The points as R4 writes them: decimals, E, L and U, separated by single spaces. */
  public String text() {
    StringJoiner text = new StringJoiner(" ");
    for (float d : data) {
      text.add(
          Float.isNaN(d)
              ? "E"
              : d == BELOW
                  ? "L"
                  : d == ABOVE
                      ? "U"
                      : new BigDecimal(Float.toString(d)).stripTrailingZeros().toPlainString());
    }
    return text.toString();
  }

  /** Whether any point is {@code L} (then a lower limit is needed) or {@code U}. */
  public boolean has(float special) {
    for (float d : data) {
      if (Float.compare(d, special) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The time span of the series: one period per time. */
  public Duration span() {
    return Duration.ofNanos(Math.round(times() * periodMillis * 1_000_000));
  }

  /** When the time {@code i} was taken, for a series starting at {@code start}. */
  public Instant at(Instant start, int i) {
    return start.plusNanos(Math.round(i * periodMillis * 1_000_000));
  }

  /** How many times points were taken (the points divided by the dimensions). */
  public int times() {
    return data.length / dimensions;
  }

  public double origin() {
    return origin;
  }

  public String unit() {
    return unit;
  }

  public double periodMillis() {
    return periodMillis;
  }

  public double factor() {
    return factor;
  }

  public Double lowerLimit() {
    return lowerLimit;
  }

  public Double upperLimit() {
    return upperLimit;
  }

  public int dimensions() {
    return dimensions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Samples s
        && s.origin == origin
        && s.unit.equals(unit)
        && s.periodMillis == periodMillis
        && s.factor == factor
        && Objects.equals(s.lowerLimit, lowerLimit)
        && Objects.equals(s.upperLimit, upperLimit)
        && s.dimensions == dimensions
        && Arrays.equals(s.data, data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31 + unit.hashCode();
  }
}
