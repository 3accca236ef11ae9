/**
 * The cardiology network's content: heart failure and the other chronic cardiac conditions the
 * Region follows at home, with their criteria, monitored parameters, thresholds, trend rules, alarm
 * actions and pathway, each value citing its guideline.
 */
package it.lombardia.irt.plugins.cardiology;
