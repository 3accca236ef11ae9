package it.lombardia.irt.application;

import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The {@link InputValidator} on Hibernate Validator, as WildFly runs it, for tests without one. */
public final class InputValidators {

  private InputValidators() {}

  public static InputValidator real() {
    InputValidator validator = new InputValidator();
    // Messages without EL: the tests read the bundle keys, not the interpolated text.
    validator.validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    return validator;
  }
}
