/** Pages of the devices' logistics: the inventory and each device's steps. */
package it.lombardia.irt.interfaces.devices;
