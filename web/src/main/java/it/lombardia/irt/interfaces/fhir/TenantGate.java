package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;

/**
 * The tenant in the URL must be the caller's: an ASST's credentials on another ASST's base are
 * refused (403) before anything is read. The data layer filters by the caller's tenant anyway.
 */
@Interceptor
public class TenantGate {

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean check(RequestDetails request) {
    Actor actor = CallContext.requireActor();
    if (!actor.tenantCode().equals(request.getTenantId())) {
      throw new ForbiddenOperationException(
          actor.name() + " belongs to " + actor.tenantCode() + " and may not use this base");
    }
    return true;
  }
}
