package it.lombardia.irt.application.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryCountsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private static Ticket ticket(TicketCategory category, Instant openedAt, boolean resolved) {
    Ticket t =
        new Ticket(
            "T-1",
            TicketChannel.WEB,
            category,
            Priority.P3,
            Ticket.RequesterKind.STAFF,
            "niguarda.mmg",
            null,
            "niguarda.mmg",
            "summary",
            null,
            openedAt);
    if (resolved) {
      t.assign("niguarda.helpdesk");
      t.moveTo(TicketState.IN_PROGRESS, openedAt, Duration.ofDays(7));
      t.moveTo(TicketState.RESOLVED, openedAt.plusSeconds(60), Duration.ofDays(7));
    }
    return t;
  }

  @Test
  void countsOpenRecentAndAllPerCategoryMostReportedLatelyFirst() {
    CategoryCounts counts = new CategoryCounts(NOW);
    Instant recent = NOW.minus(Duration.ofDays(2));
    Instant old = NOW.minus(Duration.ofDays(45));
    counts.add(ticket(TicketCategory.VIDEO, old, true));
    counts.add(ticket(TicketCategory.VIDEO, old, true));
    counts.add(ticket(TicketCategory.VIDEO, old, false));
    counts.add(ticket(TicketCategory.DEVICE, recent, false));
    counts.add(ticket(TicketCategory.DEVICE, recent, true));

    List<TicketFigures.CategoryRow> rows = counts.rows();

    assertEquals(
        List.of(
            new TicketFigures.CategoryRow(TicketCategory.DEVICE, 1, 2, 2),
            new TicketFigures.CategoryRow(TicketCategory.VIDEO, 1, 0, 3)),
        rows);
  }

  @Test
  void aTicketOpenedExactlyThirtyDaysAgoIsRecent() {
    CategoryCounts counts = new CategoryCounts(NOW);
    counts.add(ticket(TicketCategory.OTHER, NOW.minus(Duration.ofDays(30)), false));

    assertEquals(1, counts.rows().get(0).lastThirtyDays());
  }
}
