package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
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
