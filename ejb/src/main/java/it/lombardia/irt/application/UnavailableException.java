package it.lombardia.irt.application;

import jakarta.ejb.ApplicationException;

/**
 * An external service IRT depends on is switched off or did not answer; nothing was changed (HTTP
 * 503).
 */
@ApplicationException(rollback = true)
public class UnavailableException extends RuntimeException {

  public UnavailableException(String message) {
    super(message);
  }
}
