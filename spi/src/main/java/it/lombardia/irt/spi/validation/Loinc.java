package it.lombardia.irt.spi.validation;

import java.util.regex.Pattern;

/** LOINC codes: digits, a dash and the mod-10 check digit that LOINC defines (e.g. 29463-7). */
final class Loinc {

  private static final Pattern SHAPE = Pattern.compile("(\\d{1,7})-(\\d)");

  private Loinc() {}

  static boolean isWellFormed(String code) {
    if (code == null) {
      return false;
    }
    var m = SHAPE.matcher(code);
    return m.matches() && checkDigit(m.group(1)) == m.group(2).charAt(0) - '0';
  }

  /** The LOINC check digit: Luhn-style mod 10 over the code's digits. */
  static int checkDigit(String digits) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }
}
