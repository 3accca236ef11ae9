package it.lombardia.irt.domain.model.helpdesk;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Set;

/**
 * The national public holidays of Italy (law 260/1949 and later): fixed dates plus Easter Sunday
 * and Easter Monday (Pasquetta), whose date moves every year. A patron saint's day is local and
 * belongs to the centre's calendar instead.
 */
public final class ItalianHolidays {

  private ItalianHolidays() {}

  public static boolean isHoliday(LocalDate date) {
    if (FIXED.contains(MonthDay.from(date))) {
      return true;
    }
    LocalDate easter = easterSunday(date.getYear());
    return date.equals(easter) || date.equals(easter.plusDays(1));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(Month.JANUARY, 1), // Capodanno
          MonthDay.of(Month.JANUARY, 6), // Epifania
          MonthDay.of(Month.APRIL, 25), // Festa della Liberazione
          MonthDay.of(Month.MAY, 1), // Festa del Lavoro
          MonthDay.of(Month.JUNE, 2), // Festa della Repubblica
          MonthDay.of(Month.AUGUST, 15), // Ferragosto
          MonthDay.of(Month.NOVEMBER, 1), // Ognissanti
          MonthDay.of(Month.DECEMBER, 8), // Immacolata
          MonthDay.of(Month.DECEMBER, 25), // Natale
          MonthDay.of(Month.DECEMBER, 26)); // Santo Stefano
}
