package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.helpdesk.Workstation.SiteKind;
import it.lombardia.irt.domain.model.helpdesk.Workstation.State;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkstationTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private static Workstation workstation() {
    return new Workstation(
        "PDL-0001", "Casa di Comunità Bicocca", SiteKind.COMMUNITY_HOUSE, null, NOW);
  }

  @Test
  void aNewWorkstationIsToActivate() {
    assertEquals(State.TO_ACTIVATE, workstation().getState());
  }

  @Test
  void goesBetweenActiveAndFaultyAndIsMoved() {
    Workstation w = workstation();
    w.update("Studio dr. Bianchi", SiteKind.GP_OFFICE, State.ACTIVE, null);
    w.update("Studio dr. Bianchi", SiteKind.GP_OFFICE, State.FAULTY, "webcam");
    w.update("Studio dr. Bianchi", SiteKind.GP_OFFICE, State.ACTIVE, null);
    assertEquals(State.ACTIVE, w.getState());
    assertEquals("Studio dr. Bianchi", w.getSite());
    assertEquals(SiteKind.GP_OFFICE, w.getSiteKind());
  }

  @Test
  void aRetiredWorkstationIsNotBroughtBack() {
    Workstation w = workstation();
    w.update(w.getSite(), w.getSiteKind(), State.RETIRED, null);
    RuleViolation refused =
        assertThrows(
            RuleViolation.class, () -> w.update(w.getSite(), w.getSiteKind(), State.ACTIVE, null));
    assertEquals("error.workstation.retired", refused.key());
    w.update(w.getSite(), w.getSiteKind(), State.RETIRED, "in magazzino");
    assertEquals("in magazzino", w.getNotes());
  }

  @Test
  void onlyAnOpenWorkstationTicketLinksAWorkstation() {
    Ticket device = ticket(TicketCategory.DEVICE);
    assertThrows(RuleViolation.class, () -> device.aboutWorkstation(1L));
    Ticket ticket = ticket(TicketCategory.WORKSTATION);
    ticket.aboutWorkstation(7L);
    assertEquals(7L, ticket.getWorkstationId());
    ticket.assign("op");
    ticket.moveTo(TicketState.IN_PROGRESS, NOW, Duration.ofDays(7));
    ticket.moveTo(TicketState.RESOLVED, NOW, Duration.ofDays(7));
    assertThrows(RuleViolation.class, () -> ticket.aboutWorkstation(8L));
  }

  private static Ticket ticket(TicketCategory category) {
    return new Ticket(
        "TK-1",
        TicketChannel.PHONE,
        category,
        Priority.P3,
        Ticket.RequesterKind.SITE,
        "Casa di Comunità",
        null,
        "op",
        "Webcam",
        null,
        NOW);
  }
}
