package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.DatabaseFailures;
import it.lombardia.irt.interfaces.shell.DatabaseOutage;
import it.lombardia.irt.interfaces.shell.RequestIds;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: protocol errors keep their status, unreadable bodies (malformed JSON) are a 400,
 * the database out of reach a 503 with {@code Retry-After}, a lost race with a concurrent change a
 * 409, and unexpected failures a 500 with a reference to the server log, never a stack trace.
 */
@Provider
public class GenericExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(GenericExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof ProcessingException) {
      return ApplicationExceptionMappers.answer(
          400, ErrorBody.of(400, UnreadableRequest.describe(e)));
    }
    if (e instanceof WebApplicationException wae) {
      int status = wae.getResponse().getStatus();
      String reason =
          status == 400
              ? UnreadableRequest.describe(e)
              : wae.getResponse().getStatusInfo().getReasonPhrase();
      return ApplicationExceptionMappers.answer(status, ErrorBody.of(status, reason));
    }
    if (e instanceof ConstraintViolationException cve) {
      return ApplicationExceptionMappers.answer(
          400,
          new ErrorBody(
              400,
              "Invalid input",
              cve.getConstraintViolations().stream()
                  .map(
                      v ->
                          new ErrorBody.FieldProblem(
                              v.getPropertyPath().toString(), v.getMessage()))
                  .toList()));
    }
    if (DatabaseFailures.unreachable(e)) {
      DatabaseOutage.refused(e);
      return Response.fromResponse(
              ApplicationExceptionMappers.answer(
                  503,
                  ErrorBody.of(
                      503, "The database is unavailable: nothing was changed; try again shortly")))
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    if (DatabaseFailures.concurrentChange(e)) {
      return ApplicationExceptionMappers.answer(
          409,
          ErrorBody.of(
              409, "Changed by someone else meanwhile: nothing was changed; reload and try again"));
    }
    String reference = RequestIds.current();
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, cause);
    return ApplicationExceptionMappers.answer(
        500, ErrorBody.of(500, "Internal error, reference " + reference));
  }
}
