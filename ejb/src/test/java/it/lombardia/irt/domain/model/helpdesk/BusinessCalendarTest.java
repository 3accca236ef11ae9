package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.Italy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  static final String OFFICE = "MON-FRI 08:00-18:00";

  static Instant rome(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Italy.ZONE).toInstant();
  }

  private static BusinessCalendar calendar(String hours, String localHoliday) {
    return BusinessCalendar.of(
        hours, localHoliday.isEmpty() ? Set.of() : Set.of(MonthDay.parse("--" + localHoliday)));
  }

  @ParameterizedTest(name = "{0} (+{3}): {2} + {4} min = {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "over the weekend             | MON-FRI 08:00-18:00 |       | 2026-11-20T17:00 | 120 | 2026-11-23T09:00",
        "over Easter Monday           | MON-FRI 08:00-18:00 |       | 2026-04-03T17:00 | 120 | 2026-04-07T09:00",
        "over Sant'Ambrogio and 8 Dec | MON-FRI 08:00-18:00 | 12-07 | 2026-12-04T17:00 | 120 | 2026-12-09T09:00",
        "over the lunch break         | MON-FRI 08:00-13:00,14:00-18:00 | | 2026-11-23T12:30 | 60 | 2026-11-23T14:30",
        "from before opening          | MON-FRI 08:00-18:00 |       | 2026-11-23T06:00 | 30  | 2026-11-23T08:30",
        "to the closing minute        | MON-FRI 08:00-18:00 |       | 2026-11-23T17:00 | 60  | 2026-11-23T18:00",
        "on Saturday mornings         | MON-FRI 08:00-18:00; SAT 09:00-12:00 | | 2026-11-20T17:00 | 120 | 2026-11-21T10:00",
        "around the clock             | 24/7                |       | 2026-11-20T17:00 | 120 | 2026-11-20T19:00",
        "on Christmas when 24/7       | 24/7                |       | 2026-12-25T10:00 | 60  | 2026-12-25T11:00"
      })
  void addsBusinessTimeSkippingClosedHoursAndHolidays(
      String why, String hours, String localHoliday, String start, int minutes, String expected) {
    BusinessCalendar calendar = calendar(hours, localHoliday == null ? "" : localHoliday);
    Instant due = calendar.plus(rome(start), Duration.ofMinutes(minutes));
    assertEquals(rome(expected), due, why);
    assertEquals(Duration.ofMinutes(minutes), calendar.between(rome(start), due), why);
  }

  @Test
  void countsOnlyOpenHoursBetweenTwoInstants() {
    BusinessCalendar office = calendar(OFFICE, "");
    assertEquals(
        Duration.ofHours(4), office.between(rome("2026-11-20T16:00"), rome("2026-11-23T10:00")));
    assertEquals(Duration.ZERO, office.between(rome("2026-11-21T09:00"), rome("2026-11-22T20:00")));
    assertEquals(Duration.ZERO, office.between(rome("2026-11-23T10:00"), rome("2026-11-23T09:00")));
  }

  @Test
  void aDayOpenAroundTheClockLastsTwentyThreeHoursWhenSummerTimeStarts() {
    BusinessCalendar always = calendar("MON-SUN 00:00-24:00", "");
    assertEquals(
        Duration.ofHours(23), always.between(rome("2026-03-29T00:00"), rome("2026-03-30T00:00")));
    assertEquals(
        Duration.ofHours(25), always.between(rome("2026-10-25T00:00"), rome("2026-10-26T00:00")));
  }

  @Test
  void holidaysCloseTheCentreAllDayUnlessItIsAlwaysOpen() {
    BusinessCalendar office = calendar(OFFICE, "12-07");
    assertTrue(office.isClosedOn(LocalDate.parse("2026-04-06")));
    assertTrue(office.isClosedOn(LocalDate.parse("2026-12-07")));
    assertTrue(office.isClosedOn(LocalDate.parse("2026-11-22")));
    assertEquals(false, BusinessCalendar.alwaysOpen().isClosedOn(LocalDate.parse("2026-04-06")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MON-FRI",
        "MON-FRI 8-18",
        "FRI-MON 08:00-18:00",
        "MON-FRI 18:00-08:00",
        "MON-FRI 08:00-25:00",
        "XYZ 08:00-18:00",
        "MON 08:00-12:00,11:00-13:00",
        "' '"
      })
  void refusesOpeningHoursItCannotRead(String hours) {
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(hours, Set.of()));
  }
}
