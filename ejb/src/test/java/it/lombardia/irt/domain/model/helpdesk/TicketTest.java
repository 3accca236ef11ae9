package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration REOPEN = Duration.ofDays(7);

  static Ticket newTicket() {
    return new Ticket(
        "TK-2026-000001",
        TicketChannel.PHONE,
        TicketCategory.DEVICE,
        Priority.P2,
        Ticket.RequesterKind.CAREGIVER,
        "Anna Rossi",
        "+39 02 1234567",
        "op",
        "La bilancia non si accende",
        null,
        NOW);
  }

  private static Ticket inProgress() {
    Ticket t = newTicket();
    t.assign("op");
    t.moveTo(TicketState.IN_PROGRESS, NOW, REOPEN);
    return t;
  }

  private static String refusal(Runnable step) {
    return assertThrows(RuleViolation.class, step::run).key();
  }

  @Test
  void aDeviceTicketTakesOneReplacementWhileOpen() {
    Ticket t = inProgress();
    t.replaceDevice(7L, 8L);
    assertEquals(7L, t.getDeviceId());
    assertEquals(8L, t.getReplacementDeviceId());
    assertEquals("error.ticket.replacement.twice", refusal(() -> t.replaceDevice(7L, 9L)));
    Ticket resolved = inProgress();
    resolved.moveTo(TicketState.RESOLVED, NOW, REOPEN);
    assertEquals("error.ticket.replacement", refusal(() -> resolved.replaceDevice(7L, 8L)));
  }

  @Test
  void aNewTicketMustBeAssignedBeforeAnyoneWorksOnIt() {
    Ticket t = newTicket();
    assertEquals(TicketState.NEW, t.getState());
    assertEquals(
        "error.ticket.state", refusal(() -> t.moveTo(TicketState.IN_PROGRESS, NOW, REOPEN)));
    assertEquals("error.ticket.state", refusal(() -> t.moveTo(TicketState.RESOLVED, NOW, REOPEN)));
    assertEquals("error.ticket.assignee", refusal(() -> t.assign(" ")));
    t.assign("op");
    assertEquals(TicketState.ASSIGNED, t.getState());
    assertEquals("op", t.getAssignee());
  }

  @Test
  void assignmentGoesThroughAssignNeverThroughAPlainMove() {
    Ticket t = newTicket();
    assertEquals("error.ticket.state", refusal(() -> t.moveTo(TicketState.ASSIGNED, NOW, REOPEN)));
  }

  @Test
  void aTicketInProgressWaitsForTheRequesterOrTheSupplierAndComesBack() {
    Ticket t = inProgress();
    t.moveTo(TicketState.WAITING_SUPPLIER, NOW, REOPEN);
    assertEquals(
        "error.ticket.state", refusal(() -> t.moveTo(TicketState.WAITING_REQUESTER, NOW, REOPEN)));
    t.moveTo(TicketState.IN_PROGRESS, NOW, REOPEN);
    t.moveTo(TicketState.WAITING_REQUESTER, NOW, REOPEN);
    t.moveTo(TicketState.RESOLVED, NOW, REOPEN);
    assertEquals(NOW, t.getResolvedAt());
  }

  @Test
  void anOperatorHandsATicketInProgressToAColleague() {
    Ticket t = inProgress();
    t.assign("colleague");
    assertEquals(TicketState.ASSIGNED, t.getState());
    assertEquals("colleague", t.getAssignee());
  }

  @Test
  void aResolvedTicketReopensWithinTheWindowAndNotAfter() {
    Ticket t = inProgress();
    t.moveTo(TicketState.RESOLVED, NOW, REOPEN);
    t.moveTo(TicketState.CLOSED, NOW.plusSeconds(60), REOPEN);
    assertNotNull(t.getClosedAt());
    t.moveTo(TicketState.IN_PROGRESS, NOW.plus(REOPEN), REOPEN);
    assertEquals(TicketState.IN_PROGRESS, t.getState());
    assertNull(t.getResolvedAt());
    assertNull(t.getClosedAt());

    Ticket late = inProgress();
    late.moveTo(TicketState.RESOLVED, NOW, REOPEN);
    assertEquals(
        "error.ticket.reopen",
        refusal(
            () -> late.moveTo(TicketState.IN_PROGRESS, NOW.plus(REOPEN).plusSeconds(1), REOPEN)));
    assertEquals(TicketState.RESOLVED, late.getState());
  }

  @Test
  void aClosedTicketCannotBeResolvedAgainOrWaitForAnyone() {
    Ticket t = inProgress();
    t.moveTo(TicketState.RESOLVED, NOW, REOPEN);
    t.moveTo(TicketState.CLOSED, NOW, REOPEN);
    assertEquals("error.ticket.state", refusal(() -> t.moveTo(TicketState.RESOLVED, NOW, REOPEN)));
    assertEquals(
        "error.ticket.state", refusal(() -> t.moveTo(TicketState.WAITING_SUPPLIER, NOW, REOPEN)));
    assertEquals("error.ticket.state", refusal(() -> t.assign("op")));
  }

  @Test
  void onlyTheFirstPublicReplyCountsAsTheFirstResponse() {
    Ticket t = inProgress();
    t.responded(NOW);
    t.responded(NOW.plusSeconds(3600));
    assertEquals(NOW, t.getFirstResponseAt());
  }

  @Test
  void aCounterNumbersTicketsOneAfterTheOtherWithinItsYear() {
    TicketCounter counter = new TicketCounter(2026);
    assertEquals("TK-2026-000001", counter.next());
    assertEquals("TK-2026-000002", counter.next());
  }
}
