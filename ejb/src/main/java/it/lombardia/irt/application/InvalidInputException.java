package it.lombardia.irt.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input broke a rule; nothing was changed (the transaction rolls back). Each problem names the
 * field and a message key of the UI bundles, so the web layer can answer in the user's language
 * (HTTP 400).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  /**
   * One broken rule: the field (may be empty), the bundle key, the English text used by the API,
   * and the values the bundle's message shows ({0}, {1}…).
   */
  public record Problem(String field, String key, String message, List<Object> args) {

    public Problem(String field, String key, String message) {
      this(field, key, message, List.of());
    }
  }

  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message())
            .toList()
            .toString());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String key, String message) {
    return new InvalidInputException(List.of(new Problem(field, key, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
