/**
 * Persistence infrastructure: the Flyway migrations that own the schema (Hibernate never changes
 * it).
 */
package it.lombardia.irt.infrastructure.persistence;
