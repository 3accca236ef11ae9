/** The encounters' repository in memory, for the unit tests of the encounter rules. */
package it.lombardia.irt.testing.encounters;
