package it.lombardia.irt.domain.model.patient;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A codice fiscale checked part by part, as it is typed: which part is wrong (surname, name, birth
 * date, sex, place, check character), what it encodes (birth date, sex, place of birth from the
 * Belfiore list) and whether the surname and name typed match their letters. Homocode variants
 * (omocodia) are read like the plain form.
 *
 * @param wrong the parts that cannot be right, in the code's order; {@link Part#FORMAT} alone when
 *     the code does not have 16 characters
 * @param birthDate the encoded birth date, or null when that part is wrong
 * @param sex {@code M} or {@code F}, or null
 * @param place the place of birth, or null when the code is not in the list
 * @param mismatches {@link Part#SURNAME} and/or {@link Part#NAME} when the names typed give other
 *     letters: a warning, since a registry may hold the names differently written
 */
public record CodiceFiscaleCheck(
    String code,
    List<Part> wrong,
    LocalDate birthDate,
    String sex,
    BirthPlace place,
    List<Part> mismatches) {

  /** The parts of a codice fiscale, in order. */
  public enum Part {
    FORMAT,
    SURNAME,
    NAME,
    BIRTH_DATE,
    SEX,
    PLACE,
    CHECK_CHARACTER
  }

  private static final String DIGITS = "0123456789LMNPQRSTUV";

  public boolean valid() {
    return wrong.isEmpty();
  }

  /**
   * Checks {@code text} and, when given, the surname and name typed beside it.
   *
   * @param today to resolve the two-digit year of birth
   */
  public static CodiceFiscaleCheck of(
      String text, String familyName, String givenName, LocalDate today) {
    String cf = text == null ? "" : text.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!cf.matches("[A-Z0-9]{16}")) {
      return new CodiceFiscaleCheck(cf, List.of(Part.FORMAT), null, null, null, List.of());
    }
    List<Part> wrong = new ArrayList<>();
    if (!letters(cf, 0, 3)) {
      wrong.add(Part.SURNAME);
    }
    if (!letters(cf, 3, 6)) {
      wrong.add(Part.NAME);
    }
    LocalDate birthDate = null;
    String sex = null;
    boolean dateShape =
        digits(cf, 6, 8) && CodiceFiscale.MONTHS.indexOf(cf.charAt(8)) >= 0 && digits(cf, 9, 11);
    if (!dateShape) {
      wrong.add(Part.BIRTH_DATE);
    } else {
      int day = Integer.parseInt(CodiceFiscale.plain(cf).substring(9, 11));
      if (day > 31 && day < 41 || day > 71) {
        wrong.add(Part.SEX); // neither a man's day (1-31) nor a woman's (41-71)
      } else {
        sex = day > 40 ? "F" : "M";
        birthDate = date(cf, today).orElse(null);
        if (birthDate == null) {
          wrong.add(Part.BIRTH_DATE);
        }
      }
    }
    BirthPlace place = null;
    if (!Character.isLetter(cf.charAt(11)) || !digits(cf, 12, 15)) {
      wrong.add(Part.PLACE);
    } else {
      place = BelfioreCodes.find(CodiceFiscale.plain(cf).substring(11, 15)).orElse(null);
      if (place == null) {
        wrong.add(Part.PLACE);
      }
    }
    if (wrong.isEmpty()
        && (!Character.isLetter(cf.charAt(15))
            || CodiceFiscale.checkCharacter(cf.substring(0, 15)) != cf.charAt(15))) {
      wrong.add(Part.CHECK_CHARACTER);
    }
    List<Part> mismatches = new ArrayList<>();
    if (!wrong.contains(Part.SURNAME)
        && typed(familyName)
        && !surnameLetters(familyName).equals(cf.substring(0, 3))) {
      mismatches.add(Part.SURNAME);
    }
    if (!wrong.contains(Part.NAME)
        && typed(givenName)
        && !nameLetters(givenName).equals(cf.substring(3, 6))) {
      mismatches.add(Part.NAME);
    }
    return new CodiceFiscaleCheck(
        cf, List.copyOf(wrong), birthDate, sex, place, List.copyOf(mismatches));
  }

  /** The three letters of a surname: its consonants, then its vowels, then X. */
  static String surnameLetters(String surname) {
    String letters = normalised(surname);
    return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
  }

  /** The three letters of a name: the 1st, 3rd and 4th consonant when it has four or more. */
  static String nameLetters(String name) {
    String letters = normalised(name);
    String consonants = consonants(letters);
    if (consonants.length() >= 4) {
      return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
    }
    return (consonants + vowels(letters) + "XXX").substring(0, 3);
  }

  private static Optional<LocalDate> date(String cf, LocalDate today) {
    return CodiceFiscale.decodeBirthDate(CodiceFiscale.plain(cf), today);
  }

  private static boolean typed(String s) {
    return s != null && !normalised(s).isEmpty();
  }

  private static String normalised(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z]", "");
  }

  private static String consonants(String letters) {
    return letters.replaceAll("[AEIOU]", "");
  }

  private static String vowels(String letters) {
    return letters.replaceAll("[^AEIOU]", "");
  }

  private static boolean letters(String cf, int from, int to) {
    return cf.substring(from, to).chars().allMatch(Character::isLetter);
  }

  private static boolean digits(String cf, int from, int to) {
    return cf.substring(from, to).chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
  }
}
