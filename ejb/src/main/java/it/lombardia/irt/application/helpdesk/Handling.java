package it.lombardia.irt.application.helpdesk;

/**
 * In which capacity a caller reaches a ticket: as an operator of the centre serving its ASST (every
 * ticket, internal notes, the patient's support data), as the ASST's administrator (every ticket of
 * the ASST, no internal notes), or as its requester (their own tickets only).
 */
public enum Handling {
  OPERATOR,
  ADMIN,
  REQUESTER;

  boolean seesInternalNotes() {
    return this == OPERATOR;
  }
}
