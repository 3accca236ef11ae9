package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Tickets' state histories, the SLA clocks' input, from their timelines' state lines. */
final class StateHistories {

  private StateHistories() {}

  /** Per ticket, the states it entered in order; {@code entries} come oldest first. */
  static Map<Long, List<SlaClock.Change>> byTicket(Stream<TicketEntry> entries) {
    return entries
        .filter(e -> e.getKind() == TicketEntry.Kind.STATE)
        .collect(
            Collectors.groupingBy(
                TicketEntry::getTicketId,
                Collectors.mapping(
                    e -> new SlaClock.Change(e.getWrittenAt(), e.getState()),
                    Collectors.toList())));
  }
}
