package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

  private final Units units = new Units();

  @Test
  void writesUcumUnitsAsCliniciansDo() {
    assertEquals("mmHg", units.of("mm[Hg]"));
    assertEquals("°C", units.of("Cel"));
    assertEquals("/min", units.of("/min"));
    assertEquals("mg/dL", units.of("mg/dL"));
  }

  @Test
  void leavesCountsAndAnnotationsOutOfTheReading() {
    assertEquals("7", units.quantity("7", "{#}"));
    assertEquals("/min", units.of("{beats}/min"));
    assertEquals("89 %", units.quantity("89", "%"));
  }
}
