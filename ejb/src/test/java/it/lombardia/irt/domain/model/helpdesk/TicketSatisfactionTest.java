package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketSatisfactionTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  @Test
  void isRefusedWhileTheTicketIsStillOpen() {
    Ticket open = TicketTest.newTicket();
    open.assign("op");
    open.moveTo(TicketState.IN_PROGRESS, NOW, Duration.ofDays(7));
    RuleViolation early =
        assertThrows(RuleViolation.class, () -> TicketSatisfaction.of(open, 4, null, "me", NOW));
    assertEquals("error.ticket.satisfaction.early", early.key());
  }

  @Test
  void isKeptOnceTheTicketIsResolved() {
    Ticket t = TicketTest.newTicket();
    t.assign("op");
    t.moveTo(TicketState.IN_PROGRESS, NOW, Duration.ofDays(7));
    t.moveTo(TicketState.RESOLVED, NOW, Duration.ofDays(7));
    TicketSatisfaction answer = TicketSatisfaction.of(t, 4, "Veloci", "me", NOW);
    assertEquals(4, answer.getScore());
    assertEquals("Veloci", answer.getComment());
  }
}
