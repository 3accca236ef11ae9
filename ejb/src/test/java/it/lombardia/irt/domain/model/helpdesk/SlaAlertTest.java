package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Due;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Level;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Target;
import it.lombardia.irt.domain.model.helpdesk.SlaClock.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaAlertTest {

  private static final BusinessCalendar ALWAYS = BusinessCalendar.of("24/7", Set.of());
  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private static final SlaTargets P1 = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4));
  private static final double WARN = 0.75;
  private static final Duration REOPEN = Duration.ofDays(7);

  private final List<Change> history = new ArrayList<>();

  private Ticket ticket() {
    Ticket t = TicketTest.newTicket();
    history.add(new Change(T0, TicketState.NEW));
    return t;
  }

  private void move(Ticket t, TicketState to, Duration after) {
    if (to == TicketState.ASSIGNED) {
      t.assign("op");
    } else {
      t.moveTo(to, T0.plus(after), REOPEN);
    }
    history.add(new Change(T0.plus(after), to));
  }

  private List<Due> dueAt(Ticket t, Duration after) {
    Instant now = T0.plus(after);
    return SlaAlert.due(
        t,
        SlaClock.firstResponse(history, t.getFirstResponseAt(), now, ALWAYS, P1.firstResponse()),
        SlaClock.resolution(history, now, ALWAYS, P1.resolution()),
        history,
        WARN);
  }

  private Duration quietAt(Ticket t, Duration after) {
    Instant now = T0.plus(after);
    return SlaAlert.quiet(
        t,
        SlaClock.firstResponse(history, t.getFirstResponseAt(), now, ALWAYS, P1.firstResponse()),
        SlaClock.resolution(history, now, ALWAYS, P1.resolution()),
        WARN);
  }

  @Test
  void aWatchMayLeaveATicketAloneUntilItsNextLevelAndNotASecondLonger() {
    Ticket t = ticket();
    Duration quiet = quietAt(t, Duration.ofMinutes(10));
    assertEquals(Duration.ofSeconds(750), quiet, "22.5 minutes is the warning share of 30");
    Duration warning = Duration.ofMinutes(10).plus(quiet);
    assertEquals(List.of(), dueAt(t, warning.minusSeconds(1)));
    assertEquals(List.of(new Due(Target.FIRST_RESPONSE, Level.WARNING, 0)), dueAt(t, warning));
    assertEquals(Duration.ofMinutes(5), quietAt(t, Duration.ofMinutes(25)), "then the breach");
  }

  @Test
  void anAnsweredTicketIsWatchedForItsResolutionAndAResolvedOneForNothing() {
    Ticket t = ticket();
    t.responded(T0.plus(Duration.ofMinutes(40)));
    assertEquals(Duration.ofHours(2), quietAt(t, Duration.ofHours(1)), "warning at 3 h of 4");
    move(t, TicketState.ASSIGNED, Duration.ofHours(1));
    move(t, TicketState.IN_PROGRESS, Duration.ofHours(1));
    move(t, TicketState.RESOLVED, Duration.ofHours(2));
    assertNull(quietAt(t, Duration.ofHours(2)));
  }

  @Test
  void nothingIsDueBeforeTheWarningShareOfATarget() {
    Ticket t = ticket();
    assertEquals(List.of(), dueAt(t, Duration.ofMinutes(22)));
  }

  @Test
  void aWarningWhenTheFirstResponseClockHasSpentTheWarningShareThenTheBreach() {
    Ticket t = ticket();
    assertEquals(
        List.of(new Due(Target.FIRST_RESPONSE, Level.WARNING, 0)),
        dueAt(t, Duration.ofMinutes(23)));
    assertEquals(
        List.of(new Due(Target.FIRST_RESPONSE, Level.BREACH, 0)), dueAt(t, Duration.ofMinutes(31)));
  }

  @Test
  void aFirstResponseStopsItsAlertsAndTheResolutionClockKeepsItsOwn() {
    Ticket t = ticket();
    t.responded(T0.plus(Duration.ofMinutes(40)));
    assertEquals(
        List.of(new Due(Target.RESOLUTION, Level.WARNING, 0)), dueAt(t, Duration.ofHours(3)));
    assertEquals(
        List.of(new Due(Target.RESOLUTION, Level.BREACH, 0)), dueAt(t, Duration.ofHours(5)));
  }

  @Test
  void aPausedClockIsNotWarnedAbout() {
    Ticket t = ticket();
    t.responded(T0.plus(Duration.ofMinutes(10)));
    move(t, TicketState.ASSIGNED, Duration.ofMinutes(10));
    move(t, TicketState.IN_PROGRESS, Duration.ofMinutes(10));
    move(t, TicketState.WAITING_SUPPLIER, Duration.ofHours(1));
    assertEquals(List.of(), dueAt(t, Duration.ofHours(30)));
  }

  @Test
  void aResolvedTicketCallsForNothingAndItsReopeningStartsANewRound() {
    Ticket t = ticket();
    t.responded(T0.plus(Duration.ofMinutes(10)));
    move(t, TicketState.ASSIGNED, Duration.ofMinutes(10));
    move(t, TicketState.IN_PROGRESS, Duration.ofMinutes(10));
    move(t, TicketState.RESOLVED, Duration.ofHours(5));
    assertEquals(List.of(), dueAt(t, Duration.ofHours(6)));

    move(t, TicketState.IN_PROGRESS, Duration.ofHours(6));
    assertEquals(
        List.of(new Due(Target.RESOLUTION, Level.BREACH, 1)), dueAt(t, Duration.ofHours(7)));
  }
}
