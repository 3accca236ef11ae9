/**
 * In-memory fakes of the accounts-and-tenants repositories (and of the caches and settings around
 * them), for the use cases' unit tests: one ASST's view, numbered as the database numbers rows.
 */
package it.lombardia.irt.testing.accounts;
