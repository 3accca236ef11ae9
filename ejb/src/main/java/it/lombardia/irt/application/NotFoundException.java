package it.lombardia.irt.application;

import jakarta.ejb.ApplicationException;

/**
 * Nothing with that key exists for the caller. Another tenant's data answers the same way, so keys
 * cannot be guessed (HTTP 404).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object key) {
    super(what + " not found: " + key);
  }
}
