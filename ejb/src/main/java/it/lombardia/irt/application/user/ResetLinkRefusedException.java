package it.lombardia.irt.application.user;

import jakarta.ejb.ApplicationException;

/**
 * A password reset link that sets no password: unknown, used, superseded, expired, or opened for
 * another ASST. Deliberately says no more, so a link cannot be probed.
 */
@ApplicationException(rollback = true)
public class ResetLinkRefusedException extends RuntimeException {

  public ResetLinkRefusedException() {
    super("the password reset link is not valid, or no longer");
  }
}
