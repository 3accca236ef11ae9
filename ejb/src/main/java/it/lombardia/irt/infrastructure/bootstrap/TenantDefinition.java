package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.tenant.Ats;
import java.util.Map;

/**
 * One ASST as written in the {@code tenants/} module. {@code hash} identifies the written content,
 * so that only an edited definition overwrites a tenant (and a Region administrator's later edits
 * survive restarts).
 */
public record TenantDefinition(
    String code, String name, Ats ats, boolean active, Map<String, String> settings, String hash) {}
