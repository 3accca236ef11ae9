package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianHolidaysTest {

  @ParameterizedTest
  @CsvSource({
    "2000, 2000-04-23",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void computesEasterSundayOfTheGregorianCalendar(int year, LocalDate easter) {
    assertEquals(easter, ItalianHolidays.easterSunday(year));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01",
    "2026-01-06",
    "2026-04-05",
    "2026-04-06",
    "2026-04-25",
    "2026-05-01",
    "2026-06-02",
    "2026-08-15",
    "2026-11-01",
    "2026-12-08",
    "2026-12-25",
    "2026-12-26",
    "2038-04-26"
  })
  void nationalHolidaysIncludeEasterMonday(LocalDate day) {
    assertTrue(ItalianHolidays.isHoliday(day));
  }

  @ParameterizedTest
  @CsvSource({"2026-04-07", "2026-12-07", "2026-11-02", "2025-04-06", "2026-03-30"})
  void ordinaryDaysAreNotHolidays(LocalDate day) {
    assertFalse(ItalianHolidays.isHoliday(day));
  }
}
