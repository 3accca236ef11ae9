package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns IRT's exceptions into FHIR answers with an OperationOutcome: invalid input and broken rules
 * 422 (one issue per problem, with the element it concerns), a malformed search value 400, a
 * conflict with stored data 409, unknown or another ASST's resources 404, outside the caller's
 * scope 403; anything unexpected 500 with a reference to the log, never a stack trace.
 */
@Interceptor
public class FhirErrors {

  private static final Logger LOG = Logger.getLogger(FhirErrors.class.getName());

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null) {
      if (cause instanceof ConflictException e) {
        return new ResourceVersionConflictException(e.getMessage(), outcome(e.problems()));
      }
      if (cause instanceof InvalidInputException e) {
        return new UnprocessableEntityException(e.getMessage(), outcome(e.problems()));
      }
      if (cause instanceof RuleViolation e) {
        return new UnprocessableEntityException(
            e.getMessage(),
            outcome(List.of(new InvalidInputException.Problem("", e.key(), e.getMessage()))));
      }
      if (cause instanceof NotFoundException e) {
        return new ResourceNotFoundException(e.getMessage());
      }
      if (cause instanceof AccessDeniedException e) {
        return new ForbiddenOperationException(e.getMessage());
      }
      if (cause instanceof DataFormatException e) {
        // A malformed value in the URL, e.g. date=banana: the request's fault, not the server's.
        return new InvalidRequestException(e.getMessage());
      }
      if (cause instanceof BaseServerResponseException e
          && !(e instanceof InternalErrorException)) {
        return e;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
    return new InternalErrorException("Unexpected error, reference " + reference);
  }

  /** One error issue per problem, located by its element. */
  static OperationOutcome outcome(List<InvalidInputException.Problem> problems) {
    OperationOutcome outcome = new OperationOutcome();
    for (InvalidInputException.Problem p : problems) {
      var issue =
          outcome
              .addIssue()
              .setSeverity(IssueSeverity.ERROR)
              .setCode(IssueType.PROCESSING)
              .setDiagnostics(p.message());
      if (!p.field().isEmpty()) {
        issue.getExpression().add(new StringType(p.field()));
      }
    }
    return outcome;
  }
}
