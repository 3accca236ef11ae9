/** The suppliers' repository in memory, for the unit tests of level-2 escalation. */
package it.lombardia.irt.testing.suppliers;
