/** Configuration: MicroProfile Config for every setting, with per-tenant overrides. */
package it.lombardia.irt.infrastructure.config;
