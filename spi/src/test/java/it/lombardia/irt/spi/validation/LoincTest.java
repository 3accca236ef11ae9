package it.lombardia.irt.spi.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoincTest {

  @Test
  void acceptsVitalSignCodesWithTheirCheckDigit() {
    for (String code :
        new String[] {
          "29463-7", "85354-9", "8480-6", "8462-4", "8867-4", "9279-1", "2708-6", "59408-5",
          "8310-5", "41653-7"
        }) {
      assertTrue(Loinc.isWellFormed(code), code);
    }
  }

  @Test
  void rejectsAWrongCheckDigitOrShape() {
    assertFalse(Loinc.isWellFormed("29463-8"));
    assertFalse(Loinc.isWellFormed("29463"));
    assertFalse(Loinc.isWellFormed("weight"));
    assertFalse(Loinc.isWellFormed(null));
  }
}
