/** The smallest complete plug-in, to copy when a working group starts a new network. */
package it.lombardia.irt.plugins.template;
