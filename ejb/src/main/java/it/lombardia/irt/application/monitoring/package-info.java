/**
 * Tele-monitoring (seed 003 §2.2.5): measurements in (validated, idempotent, append-only),
 * evaluated on arrival against the plan's thresholds and the protocol's trend and missing-data
 * rules, alarms routed by the plan's alarm protocol, acknowledged, closed or escalated; pauses; the
 * views of a patient's series and adherence.
 */
package it.lombardia.irt.application.monitoring;
