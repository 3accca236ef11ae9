package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitConversionTest {

  /** Glucose, C6H12O6 (PubChem CID 5793). */
  private static final double GLUCOSE = 180.156;

  @Test
  void convertsPoundsToKilograms() {
    assertEquals(83.915, UnitConversion.convert(185, "[lb_av]", "kg", null).getAsDouble(), 1e-3);
  }

  @Test
  void convertsFahrenheitToCelsiusWithItsOffset() {
    assertEquals(37.5, UnitConversion.convert(99.5, "[degF]", "Cel", null).getAsDouble(), 1e-9);
    assertEquals(98.6, UnitConversion.convert(37, "Cel", "[degF]", null).getAsDouble(), 1e-9);
  }

  @Test
  void dropsTheBinaryNoiseOfTheConversion() {
    assertEquals(45.0, UnitConversion.convert(113, "[degF]", "Cel", null).getAsDouble());
    assertEquals(83.914588, UnitConversion.convert(185, "[lb_av]", "kg", null).getAsDouble());
  }

  @Test
  void convertsGlucoseBetweenMillimolesAndMilligramsWithItsMolarMass() {
    assertEquals(
        113.498, UnitConversion.convert(6.3, "mmol/L", "mg/dL", GLUCOSE).getAsDouble(), 1e-3);
    assertEquals(
        5.551, UnitConversion.convert(100, "mg/dL", "mmol/L", GLUCOSE).getAsDouble(), 1e-3);
  }

  @Test
  void refusesMillimolesWithoutAMolarMass() {
    assertTrue(UnitConversion.convert(6.3, "mmol/L", "mg/dL", null).isEmpty());
  }

  @Test
  void refusesIncommensurableOrUnknownUnits() {
    assertTrue(UnitConversion.convert(80, "kg", "mm[Hg]", null).isEmpty());
    assertTrue(UnitConversion.convert(80, "kg", "Cel", null).isEmpty());
    assertTrue(UnitConversion.convert(80, "kilos", "kg", null).isEmpty());
  }

  @Test
  void keepsTheValueInTheSameUnit() {
    assertEquals(97, UnitConversion.convert(97, "%", "%", null).getAsDouble());
  }
}
