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
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.DatabaseFailures;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.interfaces.shell.DatabaseOutage;
import it.lombardia.irt.interfaces.shell.RequestIds;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns IRT's exceptions into FHIR answers with an OperationOutcome: invalid input and broken rules
 * 422 (one issue per problem, with the element it concerns), a malformed search value 400, a
 * conflict with stored data 409, unknown or another ASST's resources 404, outside the caller's
 * scope 403; the database out of reach 503 with {@code Retry-After}; anything unexpected 500 with a
 * reference to the log, never a stack trace.
 */
@Interceptor
public class FhirErrors {

  private static final Logger LOG = Logger.getLogger(FhirErrors.class.getName());
  private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d+: ");

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
    if (DatabaseFailures.unreachable(thrown)) {
      DatabaseOutage.refused(thrown);
      return new DatabaseUnavailable();
    }
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
        return unparsable(e.getMessage());
      }
      if (cause instanceof BaseServerResponseException e
          && !(e instanceof InternalErrorException)) {
        return e.getOperationOutcome() == null && HAPI_CODE.matcher(e.getMessage()).find()
            ? unparsable(e.getMessage())
            : e;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    String reference = RequestIds.current();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
    return new InternalErrorException("Unexpected error, reference " + reference);
  }

  /** 503: the database cannot be reached now; nothing was kept, the request may be sent again. */
  static final class DatabaseUnavailable extends UnclassifiedServerFailureException {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGE =
        "The database is unavailable: nothing was stored; send the request again in "
            + DatabaseOutage.RETRY_AFTER_SECONDS
            + " seconds";

    DatabaseUnavailable() {
      super(503, MESSAGE, transientOutcome());
      addResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
    }

    /**
     * No stack trace: it tells nothing (the outage is logged by {@link DatabaseOutage}), and HAPI
     * would print one per refused request.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }

    private static OperationOutcome transientOutcome() {
      OperationOutcome outcome = new OperationOutcome();
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(IssueType.TRANSIENT)
          .setDiagnostics(MESSAGE);
      return outcome;
    }
  }

  /**
   * A 400 for what HAPI's strict parser refused (an unknown element, a malformed value), in its
   * words without its message codes and class names: {@code Unknown element 'colour' found during
   * parse}, {@code [element="effectiveDateTime"] Invalid attribute value "yesterday": …}.
   */
  private static InvalidRequestException unparsable(String message) {
    String clean =
        HAPI_CODE
            .matcher(message)
            .replaceAll("")
            .replaceAll("\\s*\\n\\s*", " ")
            .replaceFirst(
                "Failed to parse request body as (\\w+) resource\\. Error was: ",
                "The body is not a valid FHIR $1 resource: ")
            .replace("Failed to parse JSON encoded FHIR content: ", "")
            .replaceAll(
                "DataFormatException at \\[Line number = (\\d+) Column number = (\\d+)[^\\]]*\\]: ",
                "line $1, column $2: ");
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.STRUCTURE)
        .setDiagnostics(clean);
    return new InvalidRequestException(clean, outcome);
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
