/**
 * What the management port's {@code /health} endpoints ask of IRT besides the server's own checks.
 */
package it.lombardia.irt.interfaces.health;
