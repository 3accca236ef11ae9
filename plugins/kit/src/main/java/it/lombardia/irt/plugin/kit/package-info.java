/** The contract test kit for clinical-network plug-ins (JUnit 5). */
package it.lombardia.irt.plugin.kit;
