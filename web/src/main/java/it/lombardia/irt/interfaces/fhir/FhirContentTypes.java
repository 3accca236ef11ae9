package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * A body must be FHIR JSON or XML (or a form for a POSTed search): anything else is a 415 with an
 * OperationOutcome, not a parser error. Checked after {@link TenantGate}: an unknown caller learns
 * nothing but its 401.
 */
@Interceptor
public class FhirContentTypes {

  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean check(HttpServletRequest request) {
    if (!WITH_BODY.contains(request.getMethod())) {
      return true;
    }
    String type = request.getContentType();
    String bare = type == null ? "" : type.split(";", 2)[0].trim();
    if (EncodingEnum.forContentType(bare) == null
        && !bare.equalsIgnoreCase(Constants.CT_X_FORM_URLENCODED)) {
      throw new UnclassifiedServerFailureException(
          415,
          "Unsupported content type '"
              + bare
              + "': send "
              + Constants.CT_FHIR_JSON_NEW
              + " or "
              + Constants.CT_FHIR_XML_NEW);
    }
    return true;
  }
}
