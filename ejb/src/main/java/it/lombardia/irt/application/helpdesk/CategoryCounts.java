package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets per category: open now, opened in the last 30 days, in all; most reported lately first.
 */
final class CategoryCounts {

  private static final Duration RECENT = Duration.ofDays(30);

  private final Instant recentFrom;
  private final Map<TicketCategory, int[]> counts = new EnumMap<>(TicketCategory.class);

  CategoryCounts(Instant now) {
    this.recentFrom = now.minus(RECENT);
  }

  void add(Ticket t) {
    int[] c = counts.computeIfAbsent(t.getCategory(), k -> new int[3]);
    if (t.getState().isOpen()) {
      c[0]++;
    }
    if (!t.getCreatedAt().isBefore(recentFrom)) {
      c[1]++;
    }
    c[2]++;
  }

  List<TicketFigures.CategoryRow> rows() {
    return counts.entrySet().stream()
        .map(
            e ->
                new TicketFigures.CategoryRow(
                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .sorted(
            Comparator.comparingInt(TicketFigures.CategoryRow::lastThirtyDays)
                .thenComparingInt(TicketFigures.CategoryRow::total)
                .reversed())
        .toList();
  }
}
