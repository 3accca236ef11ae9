/**
 * The oncology network's content: home tele-monitoring of toxicities during systemic anticancer
 * therapy, with criteria, thresholds, alarm actions and pathway, each value citing its guideline.
 */
package it.lombardia.irt.plugins.oncology;
