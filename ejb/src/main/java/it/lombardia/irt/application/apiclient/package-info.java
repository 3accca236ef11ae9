/**
 * Machine credentials of an ASST: API clients issued by its administrator (the secret shown once,
 * stored as a hash), rotated, disabled, and held to the SMART v2 scopes granted.
 */
package it.lombardia.irt.application.apiclient;
