package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.helpdesk.SlaClock.Change;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The clock arithmetic for arbitrary instants (years 2024–2030, both clock changes and every
 * holiday in between), calendars and state histories.
 */
class SlaClockProperties {

  /** 2024-01-01T00:00Z to 2030-12-31T00:00Z, in seconds. */
  private static final long FROM = 1_704_067_200L;

  private static final long TO = 1_924_905_600L;

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(
        BusinessCalendar.of("MON-FRI 08:00-18:00", Set.of()),
        BusinessCalendar.of("MON-FRI 08:00-13:00,14:00-17:30; SAT 09:00-12:00", Set.of()),
        BusinessCalendar.of("MON-SUN 07:00-22:00", Set.of(MonthDay.of(12, 7))),
        BusinessCalendar.of("MON-SUN 00:00-24:00", Set.of(MonthDay.of(8, 26))),
        BusinessCalendar.alwaysOpen());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FROM, TO).map(Instant::ofEpochSecond);
  }

  @Property
  void addingBusinessTimeThenMeasuringItGivesItBack(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start,
      @ForAll @LongRange(min = 0, max = 200 * 3600) long seconds) {
    Duration amount = Duration.ofSeconds(seconds);
    Instant due = calendar.plus(start, amount);
    assertFalse(due.isBefore(start));
    assertEquals(amount, calendar.between(start, due));
  }

  @Property
  void businessTimeAddsUpOverConsecutivePeriodsAndNeverExceedsWallTime(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant a,
      @ForAll @LongRange(min = 0, max = 30 * 86400) long ab,
      @ForAll @LongRange(min = 0, max = 30 * 86400) long bc) {
    Instant b = a.plusSeconds(ab);
    Instant c = b.plusSeconds(bc);
    Duration whole = calendar.between(a, c);
    assertEquals(whole, calendar.between(a, b).plus(calendar.between(b, c)));
    assertTrue(whole.compareTo(Duration.between(a, c)) <= 0);
    if (calendar.isAlwaysOpen()) {
      assertEquals(Duration.between(a, c), whole);
    }
  }

  @Property
  void moreBusinessTimeIsNeverDueEarlier(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start,
      @ForAll @LongRange(min = 0, max = 100 * 3600) long first,
      @ForAll @LongRange(min = 0, max = 100 * 3600) long more) {
    Instant sooner = calendar.plus(start, Duration.ofSeconds(first));
    Instant later = calendar.plus(start, Duration.ofSeconds(first + more));
    assertFalse(later.isBefore(sooner));
  }

  /**
   * A history of random states at random gaps: the clock counts exactly the business time of the
   * working states, and a running clock is due when the rest of its target has passed from now.
   */
  @Property
  void theClockCountsOnlyWorkingStatesAndIsDueWhenTheRestOfTheTargetHasPassed(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant opened,
      @ForAll("histories") List<TicketState> states,
      @ForAll @IntRange(min = 1, max = 40) int targetHours,
      @ForAll @LongRange(min = 60, max = 3 * 86400) long gap) {
    List<Change> history = new ArrayList<>();
    history.add(new Change(opened, TicketState.NEW));
    Instant at = opened;
    for (TicketState state : states) {
      at = at.plusSeconds(gap);
      history.add(new Change(at, state));
    }
    Instant now = at.plusSeconds(gap);
    Duration working = Duration.ZERO;
    for (int i = 0; i < history.size(); i++) {
      Instant end = i + 1 < history.size() ? history.get(i + 1).at() : now;
      if (history.get(i).to().clockRuns()) {
        working = working.plus(calendar.between(history.get(i).at(), end));
      }
    }
    Duration target = Duration.ofHours(targetHours);
    SlaClock clock = SlaClock.resolution(history, now, calendar, target);
    assertEquals(working, clock.elapsed());
    switch (clock.phase()) {
      case RUNNING -> {
        assertTrue(working.compareTo(target) < 0);
        assertEquals(target, working.plus(calendar.between(now, clock.due())));
      }
      case BREACHED -> assertTrue(working.compareTo(target) >= 0);
      case MET, PAUSED -> assertTrue(working.compareTo(target) <= 0);
    }
  }

  /** Random walks through the state machine from NEW (every step one it allows). */
  @Provide
  Arbitrary<List<TicketState>> histories() {
    return Arbitraries.integers()
        .list()
        .ofMaxSize(8)
        .map(
            choices -> {
              List<TicketState> walk = new ArrayList<>();
              TicketState state = TicketState.NEW;
              for (int choice : choices) {
                List<TicketState> next = List.copyOf(state.next());
                state = next.get(Math.floorMod(choice, next.size()));
                walk.add(state);
              }
              return walk;
            });
  }
}
