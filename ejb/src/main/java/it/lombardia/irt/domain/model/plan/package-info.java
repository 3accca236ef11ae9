/**
 * Care plans: the individual care plan (PAI) and the rehabilitation plan (PRI), versioned and
 * approved, with their care team, personalised thresholds and alarm protocol.
 */
package it.lombardia.irt.domain.model.plan;
