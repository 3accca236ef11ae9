package it.lombardia.irt.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * Base of every entity that belongs to one ASST. The tenant column is filled and filtered by
 * Hibernate from the caller's tenant ({@code @TenantId}), so no query can forget it and no row can
 * be saved without it: a session with no tenant in context cannot even be opened. The tenant is
 * audited too: history queries filter on it, since Envers ignores {@code @TenantId}.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwnedEntity {

  @TenantId
  @Column(name = "tenant_code", nullable = false, updatable = false, length = 40)
  private String tenantCode;

  public String getTenantCode() {
    return tenantCode;
  }

  /**
   * Only region-level services, which run without the tenant filter, may choose the tenant
   * explicitly.
   */
  protected void assignTenant(String tenantCode) {
    this.tenantCode = tenantCode;
  }
}
