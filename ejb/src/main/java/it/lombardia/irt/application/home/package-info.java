/** Each role's work queue, its home page: what waits for the user today, most urgent first. */
package it.lombardia.irt.application.home;
