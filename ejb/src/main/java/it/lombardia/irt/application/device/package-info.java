/** Use cases of the devices' logistics: inventory, lifecycle steps, patient associations. */
package it.lombardia.irt.application.device;
