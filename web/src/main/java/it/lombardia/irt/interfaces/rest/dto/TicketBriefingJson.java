package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.TicketBrief;
import it.lombardia.irt.application.helpdesk.TicketBriefing;
import it.lombardia.irt.spi.content.Label;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as the Region opens it from its oversight: what, where, its states, SLA clocks and
 * supplier; never the requester, the conversation or the patient.
 */
public record TicketBriefingJson(
    long id,
    String number,
    String asstName,
    String centreName,
    String category,
    String priority,
    String state,
    boolean breached,
    Label deviceType,
    Instant createdAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    TicketJson.Clock firstResponse,
    TicketJson.Clock resolution,
    List<StateChange> states,
    TicketBriefing.Supplier supplier) {

  /** A state the ticket entered. */
  public record StateChange(String state, Instant at) {}

  public static TicketBriefingJson of(TicketBriefing b) {
    TicketBrief t = b.ticket();
    return new TicketBriefingJson(
        t.id(),
        t.number(),
        t.asstName(),
        t.centreName(),
        t.category().name(),
        t.priority().name(),
        t.state().name(),
        t.breached(),
        b.deviceType(),
        t.openedAt(),
        b.firstResponseAt(),
        b.resolvedAt(),
        TicketJson.Clock.of(b.firstResponse()),
        TicketJson.Clock.of(b.resolution()),
        b.states().stream().map(c -> new StateChange(c.to().name(), c.at())).toList(),
        b.supplier());
  }
}
