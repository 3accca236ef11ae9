/**
 * Signing in: password checks against the tenant's accounts and API clients, and the throttling of
 * repeated failures per username and per address (lifted by the ASST administrator).
 */
package it.lombardia.irt.application.security;
