/**
 * Plug-in loading: discovery of the built-in plug-ins, child-first loading of uploaded jars, and
 * the JSON form in which every activated definition is kept.
 */
package it.lombardia.irt.infrastructure.plugin;
