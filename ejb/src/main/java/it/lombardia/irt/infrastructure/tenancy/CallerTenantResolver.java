package it.lombardia.irt.infrastructure.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Feeds Hibernate's {@code @TenantId} filter with the caller's tenant. Registered in
 * persistence.xml, so it applies to every session of the application without any code having to
 * remember it.
 */
public class CallerTenantResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return CallContext.tenantIdentifier();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  @Override
  public boolean isRoot(String tenantId) {
    return Tenancy.ALL_TENANTS.equals(tenantId) && CallContext.inRegionScope();
  }
}
