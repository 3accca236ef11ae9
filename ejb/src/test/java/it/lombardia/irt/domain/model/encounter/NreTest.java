package it.lombardia.irt.domain.model.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NreTest {

  @Test
  void acceptsFifteenCharactersStartingWithARegionsCode() {
    assertTrue(Nre.isValid("030A0A123456789"));
    assertTrue(Nre.isValid("1300A4000000248"), "Abruzzo's, as printed on a reminder");
    assertTrue(Nre.isValid("030a0 a123456789"), "case and spaces do not matter");
    assertEquals("030A0A123456789", Nre.normalise("030a0 a123456789"));
  }

  @Test
  void rejectsWrongLengthUnknownRegionAndLettersInTheProgressiveNumber() {
    assertFalse(Nre.isValid(null));
    assertFalse(Nre.isValid("030A0A12345678"));
    assertFalse(Nre.isValid("999A0A123456789"));
    assertFalse(Nre.isValid("030A0A12345678X"));
  }
}
