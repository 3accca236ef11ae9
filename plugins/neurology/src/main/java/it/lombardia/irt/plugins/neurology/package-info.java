/**
 * The neurology network's content: chronic neurological conditions followed at home and their
 * tele-rehabilitation, with criteria, parameters, thresholds, alarm actions and pathway, each value
 * citing its source.
 */
package it.lombardia.irt.plugins.neurology;
