/** Technical adapters: persistence, tenancy, audit, security, configuration, caches, start-up. */
package it.lombardia.irt.infrastructure;
