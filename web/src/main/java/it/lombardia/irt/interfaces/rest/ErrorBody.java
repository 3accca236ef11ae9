package it.lombardia.irt.interfaces.rest;

import java.util.List;

/**
 * The JSON body of every error answer: status, a short reason, and the problems with the input, if
 * any.
 */
public record ErrorBody(int status, String error, List<FieldProblem> problems) {

  /** One problem with the input: the field (empty for the whole request) and what is wrong. */
  public record FieldProblem(String field, String message) {}

  public static ErrorBody of(int status, String error) {
    return new ErrorBody(status, error, List.of());
  }
}
