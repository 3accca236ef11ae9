package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.domain.model.tenant.Tenant;
import java.util.Map;

/** A tenant as the API shows it. */
public record TenantJson(
    String code,
    String name,
    String ats,
    String atsName,
    boolean active,
    Map<String, String> settings) {

  static TenantJson of(Tenant t) {
    return new TenantJson(
        t.getCode(),
        t.getName(),
        t.getAts().name(),
        t.getAts().officialName(),
        t.isActive(),
        t.getSettings());
  }
}
