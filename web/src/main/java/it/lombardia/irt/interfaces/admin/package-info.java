/** Tenant administration pages: users, API clients, audit history. */
package it.lombardia.irt.interfaces.admin;
