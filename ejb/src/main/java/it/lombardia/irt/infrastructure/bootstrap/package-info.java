/** Start-up: schema migration, tenant definitions, demo accounts, and the state the readiness check reads. */
package it.lombardia.irt.infrastructure.bootstrap;
