package it.lombardia.irt.domain.model.monitoring;

import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.domain.model.plan.AlarmStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmRoutingTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Duration FALLBACK_WINDOW = Duration.ofMinutes(20);

  private static final AlarmStep DAY =
      new AlarmStep(
          ALARM, "nurse.rossi", LocalTime.of(8, 0), LocalTime.of(20, 0), 30, "dr.bianchi");
  private static final AlarmStep NIGHT =
      new AlarmStep(
          ALARM, "dr.verdi", LocalTime.of(22, 0), LocalTime.of(6, 0), 45, AlarmStep.ADI_CENTRE);
  private static final AlarmStep ALL_DAY =
      new AlarmStep(
          CRITICAL,
          AlarmStep.ADI_CENTRE,
          LocalTime.MIDNIGHT,
          LocalTime.MIDNIGHT,
          15,
          AlarmStep.COT_CENTRE);

  private static final AlarmRouting ROUTING =
      new AlarmRouting(List.of(DAY, NIGHT, ALL_DAY), FALLBACK_WINDOW);

  /** An instant at the given local time in Rome, on a winter (CET) day. */
  private static Instant winter(int hour, int minute) {
    return ZonedDateTime.of(2026, 1, 15, hour, minute, 0, 0, ROME).toInstant();
  }

  /** An instant at the given local time in Rome, on a summer (CEST) day. */
  private static Instant summer(int hour, int minute) {
    return ZonedDateTime.of(2026, 7, 15, hour, minute, 0, 0, ROME).toInstant();
  }

  private static AlarmRoute cot() {
    return new AlarmRoute(AlarmStep.COT_CENTRE, null, null);
  }

  @Test
  void theStepCoveringTheEventRoutesToItsRecipientWithItsDeadlineAndFallback() {
    Instant event = winter(10, 15);
    assertEquals(
        new AlarmRoute("nurse.rossi", event.plus(Duration.ofMinutes(30)), "dr.bianchi"),
        ROUTING.route(ALARM, event));
  }

  @Test
  void stepHoursAreItalianLocalTimeAllYearRound() {
    // 08:30 in Rome is 06:30 UTC in summer, 07:30 UTC in winter: both outside 08-20 in UTC
    for (Instant event : List.of(summer(8, 30), winter(8, 30))) {
      assertEquals("nurse.rossi", ROUTING.route(ALARM, event).recipient(), event.toString());
    }
    // 21:30 in Rome is 19:30 UTC in summer: inside 08-20 in UTC, outside it in Rome
    assertEquals("dr.bianchi", ROUTING.route(ALARM, summer(21, 30)).recipient());
  }

  @Test
  void aStepCoversItsStartButNotItsEnd() {
    assertEquals("nurse.rossi", ROUTING.route(ALARM, winter(8, 0)).recipient());
    assertEquals("nurse.rossi", ROUTING.route(ALARM, winter(19, 59)).recipient());
    assertEquals("dr.bianchi", ROUTING.route(ALARM, winter(20, 0)).recipient());
  }

  @Test
  void aSpanPastMidnightWraps() {
    Instant event = winter(2, 0);
    assertEquals(
        new AlarmRoute("dr.verdi", event.plus(Duration.ofMinutes(45)), AlarmStep.ADI_CENTRE),
        ROUTING.route(ALARM, event));
    assertEquals("dr.verdi", ROUTING.route(ALARM, winter(22, 0)).recipient());
    assertEquals("dr.verdi", ROUTING.route(ALARM, winter(23, 59)).recipient());
    assertEquals("dr.verdi", ROUTING.route(ALARM, winter(0, 0)).recipient());
    assertEquals("dr.bianchi", ROUTING.route(ALARM, winter(6, 0)).recipient(), "06:00 is past it");
    assertEquals("dr.bianchi", ROUTING.route(ALARM, winter(21, 0)).recipient());
  }

  @Test
  void equalEndsMeanAllDay() {
    for (Instant event : List.of(winter(0, 0), winter(3, 0), winter(12, 0), summer(23, 59))) {
      assertEquals(
          new AlarmRoute(
              AlarmStep.ADI_CENTRE, event.plus(Duration.ofMinutes(15)), AlarmStep.COT_CENTRE),
          ROUTING.route(CRITICAL, event),
          event.toString());
    }
  }

  @Test
  void outsideEveryStepsHoursTheAlarmGoesStraightToTheFallback() {
    Instant event = winter(7, 0);
    assertEquals(
        new AlarmRoute("dr.bianchi", event.plus(FALLBACK_WINDOW), AlarmStep.COT_CENTRE),
        ROUTING.route(ALARM, event));

    AlarmRouting toCot =
        new AlarmRouting(
            List.of(
                new AlarmStep(
                    ALARM,
                    "nurse.rossi",
                    LocalTime.of(8, 0),
                    LocalTime.of(20, 0),
                    30,
                    AlarmStep.COT_CENTRE)),
            FALLBACK_WINDOW);
    assertEquals(cot(), toCot.route(ALARM, winter(23, 0)), "the COT keeps it, with no deadline");
  }

  @Test
  void aLevelWithNoStepGoesToTheCotWithNoDeadline() {
    assertEquals(cot(), ROUTING.route(ATTENTION, winter(10, 0)));
    assertEquals(cot(), new AlarmRouting(null, FALLBACK_WINDOW).route(CRITICAL, winter(10, 0)));
  }

  @Test
  void escalationGoesToTheFallbackThenToTheCotWhichKeepsIt() {
    Instant now = winter(10, 45);
    AlarmRoute fallback = ROUTING.next("dr.bianchi", now);
    assertEquals(
        new AlarmRoute("dr.bianchi", now.plus(FALLBACK_WINDOW), AlarmStep.COT_CENTRE), fallback);

    Instant later = fallback.acknowledgeBy();
    assertEquals(cot(), ROUTING.next(fallback.fallback(), later));
    assertEquals(cot(), ROUTING.next(AlarmStep.COT_CENTRE, later));
    assertEquals(cot(), ROUTING.next(null, later));
  }
}
