/**
 * Tele-monitoring (seed 003 §2.2.5): the measurements that reach IRT, the alarms their evaluation
 * raises and how the care team handles them, and the pauses of a patient's alarms.
 */
package it.lombardia.irt.domain.model.monitoring;
