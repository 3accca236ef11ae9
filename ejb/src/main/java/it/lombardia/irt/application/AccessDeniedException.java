package it.lombardia.irt.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller is authenticated but lacks the role, or the relationship, the operation needs (HTTP
 * 403).
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
