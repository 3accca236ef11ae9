package it.lombardia.irt.domain.model.supplier;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a ticket stands with its supplier: handed off, acknowledged, being worked on, then resolved
 * or rejected (both hand the ticket back to the centre, which confirms with the requester).
 */
public enum SupplierState {
  ESCALATED,
  ACKNOWLEDGED,
  IN_PROGRESS,
  RESOLVED,
  REJECTED;

  private static final Map<SupplierState, Set<SupplierState>> NEXT =
      Map.of(
          ESCALATED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REJECTED),
          ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, RESOLVED, REJECTED),
          IN_PROGRESS, EnumSet.of(RESOLVED, REJECTED),
          RESOLVED, EnumSet.noneOf(SupplierState.class),
          REJECTED, EnumSet.noneOf(SupplierState.class));

  public boolean mayGoTo(SupplierState to) {
    return to == this || NEXT.get(this).contains(to);
  }

  /** Whether the supplier still has the ticket. */
  public boolean isOpen() {
    return this != RESOLVED && this != REJECTED;
  }
}
