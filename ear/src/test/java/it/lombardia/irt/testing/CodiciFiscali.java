package it.lombardia.irt.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid codici fiscali for test patients (a man born in Milan on 1 January 1950). */
public final class CodiciFiscali {

  private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
  private static final int[] ODD_LETTERS = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  private CodiciFiscali() {}

  public static String newValid() {
    String consonants = "BCDFGHJKLMNPRSTVZ";
    StringBuilder cf = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 6; i++) {
      cf.append(consonants.charAt(random.nextInt(consonants.length())));
    }
    return withLetters(cf.toString());
  }

  /**
   * The code of a man born in Milan on 1 January 1950 whose surname and name give these letters.
   */
  public static String withLetters(String sixLetters) {
    String first15 = sixLetters + "50A01F205";
    return first15 + checkCharacter(first15);
  }

  /**
   * The check character as the 1976 decree defines it, written independently of the production
   * code.
   */
  private static char checkCharacter(String first15) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = first15.charAt(i);
      boolean digit = Character.isDigit(c);
      if (i % 2 == 0) {
        sum += digit ? ODD_DIGITS[c - '0'] : ODD_LETTERS[c - 'A'];
      } else {
        sum += digit ? c - '0' : c - 'A';
      }
    }
    return (char) ('A' + sum % 26);
  }
}
