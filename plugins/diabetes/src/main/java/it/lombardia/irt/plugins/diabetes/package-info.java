/**
 * The diabetes network's content: glycaemic control at home (capillary and continuous glucose),
 * with criteria, thresholds, trend rules, alarm actions and pathway, each value citing its
 * guideline.
 */
package it.lombardia.irt.plugins.diabetes;
