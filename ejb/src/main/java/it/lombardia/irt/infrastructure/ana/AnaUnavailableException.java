package it.lombardia.irt.infrastructure.ana;

/**
 * The registry could not give an answer IRT can use: an unexpected status, no answer in time, no
 * connection, or a body that breaks the contract. The caller decides whether registration goes on
 * without the registry; the message names the cause and never carries the bearer token.
 */
public class AnaUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnaUnavailableException(String message) {
    super(message);
  }

  public AnaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
