package it.lombardia.irt.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.patient.CodiceFiscaleCheck.Part;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codes computed by an independent implementation (the npm package codice-fiscale-js 2.4.0) for the
 * people named, including its homocode variants.
 */
class CodiceFiscaleCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static CodiceFiscaleCheck check(String code, String surname, String name) {
    return CodiceFiscaleCheck.of(code, surname, name, TODAY);
  }

  @Test
  void aValidCodeGivesBirthDateSexAndPlaceOfBirth() {
    CodiceFiscaleCheck rossi = check("RSSMRA80A01H501U", "Rossi", "Mario");
    CodiceFiscaleCheck bianchi = check("bncgli85c52f205u", "Bianchi", "Giulia");

    assertTrue(rossi.valid(), rossi.wrong().toString());
    assertEquals(LocalDate.of(1980, 1, 1), rossi.birthDate());
    assertEquals("M", rossi.sex());
    assertEquals("Roma (RM)", rossi.place().displayName());
    assertEquals(List.of(), rossi.mismatches());
    assertEquals(LocalDate.of(1985, 3, 12), bianchi.birthDate());
    assertEquals("F", bianchi.sex());
    assertEquals("Milano (MI)", bianchi.place().displayName());
  }

  @Test
  void aForeignStateAndAShortNameAreRead() {
    CodiceFiscaleCheck wu = check("WUXZOE90L45Z404K", "Wu", "Zoe");

    assertTrue(wu.valid(), wu.wrong().toString());
    assertTrue(wu.place().foreign());
    assertEquals("Stati Uniti D'America", wu.place().displayName());
    assertEquals(List.of(), wu.mismatches());
  }

  @Test
  void homocodeVariantsDecodeLikeThePlainCode() {
    for (String code : List.of("RSSMRAU0A01H501R", "RSSMRA8LA01H501F", "RSSMRAULALMHRLMD")) {
      CodiceFiscaleCheck c = check(code, "Rossi", "Mario");
      assertTrue(c.valid(), code + " " + c.wrong());
      assertEquals(LocalDate.of(1980, 1, 1), c.birthDate(), code);
      assertEquals("Roma (RM)", c.place().displayName(), code);
    }
  }

  @Test
  void namesWhichPartIsWrong() {
    assertEquals(List.of(Part.CHECK_CHARACTER), check("RSSMRA80A01H501V", null, null).wrong());
    assertEquals(List.of(Part.BIRTH_DATE), check("RSSMRA80F31H501U", null, null).wrong());
    assertEquals(List.of(Part.BIRTH_DATE), check("RSSMRA80Z01H501U", null, null).wrong());
    assertEquals(List.of(Part.SEX), check("RSSMRA80A35H501U", null, null).wrong());
    assertEquals(List.of(Part.PLACE), check("RSSMRA80A01Z999U", null, null).wrong());
    assertEquals(List.of(Part.SURNAME), check("R5SMRA80A01H501U", null, null).wrong());
    assertEquals(List.of(Part.NAME), check("RSSM4A80A01H501U", null, null).wrong());
    assertEquals(List.of(Part.FORMAT), check("RSSMRA80A01H501", null, null).wrong());
  }

  @Test
  void warnsWhenSurnameOrNameDoNotMatchTheirLetters() {
    assertEquals(List.of(Part.SURNAME), check("RSSMRA80A01H501U", "Bianchi", "Mario").mismatches());
    assertEquals(List.of(Part.NAME), check("RSSMRA80A01H501U", "Rossi", "Marco").mismatches());
    assertEquals(
        List.of(), check("DRSGFR47B28A794O", "De Rossi", "Gianfranco").mismatches(), "spaces");
    assertEquals(List.of(), check("DRSGFR47B28A794O", "de rossì", "GIANFRANCO").mismatches());
  }

  @Test
  void theListHoldsMunicipalitiesAndForeignStates() {
    assertTrue(BelfioreCodes.size() > 9000, "codes: " + BelfioreCodes.size());
    assertEquals("Bergamo (BG)", BelfioreCodes.find("A794").orElseThrow().displayName());
    assertTrue(BelfioreCodes.find("Z112").orElseThrow().foreign());
  }
}
