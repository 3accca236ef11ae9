package it.lombardia.irt.interfaces.fhir;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.monitoring.Samples;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.SampledData;

/**
 * Between FHIR R4 {@code SampledData} and IRT's continuous series ({@link Samples}). An incoming
 * series is checked as R4 defines it — a UCUM origin, a positive period, a positive number of
 * dimensions that the points fill, points that are decimals or {@code E} (error), {@code L} (below
 * the lower limit of detection, which must then be given) and {@code U} (above the upper one),
 * separated by single spaces — and each problem names its element. A stored series is served back
 * as it was sent.
 */
final class SampledDataMapping {

  /** An R4 decimal. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private SampledDataMapping() {}

  /** The series of {@code d}, or null when it is malformed (the problems are added). */
  static Samples samples(
      SampledData d, String field, List<InvalidInputException.Problem> problems) {
    int before = problems.size();
    Quantity origin = d.getOrigin();
    if (!origin.hasValue()
        || !ObservationMapping.UCUM.equals(origin.getSystem())
        || !origin.hasCode()) {
      problems.add(
          problem(
              field + ".origin",
              "the origin needs a number, the UCUM system ("
                  + ObservationMapping.UCUM
                  + ") and a unit code"));
    }
    if (!d.hasPeriod() || d.getPeriod().signum() <= 0) {
      problems.add(problem(field + ".period", "the period between points must be positive (ms)"));
    }
    if (!d.hasDimensions() || d.getDimensions() < 1) {
      problems.add(problem(field + ".dimensions", "dimensions must be a positive integer"));
    }
    float[] data = points(d, field + ".data", problems);
    if (problems.size() > before) {
      return null;
    }
    if (data.length % d.getDimensions() != 0) {
      problems.add(
          problem(
              field + ".data",
              "%d points do not fill %d dimensions".formatted(data.length, d.getDimensions())));
    }
    for (float special : new float[] {Samples.BELOW, Samples.ABOVE}) {
      boolean below = special == Samples.BELOW;
      if ((below ? !d.hasLowerLimit() : !d.hasUpperLimit()) && contains(data, special)) {
        problems.add(
            problem(
                field + (below ? ".lowerLimit" : ".upperLimit"),
                "a point "
                    + (below ? "L needs the lower" : "U needs the upper")
                    + " limit of detection"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Samples(
        origin.getValue().doubleValue(),
        origin.getCode(),
        d.getPeriod().doubleValue(),
        d.hasFactor() ? d.getFactor().doubleValue() : 1,
        d.hasLowerLimit() ? d.getLowerLimit().doubleValue() : null,
        d.hasUpperLimit() ? d.getUpperLimit().doubleValue() : null,
        d.getDimensions(),
        data);
  }

  /**
   * The value a series' reading carries: the mean of its valid points in the origin's unit, as a
   * quantity; null, with a problem, when no point is valid.
   */
  static Quantity mean(Samples s, String field, List<InvalidInputException.Problem> problems) {
    double[] values = s.dimensions() == 1 ? s.values(0, 1) : new double[0];
    double sum = 0;
    int valid = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        valid++;
      }
    }
    if (s.dimensions() == 1 && valid == 0) {
      problems.add(problem(field + ".data", "the series has no valid point (only E)"));
      return null;
    }
    return new Quantity()
        .setValue(valid == 0 ? s.origin() : sum / valid)
        .setSystem(ObservationMapping.UCUM)
        .setCode(s.unit());
  }

  private static float[] points(
      SampledData d, String field, List<InvalidInputException.Problem> problems) {
    if (!d.hasData() || d.getData().isBlank()) {
      problems.add(problem(field, "the series has no points"));
      return new float[0];
    }
    String[] tokens = d.getData().strip().split(" ", -1);
    float[] data = new float[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      data[i] =
          switch (t) {
            case "E" -> Samples.ERROR;
            case "L" -> Samples.BELOW;
            case "U" -> Samples.ABOVE;
            default ->
                DECIMAL.matcher(t).matches() && Float.isFinite(Float.parseFloat(t))
                    ? Float.parseFloat(t)
                    : Float.NaN;
          };
      if (Float.isNaN(data[i]) && !"E".equals(t)) {
        problems.add(
            problem(
                field,
                "point %d ('%s') is not a decimal, E, L or U (points are separated by single"
                        .formatted(i + 1, t.length() > 20 ? t.substring(0, 20) + "…" : t)
                    + " spaces)"));
        return data;
      }
    }
    return data;
  }

  private static boolean contains(float[] data, float special) {
    for (float f : data) {
      if (f == special) {
        return true;
      }
    }
    return false;
  }

  private static InvalidInputException.Problem problem(String field, String message) {
    return new InvalidInputException.Problem(field, "error.fhir.observation", message);
  }
}
