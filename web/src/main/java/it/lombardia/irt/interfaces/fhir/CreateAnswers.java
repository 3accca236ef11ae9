package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.DateUtils;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * What a create answers besides its {@code Location}, chosen by HAPI from the client's {@code
 * Prefer} header: nothing ({@code return=minimal}, the default), the resource ({@code
 * representation}) or an OperationOutcome saying what happened ({@code OperationOutcome}).
 */
final class CreateAnswers {

  private CreateAnswers() {}

  /** Whether the client asked for the resource: only then is it read back. */
  static boolean wantsRepresentation(RequestDetails request) {
    String prefer = request.getHeader(Constants.HEADER_PREFER);
    return prefer != null
        && prefer.contains(
            Constants.HEADER_PREFER_RETURN + "=" + Constants.HEADER_PREFER_RETURN_REPRESENTATION);
  }

  /**
   * The version a create stored or found, as a read would tell it: {@code ETag: W/"n"} and, when no
   * resource is returned (HAPI dates one it returns), {@code Last-Modified}.
   */
  static void versioned(MethodOutcome outcome, RequestDetails request, Instant lastUpdated) {
    request
        .getResponse()
        .addHeader(Constants.HEADER_ETAG, "W/\"" + outcome.getId().getVersionIdPart() + "\"");
    if (outcome.getResource() == null && lastUpdated != null) {
      request
          .getResponse()
          .addHeader(Constants.HEADER_LAST_MODIFIED, DateUtils.formatDate(Date.from(lastUpdated)));
    }
  }

  /** The informational OperationOutcome of {@code return=OperationOutcome}. */
  static void describe(MethodOutcome outcome, String reference, boolean created) {
    OperationOutcome said = new OperationOutcome();
    said.addIssue()
        .setSeverity(IssueSeverity.INFORMATION)
        .setCode(IssueType.INFORMATIONAL)
        .setDiagnostics(
            created ? "Created " + reference : reference + " already exists: nothing stored");
    outcome.setOperationOutcome(said);
  }
}
