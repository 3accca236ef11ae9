/**
 * Plug-in loading: discovery of the built-in plug-ins (in-process), extraction of an uploaded jar's
 * definition in a sandboxed child JVM, and the JSON form in which every activated definition is
 * kept.
 */
package it.lombardia.irt.infrastructure.plugin;
