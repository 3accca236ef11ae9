package it.lombardia.irt.application.encounter;

import jakarta.ejb.ApplicationException;

/**
 * A patient link that does not open the encounter: unknown, revoked, expired, or for another
 * encounter. Deliberately says no more, so a link cannot be probed.
 */
@ApplicationException(rollback = true)
public class LinkRefusedException extends RuntimeException {

  public LinkRefusedException() {
    super("the link is not valid, or no longer");
  }
}
