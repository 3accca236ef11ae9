/**
 * An ASST's professionals: accounts, roles and specialties managed by its administrator, and the
 * directory use cases consult to name a colleague.
 */
package it.lombardia.irt.application.user;
