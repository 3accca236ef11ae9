package it.lombardia.irt.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

  private final SpiVersion v10 = SpiVersion.parse("1.0");

  @Test
  void includesTheLowerBoundOfAClosedRangeAndExcludesTheOpenUpperOne() {
    assertTrue(v10.isWithin("[1.0,2.0)"));
    assertFalse(SpiVersion.parse("2.0").isWithin("[1.0,2.0)"));
    assertTrue(SpiVersion.parse("2.0").isWithin("[1.0,2.0]"));
    assertFalse(v10.isWithin("(1.0,2.0)"));
  }

  @Test
  void openEndedRangesWork() {
    assertTrue(SpiVersion.parse("7.3").isWithin("[1.0,)"));
    assertFalse(v10.isWithin("[1.1,)"));
    assertTrue(v10.isWithin("(,1.5)"));
  }

  @Test
  void rejectsMalformedRanges() {
    assertThrows(IllegalArgumentException.class, () -> v10.isWithin("1.0"));
    assertThrows(IllegalArgumentException.class, () -> v10.isWithin("[1.0;2.0)"));
  }
}
