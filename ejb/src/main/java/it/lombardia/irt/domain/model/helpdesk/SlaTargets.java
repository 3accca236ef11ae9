package it.lombardia.irt.domain.model.helpdesk;

import java.time.Duration;

/**
 * The business time a centre has for a priority: to give the first response and to resolve.
 *
 * @param firstResponse from opening to the first public reply of an operator
 * @param resolution from opening to resolution
 */
public record SlaTargets(Duration firstResponse, Duration resolution) {

  public SlaTargets {
    if (firstResponse.isNegative()
        || firstResponse.isZero()
        || resolution.compareTo(firstResponse) < 0) {
      throw new IllegalArgumentException(
          "SLA targets need a positive first response no longer than the resolution");
    }
  }
}
