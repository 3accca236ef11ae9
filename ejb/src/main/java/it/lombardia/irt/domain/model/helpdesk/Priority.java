package it.lombardia.irt.domain.model.helpdesk;

/**
 * How urgent a ticket is, P1 highest: e.g. P1 a patient's only monitoring device down with alarms
 * expected, P4 a question. Each has its SLA targets ({@link SlaTargets}).
 */
public enum Priority {
  P1,
  P2,
  P3,
  P4
}
