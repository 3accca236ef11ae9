package it.lombardia.irt.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The input is well formed but conflicts with what is stored (e.g. a sender's identifier reused for
 * another patient's reading); nothing was changed (HTTP 409). Its problems name the field but
 * nothing of the stored data.
 */
@ApplicationException(rollback = true)
public class ConflictException extends InvalidInputException {

  public ConflictException(List<Problem> problems) {
    super(problems);
  }

  public static ConflictException of(String field, String key, String message) {
    return new ConflictException(List.of(new Problem(field, key, message)));
  }

  /**
   * A sender's identifier ({@code system|value}) already names something else; {@code why} says
   * what, without telling anything of it.
   */
  public static ConflictException identifierTaken(
      String field, String system, String value, String why) {
    return of(
        field + ".identifier",
        "error.identifier.taken",
        "identifier " + system + "|" + value + ": " + why + "; nothing was stored");
  }
}
