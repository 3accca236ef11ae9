package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.tenant.UrlBaseTenantIdentificationStrategy;
import it.lombardia.irt.application.tenant.TenantBases;
import it.lombardia.irt.interfaces.shell.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The FHIR server: one base per ASST ({@code /fhir/ASST-…/}), authenticated like {@code /api/*}
 * (Basic or Bearer, no session). Resources are parsed strictly — an unknown element, a malformed
 * value or JSON that FHIR forbids ({@link StrictBody}) is a 400 with an OperationOutcome — and a
 * caller may only use its own ASST's base. Every error is an OperationOutcome: a body over {@code
 * irt.fhir.max-body-bytes} 413, one that is not FHIR JSON or XML 415. Creates answer as the
 * client's {@code Prefer} asks, minimal by default.
 */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 2)
public class FhirServlet extends RestfulServer {

  private static final long serialVersionUID = 1L;

  @Inject transient ObservationProvider observations;
  @Inject transient PatientProvider patients;
  @Inject transient DeviceProvider devices;
  @Inject transient QuestionnaireResponseProvider questionnaireResponses;
  @Inject transient BundleProvider bundles;
  @Inject transient CarePlanProvider carePlans;
  @Inject transient TenantBases tenantBases;

  @Inject
  @ConfigProperty(name = "irt.fhir.max-body-bytes", defaultValue = "8388608")
  transient long maxBodyBytes;

  public FhirServlet() {
    super(FhirContext.forR4Cached());
  }

  @Override
  protected void initialize() {
    getFhirContext().setParserErrorHandler(new StrictErrorHandler());
    setTenantIdentificationStrategy(new UrlBaseTenantIdentificationStrategy());
    setDefaultResponseEncoding(EncodingEnum.JSON);
    // A gateway needs the id (Location) of what it created, not a body to parse on every reading.
    setDefaultPreferReturn(PreferReturnEnum.MINIMAL);
    setResourceProviders(
        List.of(observations, patients, devices, questionnaireResponses, carePlans));
    registerProvider(bundles);
    registerInterceptor(new TenantGate(tenantBases));
    registerInterceptor(new CapabilityDeclarations());
    registerInterceptor(new FhirContentTypes());
    registerInterceptor(new StrictBody(getFhirContext()));
    registerInterceptor(new LocalReferences());
    registerInterceptor(new FhirErrors());
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    super.service(new BoundedBody(request, maxBodyBytes), response);
  }

  /** HAPI's request id is IRT's, the one the log lines carry ({@link RequestIds}). */
  @Override
  protected String getOrCreateRequestId(HttpServletRequest request) {
    return RequestIds.of(request);
  }
}
