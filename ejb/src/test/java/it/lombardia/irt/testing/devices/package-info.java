/** The devices' repository in memory, for the unit tests of logistics. */
package it.lombardia.irt.testing.devices;
