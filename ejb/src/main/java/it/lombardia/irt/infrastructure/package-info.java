/** Technical adapters: persistence, tenancy, audit, security, configuration, caches, start-up, health. */
package it.lombardia.irt.infrastructure;
