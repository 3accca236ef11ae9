package it.lombardia.irt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation at the service boundary, reported as {@link InvalidInputException}. */
@ApplicationScoped
public class InputValidator {

  @Inject Validator validator;

  public void check(Object input) {
    if (input == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      List<InvalidInputException.Problem> problems =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(
                  v ->
                      new InvalidInputException.Problem(
                          v.getPropertyPath().toString(),
                          bundleKey(v.getMessageTemplate()),
                          v.getMessage()))
              .toList();
      throw new InvalidInputException(problems);
    }
  }

  private static String bundleKey(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }
}
