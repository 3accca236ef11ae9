/**
 * Multi-tenancy: who acts in the current call and which ASST they belong to, and the resolver that
 * makes Hibernate filter and stamp every tenant-owned row with it.
 */
package it.lombardia.irt.infrastructure.tenancy;
