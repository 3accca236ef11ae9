/**
 * Start-up: schema migration, tenant definitions and demo accounts, before the application serves
 * requests.
 */
package it.lombardia.irt.infrastructure.bootstrap;
