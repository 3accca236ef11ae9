/**
 * The UI shell: the session's language and identity, message and date helpers shared by all pages.
 */
package it.lombardia.irt.interfaces.shell;
