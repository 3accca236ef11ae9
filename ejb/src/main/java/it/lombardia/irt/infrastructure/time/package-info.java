/**
 * Time: the one {@link java.time.Clock} the application reads business time from (the system clock
 * in production; a fixed clock in unit tests).
 */
package it.lombardia.irt.infrastructure.time;
