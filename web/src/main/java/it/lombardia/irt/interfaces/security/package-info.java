/**
 * Authentication (form, HTTP Basic, bearer tokens), the per-request call context, security headers.
 */
package it.lombardia.irt.interfaces.security;
