/** Per-tenant machine clients (device gateways, vendor platforms) and their hashed secrets. */
package it.lombardia.irt.domain.model.apiclient;
