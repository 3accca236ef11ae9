package it.lombardia.irt.domain.model.helpdesk;

import static it.lombardia.irt.domain.model.helpdesk.BusinessCalendarTest.rome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.helpdesk.SlaClock.Change;
import it.lombardia.irt.domain.model.helpdesk.SlaClock.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final BusinessCalendar OFFICE =
      BusinessCalendar.of(BusinessCalendarTest.OFFICE, Set.of());
  private static final Duration FOUR_HOURS = Duration.ofHours(4);

  private static Change at(String rome, TicketState state) {
    return new Change(rome(rome), state);
  }

  @Test
  void aRunningClockIsDueAfterItsTargetInBusinessHours() {
    List<Change> history = List.of(at("2026-11-20T16:00", TicketState.NEW));
    SlaClock clock = SlaClock.resolution(history, rome("2026-11-20T17:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.RUNNING, clock.phase());
    assertEquals(Duration.ofHours(1), clock.elapsed());
    assertEquals(rome("2026-11-23T10:00"), clock.due());
  }

  @Test
  void waitingForTheSupplierPausesTheClockAndTheDueTimeMovesOn() {
    List<Change> history =
        List.of(
            at("2026-11-23T09:00", TicketState.NEW),
            at("2026-11-23T10:00", TicketState.ASSIGNED),
            at("2026-11-23T10:00", TicketState.IN_PROGRESS),
            at("2026-11-23T11:00", TicketState.WAITING_SUPPLIER),
            at("2026-11-24T11:00", TicketState.IN_PROGRESS));
    SlaClock paused =
        SlaClock.resolution(history.subList(0, 4), rome("2026-11-24T09:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.PAUSED, paused.phase());
    assertEquals(Duration.ofHours(2), paused.elapsed());
    assertNull(paused.due());

    SlaClock resumed = SlaClock.resolution(history, rome("2026-11-24T12:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.RUNNING, resumed.phase());
    assertEquals(Duration.ofHours(3), resumed.elapsed());
    assertEquals(rome("2026-11-24T13:00"), resumed.due());
  }

  @Test
  void resolutionWithinTargetIsMetAndAfterItBreachedAtTheMomentTheTargetRanOut() {
    List<Change> met =
        List.of(
            at("2026-11-23T09:00", TicketState.NEW), at("2026-11-23T12:00", TicketState.RESOLVED));
    SlaClock ok = SlaClock.resolution(met, rome("2026-11-30T09:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.MET, ok.phase());
    assertEquals(Duration.ofHours(3), ok.elapsed());

    List<Change> late =
        List.of(
            at("2026-11-23T09:00", TicketState.NEW), at("2026-11-23T17:00", TicketState.RESOLVED));
    SlaClock breached = SlaClock.resolution(late, rome("2026-11-30T09:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.BREACHED, breached.phase());
    assertEquals(rome("2026-11-23T13:00"), breached.due());
  }

  @Test
  void anOpenTicketPastItsTargetIsBreachedEvenWhileWaiting() {
    List<Change> history =
        List.of(
            at("2026-11-23T09:00", TicketState.NEW),
            at("2026-11-23T14:00", TicketState.WAITING_REQUESTER));
    SlaClock clock = SlaClock.resolution(history, rome("2026-11-24T09:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.BREACHED, clock.phase());
    assertEquals(rome("2026-11-23T13:00"), clock.due());
  }

  @Test
  void reopeningRestartsTheResolutionClockWhereItStopped() {
    List<Change> history =
        List.of(
            at("2026-11-23T09:00", TicketState.NEW),
            at("2026-11-23T10:00", TicketState.RESOLVED),
            at("2026-11-24T09:00", TicketState.IN_PROGRESS));
    SlaClock clock = SlaClock.resolution(history, rome("2026-11-24T10:00"), OFFICE, FOUR_HOURS);
    assertEquals(Phase.RUNNING, clock.phase());
    assertEquals(Duration.ofHours(2), clock.elapsed());
    assertEquals(rome("2026-11-24T12:00"), clock.due());
  }

  @Test
  void theFirstResponseClockStopsAtTheFirstReply() {
    List<Change> history = List.of(at("2026-11-20T17:30", TicketState.NEW));
    Duration hour = Duration.ofHours(1);
    SlaClock waiting =
        SlaClock.firstResponse(history, null, rome("2026-11-23T08:10"), OFFICE, hour);
    assertEquals(Phase.RUNNING, waiting.phase());
    assertEquals(rome("2026-11-23T08:30"), waiting.due());
    assertTrue(waiting.breachingSoon(0.6));
    assertFalse(waiting.breachingSoon(0.9));

    SlaClock answered =
        SlaClock.firstResponse(
            history, rome("2026-11-23T08:20"), rome("2026-11-23T15:00"), OFFICE, hour);
    assertEquals(Phase.MET, answered.phase());
    assertEquals(Duration.ofMinutes(50), answered.elapsed());
  }

  @Test
  void aCalendarChangeRecomputesTheSameHistory() {
    List<Change> history = List.of(at("2026-11-20T16:00", TicketState.NEW));
    Instant now = rome("2026-11-21T10:00");
    assertEquals(Phase.RUNNING, SlaClock.resolution(history, now, OFFICE, FOUR_HOURS).phase());
    SlaClock allWeekend =
        SlaClock.resolution(history, now, BusinessCalendar.alwaysOpen(), FOUR_HOURS);
    assertEquals(Phase.BREACHED, allWeekend.phase());
    assertEquals(rome("2026-11-20T20:00"), allWeekend.due());
  }
}
