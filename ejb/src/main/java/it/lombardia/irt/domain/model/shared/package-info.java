/**
 * Building blocks shared by the aggregates: the tenant-owned base entity and common value types.
 */
package it.lombardia.irt.domain.model.shared;
