package it.lombardia.irt.domain.model.notification;

/**
 * What a message is about. Professionals opt in to {@link #ALARMS} and {@link #BOOKINGS}; a
 * patient's link is sent on an explicit request of the professional, to the contact on the record.
 */
public enum Topic {
  ALARMS,
  BOOKINGS,
  TICKETS,
  PATIENT_LINK,
  SUPPLIER_HANDOFF,
  /** A password reset link, sent to the account's address whatever the user opted in to. */
  PASSWORD_RESET,
  /**
   * A ticket's SLA about to breach or breached, to the service centre's supervisor: part of the
   * role, sent whatever the supervisor opted in to.
   */
  SLA_ALERT;

  /** The topics a user chooses to be told about. */
  public boolean isOptIn() {
    return this != PATIENT_LINK
        && this != SUPPLIER_HANDOFF
        && this != PASSWORD_RESET
        && this != SLA_ALERT;
  }
}
