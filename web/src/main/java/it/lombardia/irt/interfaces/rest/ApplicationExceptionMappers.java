package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.UnavailableException;
import it.lombardia.irt.application.network.PluginRefusedException;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Turns the application's exceptions into 400, 403, 404, 409, 422 and 503 answers with a JSON body.
 */
final class ApplicationExceptionMappers {

  private ApplicationExceptionMappers() {}

  static Response answer(int status, ErrorBody body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      int status = e instanceof ConflictException ? 409 : 400;
      return answer(
          status,
          new ErrorBody(
              status,
              status == 409 ? "Conflict" : "Invalid input",
              e.problems().stream()
                  .map(p -> new ErrorBody.FieldProblem(p.field(), p.message()))
                  .toList()));
    }
  }

  @Provider
  public static class PluginRefused implements ExceptionMapper<PluginRefusedException> {
    @Override
    public Response toResponse(PluginRefusedException e) {
      var report = e.report();
      return answer(
          422,
          new ErrorBody(
              422,
              "Plug-in "
                  + report.pluginId()
                  + " "
                  + report.pluginVersion()
                  + " refused; the active version is unchanged",
              report.problems().stream()
                  .map(p -> new ErrorBody.FieldProblem(p.path(), p.message()))
                  .toList()));
    }
  }

  @Provider
  public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return answer(403, ErrorBody.of(403, "Forbidden: your role does not allow this operation"));
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return answer(404, ErrorBody.of(404, e.getMessage()));
    }
  }

  /** A step the rules do not allow now: 409, with the rule's message. */
  @Provider
  public static class RuleViolated implements ExceptionMapper<RuleViolation> {
    @Override
    public Response toResponse(RuleViolation e) {
      return answer(
          409,
          new ErrorBody(
              409, e.getMessage(), List.of(new ErrorBody.FieldProblem("", e.getMessage()))));
    }
  }

  @Provider
  public static class Unavailable implements ExceptionMapper<UnavailableException> {
    @Override
    public Response toResponse(UnavailableException e) {
      return answer(503, ErrorBody.of(503, e.getMessage()));
    }
  }
}
