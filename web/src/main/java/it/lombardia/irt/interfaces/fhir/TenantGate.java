package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import it.lombardia.irt.application.CurrentUser;
import it.lombardia.irt.application.tenant.TenantBases;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FHIR API's gate (web.xml leaves {@code /fhir/*} to it): a request without a caller — no or
 * wrong credentials — answers 401 with an OperationOutcome, except {@code GET metadata}, the
 * CapabilityStatement, which describes the API and no data (404 on a base no active ASST has). The
 * tenant in the URL must be the caller's: an ASST's credentials on another ASST's base are refused
 * (403) before anything is read. The data layer filters by the caller's tenant anyway. ({@link
 * CapabilityDeclarations} names the tenant's base in the CapabilityStatement.)
 */
@Interceptor
public class TenantGate {

  private static final Pattern METADATA = Pattern.compile("/([^/]+)/metadata/?");

  private final TenantBases bases;

  TenantGate(TenantBases bases) {
    this.bases = bases;
  }

  /** Before HAPI looks at the request: an unknown caller learns nothing but its 401. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
  public boolean requireCaller(HttpServletRequest request) {
    if (CurrentUser.isPresent()) {
      return true;
    }
    Matcher metadata = METADATA.matcher(String.valueOf(request.getPathInfo()));
    if ("GET".equals(request.getMethod()) && metadata.matches()) {
      if (!bases.serves(metadata.group(1))) {
        throw new ResourceNotFoundException("No ASST of IRT has the base " + metadata.group(1));
      }
      return true; // the CapabilityStatement describes the API, no data: anybody may read it
    }
    // Not HAPI's AuthenticationException: HAPI answers that one in plain text.
    var unauthorized = new UnclassifiedServerFailureException(401, "Authentication failed");
    unauthorized.addResponseHeader("WWW-Authenticate", "Basic realm=\"IRT\", charset=\"UTF-8\"");
    throw unauthorized;
  }

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean check(RequestDetails request) {
    if (!CurrentUser.isPresent()) {
      return true; // the CapabilityStatement, let through above
    }
    if (!CurrentUser.tenantCode().equals(request.getTenantId())) {
      throw new ForbiddenOperationException(
          CurrentUser.username()
              + " belongs to "
              + CurrentUser.tenantCode()
              + " and may not use this base");
    }
    return true;
  }

  /** The base of the request's tenant, e.g. {@code http://host/fhir/ASST-NIGUARDA}. */
  static String tenantBase(RequestDetails request) {
    String base = request.getFhirServerBase();
    String suffix = "/" + request.getTenantId();
    return base.endsWith(suffix) ? base : base + suffix;
  }
}
