package it.lombardia.irt.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * A step the domain's rules do not allow now (e.g. activating a service without consent). It names
 * a message key of the UI bundles and carries the English text for the API; nothing was changed
 * (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

  private final String key;

  public RuleViolation(String key, String message) {
    super(message);
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Throws unless {@code condition} holds. */
  public static void require(boolean condition, String key, String message) {
    if (!condition) {
      throw new RuleViolation(key, message);
    }
  }
}
