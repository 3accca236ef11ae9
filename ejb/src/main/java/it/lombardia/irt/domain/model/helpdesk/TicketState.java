package it.lombardia.irt.domain.model.helpdesk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a ticket stands: new → assigned → in progress → waiting for the requester or for the
 * supplier → resolved → closed. The SLA clocks run only in the working states: waiting and resolved
 * stop them ({@link #clockRuns}).
 */
public enum TicketState {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  WAITING_REQUESTER,
  WAITING_SUPPLIER,
  RESOLVED,
  CLOSED;

  /**
   * The moves each state allows. Assigning again hands a ticket to another operator; resolved → in
   * progress is a reopening, allowed only within the configured days ({@link Ticket#reopen}).
   */
  private static final Map<TicketState, Set<TicketState>> NEXT =
      Map.of(
          NEW, EnumSet.of(ASSIGNED),
          ASSIGNED, EnumSet.of(ASSIGNED, IN_PROGRESS),
          IN_PROGRESS, EnumSet.of(ASSIGNED, WAITING_REQUESTER, WAITING_SUPPLIER, RESOLVED),
          WAITING_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED),
          WAITING_SUPPLIER, EnumSet.of(IN_PROGRESS, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
          CLOSED, EnumSet.of(IN_PROGRESS));

  public boolean mayGoTo(TicketState to) {
    return to != null && NEXT.get(this).contains(to);
  }

  public Set<TicketState> next() {
    return NEXT.get(this);
  }

  /** Whether the centre is working on it: its SLA clocks run. */
  public boolean clockRuns() {
    return this == NEW || this == ASSIGNED || this == IN_PROGRESS;
  }

  /** Still to be resolved (the backlog). */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }
}
