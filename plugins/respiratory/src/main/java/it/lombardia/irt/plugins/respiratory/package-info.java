/**
 * The respiratory network's content: COPD and chronic respiratory failure at home (oximetry,
 * respiratory rate, symptoms), with criteria, thresholds, trend rules, alarm actions and pathway,
 * each value citing its guideline.
 */
package it.lombardia.irt.plugins.respiratory;
