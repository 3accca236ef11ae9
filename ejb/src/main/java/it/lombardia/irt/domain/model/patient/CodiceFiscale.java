package it.lombardia.irt.domain.model.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The Italian tax code that identifies a patient: 16 characters, with the check character computed
 * as the law (DM 23/12/1976) prescribes. Homocode variants (omocodia), where the Revenue Agency
 * replaced digits with the letters L M N P Q R S T U V, are valid too; birth date and sex are
 * decoded from either form.
 */
public final class CodiceFiscale {

  static final String MONTHS = "ABCDEHLMPRST";
  private static final String HOMOCODE_LETTERS = "LMNPQRSTUV";

  /** Positions that hold digits in the plain form and may hold homocode letters. */
  private static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

  private static final Map<Character, Integer> ODD =
      Map.ofEntries(
          Map.entry('0', 1),
          Map.entry('1', 0),
          Map.entry('2', 5),
          Map.entry('3', 7),
          Map.entry('4', 9),
          Map.entry('5', 13),
          Map.entry('6', 15),
          Map.entry('7', 17),
          Map.entry('8', 19),
          Map.entry('9', 21),
          Map.entry('A', 1),
          Map.entry('B', 0),
          Map.entry('C', 5),
          Map.entry('D', 7),
          Map.entry('E', 9),
          Map.entry('F', 13),
          Map.entry('G', 15),
          Map.entry('H', 17),
          Map.entry('I', 19),
          Map.entry('J', 21),
          Map.entry('K', 2),
          Map.entry('L', 4),
          Map.entry('M', 18),
          Map.entry('N', 20),
          Map.entry('O', 11),
          Map.entry('P', 3),
          Map.entry('Q', 6),
          Map.entry('R', 8),
          Map.entry('S', 12),
          Map.entry('T', 14),
          Map.entry('U', 16),
          Map.entry('V', 10),
          Map.entry('W', 22),
          Map.entry('X', 25),
          Map.entry('Y', 24),
          Map.entry('Z', 23));

  private final String value;

  private CodiceFiscale(String value) {
    this.value = value;
  }

  /**
   * Parses and checks a codice fiscale (spaces and case ignored).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static CodiceFiscale parse(String text) {
    String cf = text == null ? "" : text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!cf.matches(
        "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")) {
      throw new IllegalArgumentException(
          "a codice fiscale has 16 letters and digits in the form AAAAAA00A00A000A");
    }
    if (MONTHS.indexOf(cf.charAt(8)) < 0) {
      throw new IllegalArgumentException("the month letter '" + cf.charAt(8) + "' does not exist");
    }
    String plain = plain(cf);
    int day = Integer.parseInt(plain.substring(9, 11));
    if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
      throw new IllegalArgumentException("the day of birth " + day + " is impossible");
    }
    char expected = checkCharacter(cf.substring(0, 15));
    if (cf.charAt(15) != expected) {
      throw new IllegalArgumentException("the check character is wrong: a typing error is likely");
    }
    return new CodiceFiscale(cf);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static char checkCharacter(String first15) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = first15.charAt(i);
      sum += i % 2 == 0 ? ODD.get(c) : Character.isDigit(c) ? c - '0' : c - 'A';
    }
    return (char) ('A' + sum % 26);
  }

  /** The code with homocode letters turned back into digits. */
  static String plain(String cf) {
    char[] chars = cf.toCharArray();
    for (int position : NUMERIC_POSITIONS) {
      int digit = HOMOCODE_LETTERS.indexOf(chars[position]);
      if (digit >= 0) {
        chars[position] = (char) ('0' + digit);
      }
    }
    return new String(chars);
  }

  public String value() {
    return value;
  }

  /** Whether the Revenue Agency replaced digits with letters in this code. */
  public boolean isHomocode() {
    return !plain(value).equals(value);
  }

  /** 'M' or 'F', as encoded (women's day of birth has 40 added). */
  public char sex() {
    return Integer.parseInt(plain(value).substring(9, 11)) > 40 ? 'F' : 'M';
  }

  /**
   * The birth date, if the encoded one exists; the century is the one that puts it in the past.
   *
   * @param today to resolve the two-digit year
   */
  public Optional<LocalDate> birthDate(LocalDate today) {
    return decodeBirthDate(plain(value), today);
  }

  /** The birth date of a code in plain form (digits, no homocode letters), if it exists. */
  static Optional<LocalDate> decodeBirthDate(String plain, LocalDate today) {
    int year = Integer.parseInt(plain.substring(6, 8));
    int month = MONTHS.indexOf(plain.charAt(8)) + 1;
    int day = Integer.parseInt(plain.substring(9, 11)) % 40;
    int fullYear = 2000 + year > today.getYear() ? 1900 + year : 2000 + year;
    try {
      return Optional.of(LocalDate.of(fullYear, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodiceFiscale other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
