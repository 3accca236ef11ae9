/** The home page: each role's work queue. */
package it.lombardia.irt.interfaces.home;
