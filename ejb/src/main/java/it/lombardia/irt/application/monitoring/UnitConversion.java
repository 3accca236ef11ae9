package it.lombardia.irt.application.monitoring;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Converts a value from the unit a sender used to the unit a protocol measures in, with the UCUM
 * reference implementation: pounds to kilograms, a glucose in mmol/L to mg/dL given the substance's
 * molar mass. Temperatures are converted here: the library does not convert units with an offset
 * from zero ({@code Cel}, {@code [degF]}).
 */
final class UnitConversion {

  /** Temperatures as {@code kelvin = (value + offset) * scale}. */
  private record Affine(double offset, double scale) {}

  private static final Map<String, Affine> TEMPERATURES =
      Map.of(
          "K", new Affine(0, 1),
          "Cel", new Affine(273.15, 1),
          "[degF]", new Affine(459.67, 5.0 / 9));

  private static final UcumEssenceService UCUM = load();

  private UnitConversion() {}

  /**
   * {@code value} in {@code from} expressed in {@code to}; empty when the units measure different
   * things (or one is not UCUM). {@code molarMass} (g/mol), if known, lets an amount of substance
   * per volume (mmol/L) become a mass per volume (mg/dL) and back.
   */
  static OptionalDouble convert(double value, String from, String to, Double molarMass) {
    if (from.equals(to)) {
      return OptionalDouble.of(value);
    }
    OptionalDouble converted = unrounded(value, from, to, molarMass);
    // Millionths are far below any device's precision and drop binary noise (113 [degF] is 45 Cel).
    return converted.isPresent()
        ? OptionalDouble.of(Math.round(converted.getAsDouble() * 1e6) / 1e6)
        : converted;
  }

  private static OptionalDouble unrounded(double value, String from, String to, Double molarMass) {
    Affine a = TEMPERATURES.get(from);
    Affine b = TEMPERATURES.get(to);
    if (a != null || b != null) {
      return a != null && b != null
          ? OptionalDouble.of((value + a.offset()) * a.scale() / b.scale() - b.offset())
          : OptionalDouble.empty();
    }
    Optional<Double> direct = factor(from, to);
    if (direct.isPresent()) {
      return OptionalDouble.of(value * direct.get());
    }
    if (molarMass == null) {
      return OptionalDouble.empty();
    }
    // Through mol/L and g/L: the library's own arithmetic on compound units loses precision.
    Optional<Double> toMass =
        factor(from, "mol/L").flatMap(f -> factor("g/L", to).map(g -> f * molarMass * g));
    Optional<Double> toAmount =
        factor(from, "g/L").flatMap(f -> factor("mol/L", to).map(g -> f / molarMass * g));
    return toMass
        .or(() -> toAmount)
        .map(f -> OptionalDouble.of(value * f))
        .orElse(OptionalDouble.empty());
  }

  /** How many {@code to} one {@code from} is, if they are commensurable. */
  private static Optional<Double> factor(String from, String to) {
    try {
      return Optional.of(
          Double.parseDouble(UCUM.convert(new Decimal("1.000000000000000"), from, to).asDecimal()));
    } catch (UcumException | RuntimeException e) {
      return Optional.empty(); // unknown or incommensurable units
    }
  }

  private static UcumEssenceService load() {
    try {
      return new UcumEssenceService(
          UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
    } catch (UcumException e) {
      throw new IllegalStateException("UCUM definitions cannot be read", e);
    }
  }
}
