/** MicroProfile Health checks. */
package it.lombardia.irt.infrastructure.health;
