package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.spi.content.Label;
import java.time.Instant;
import java.util.List;

/**
 * One ticket opened from the Region's oversight: its brief, the states it went through, its SLA
 * clocks and its supplier's part — the summary a governor needs, without the requester, the
 * conversation or the patient.
 *
 * @param deviceType the catalog type of the linked device, {@code null} without one
 * @param states the states it entered, oldest first
 * @param supplier the supplier it is escalated to, {@code null} when it is not
 */
public record TicketBriefing(
    TicketBrief ticket,
    Label deviceType,
    Instant firstResponseAt,
    Instant resolvedAt,
    SlaClock firstResponse,
    SlaClock resolution,
    List<SlaClock.Change> states,
    Supplier supplier) {

  /** The supplier's side of an escalated ticket. */
  public record Supplier(String name, String state, String reference, Instant escalatedAt) {}
}
