package it.lombardia.irt.spi.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MdcTest {

  @Test
  void acceptsImplantableCardiacDeviceCodes() {
    for (String code : new String[] {"721472", "722433", "737696", "737824", "150456"}) {
      assertTrue(Mdc.isWellFormed(code), code);
    }
  }

  @Test
  void rejectsLoincCodesAndNumbersOutsideTheAssignedPartitions() {
    assertFalse(Mdc.isWellFormed("8867-4"));
    assertFalse(Mdc.isWellFormed("29463"), "partition 0: a LOINC code without its check digit");
    assertFalse(Mdc.isWellFormed("4294967296"));
    assertFalse(Mdc.isWellFormed("0737824"));
    assertFalse(Mdc.isWellFormed(null));
  }
}
