/**
 * The audit trail: Envers revisions carrying user, tenant, time and client address, and the history
 * queries, which always restrict by tenant themselves because Envers ignores {@code @TenantId}.
 */
package it.lombardia.irt.infrastructure.audit;
