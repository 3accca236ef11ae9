package it.lombardia.irt.application.tenant;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Which ASSTs an API base may name ({@code /fhir/{code}}): public knowledge — the Region publishes
 * its ASSTs — so anyone may ask, e.g. before reading a base's CapabilityStatement.
 */
@Stateless
// The lookup opens its persistence context inside the region scope (no caller, no tenant).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantBases {

  @Inject TenantRepository tenants;

  /** Whether an active ASST has {@code code}. */
  public boolean serves(String code) {
    return code != null
        && CallContext.asRegion(Actor.system(), () -> tenants.find(code))
            .filter(Tenant::isActive)
            .isPresent();
  }
}
