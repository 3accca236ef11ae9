package it.lombardia.irt.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitSymbolsTest {

  @Test
  void writesUcumUnitsAsCliniciansDo() {
    assertEquals("mmHg", UnitSymbols.readable("mm[Hg]"));
    assertEquals("°C", UnitSymbols.readable("Cel"));
    assertEquals("/min", UnitSymbols.readable("/min"));
    assertEquals("mg/dL", UnitSymbols.readable("mg/dL"));
  }

  @Test
  void leavesCountsAndAnnotationsOutOfTheReading() {
    assertEquals("7", UnitSymbols.quantity("7", "{#}"));
    assertEquals("/min", UnitSymbols.readable("{beats}/min"));
    assertEquals("89 %", UnitSymbols.quantity("89", "%"));
  }
}
