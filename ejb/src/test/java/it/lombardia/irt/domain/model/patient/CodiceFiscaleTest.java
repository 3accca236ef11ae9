package it.lombardia.irt.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodiceFiscaleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void acceptsAValidCodeAndDecodesBirthDateAndSex() {
    CodiceFiscale mario = CodiceFiscale.parse("rssmra80a01h501u");

    assertEquals("RSSMRA80A01H501U", mario.value());
    assertEquals('M', mario.sex());
    assertEquals(LocalDate.of(1980, 1, 1), mario.birthDate(TODAY).orElseThrow());

    CodiceFiscale giulia = CodiceFiscale.parse("BNCGLI85T52F205D");
    assertEquals('F', giulia.sex());
    assertEquals(LocalDate.of(1985, 12, 12), giulia.birthDate(TODAY).orElseThrow());
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse("RSSMRA80A01H501V"));

    assertTrue(e.getMessage().contains("check character"));
  }

  @Test
  void acceptsHomocodeVariantsAndDecodesThemAsThePlainCode() {
    CodiceFiscale oneLetter = CodiceFiscale.parse("RSSMRA80A01H50MM");
    CodiceFiscale twoLetters = CodiceFiscale.parse("RSSMRA80A01HR0MH");

    assertTrue(oneLetter.isHomocode());
    assertTrue(twoLetters.isHomocode());
    assertEquals(LocalDate.of(1980, 1, 1), twoLetters.birthDate(TODAY).orElseThrow());
    assertFalse(CodiceFiscale.parse("RSSMRA80A01H501U").isHomocode());
  }

  @Test
  void rejectsImpossibleMonthsDaysAndShapes() {
    assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse("RSSMRA80F01H501U"));
    assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse("RSSMRA80A35H501U"));
    assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse("RSSMRA80A01H501"));
    assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse(null));
  }
}
