package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The CapabilityStatement says exactly what works: {@code batch} beside {@code transaction} ({@link
 * BundleProvider} answers both), no {@code _include}/{@code _revinclude} (HAPI would list every
 * reference), how IRT authenticates, and — in each answer, on a copy, since HAPI keeps the
 * generated statement for a minute whatever base asked — the tenant's own base as {@code
 * implementation.url}.
 */
@Interceptor
public class CapabilityDeclarations {

  static final String SECURITY_SERVICES =
      "http://terminology.hl7.org/CodeSystem/restful-security-service";

  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void declare(IBaseConformance generated) {
    CapabilityStatementRestComponent rest = ((CapabilityStatement) generated).getRestFirstRep();
    rest.getInteraction().stream()
        .filter(i -> i.getCode() == SystemRestfulInteraction.TRANSACTION)
        .forEach(
            i ->
                i.setDocumentation(
                    "POST a Bundle of type transaction to the base: its Observations are stored all"
                        + " or none (a level-2 platform's collection is accepted there too)"));
    if (declares(rest, SystemRestfulInteraction.TRANSACTION)
        && !declares(rest, SystemRestfulInteraction.BATCH)) {
      rest.addInteraction()
          .setCode(SystemRestfulInteraction.BATCH)
          .setDocumentation(
              "POST a Bundle of type batch to the base: each Observation entry is answered on its"
                  + " own (201, 200 for one already stored, 4xx with its OperationOutcome)");
    }
    for (var resource : rest.getResource()) {
      // HAPI lists every reference as includable; IRT implements neither (a 400 says so).
      resource.setSearchInclude(List.of());
      resource.setSearchRevInclude(List.of());
    }
    if (rest.getOperation().isEmpty()) {
      // HAPI's reader of OperationDefinitions, with no operation to define.
      rest.getResource().removeIf(r -> r.getType().equals("OperationDefinition"));
    }
    rest.getSecurity()
        .setCors(false)
        .setService(List.of(new CodeableConcept(new Coding(SECURITY_SERVICES, "Basic", "Basic"))))
        .setDescription(
            "Every request but GET metadata is authenticated, without sessions: people with HTTP"
                + " Basic (their IRT username and password); API clients (device gateways,"
                + " patient apps, level-2 platforms) with HTTP Basic or 'Authorization: Bearer"
                + " {clientId}.{secret}', acting within the SMART on FHIR v2 system scopes their"
                + " ASST granted (e.g. system/Observation.c system/Patient.rs). A base serves only"
                + " its own ASST's callers (another ASST's credentials: 403) and a person only the"
                + " patients in their care. No CORS: IRT serves no browser application of other"
                + " origins.");
  }

  private static boolean declares(
      CapabilityStatementRestComponent rest, SystemRestfulInteraction interaction) {
    return rest.getInteraction().stream().anyMatch(i -> i.getCode() == interaction);
  }

  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean nameTheTenantsBase(RequestDetails request, ResponseDetails response) {
    if (response.getResponseResource() instanceof CapabilityStatement generated) {
      CapabilityStatement statement = generated.copy();
      statement.getImplementation().setUrl(TenantGate.tenantBase(request));
      response.setResponseResource(statement);
    }
    return true;
  }
}
