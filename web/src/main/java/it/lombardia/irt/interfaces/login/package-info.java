/** Logging in and out. */
package it.lombardia.irt.interfaces.login;
