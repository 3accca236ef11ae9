package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.FhirTerser;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * References IRT resolves ({@code subject}, {@code device}) name this ASST's resources: {@code
 * Patient/{id}}, or the same as an absolute URL on the tenant's own base, which is rewritten to the
 * local reference it is before the resource is handled. An absolute URL of another server stays as
 * sent, and the mappings refuse it (422 naming the element): its id is another server's, not one of
 * IRT's.
 */
@Interceptor
public class LocalReferences {

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  public void localise(RequestDetails request) {
    IBaseResource resource = request.getResource();
    if (resource == null) {
      return;
    }
    localise(
        resource,
        withoutSlash(TenantGate.tenantBase(request)),
        request.getFhirContext().newTerser());
  }

  /**
   * The references of {@code resource} and, for a Bundle, of its entries (the terser skips them).
   */
  private static void localise(IBaseResource resource, String own, FhirTerser terser) {
    if (resource instanceof Bundle bundle) {
      bundle.getEntry().stream()
          .filter(e -> e.getResource() != null)
          .forEach(e -> localise(e.getResource(), own, terser));
    }
    for (Reference r : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
      IdType id = new IdType(r.getReference());
      if (id.hasBaseUrl() && withoutSlash(id.getBaseUrl()).equalsIgnoreCase(own)) {
        r.setReference(id.toUnqualifiedVersionless().getValue());
      }
    }
  }

  /** The id of {@code r} if it is a local {@code type/{numeric id}} reference; null otherwise. */
  static Long localId(Reference r, String type) {
    var id = r.getReferenceElement();
    return !id.hasBaseUrl() && type.equals(id.getResourceType()) && id.isIdPartValidLong()
        ? id.getIdPartAsLong()
        : null;
  }

  /** Whether {@code r} is an absolute URL of another server (the own base was made local). */
  static boolean isElsewhere(Reference r) {
    return r.hasReference() && r.getReferenceElement().hasBaseUrl();
  }

  /** Why a reference to another server is refused. */
  static String elsewhere(Reference r) {
    return r.getReference()
        + " is a resource of another server: name this ASST's "
        + r.getReferenceElement().getResourceType()
        + " by its id on this base";
  }

  private static String withoutSlash(String url) {
    String trimmed = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
