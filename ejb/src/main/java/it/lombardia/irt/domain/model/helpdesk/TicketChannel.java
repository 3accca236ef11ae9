package it.lombardia.irt.domain.model.helpdesk;

/** How a ticket reached the centre. */
public enum TicketChannel {
  PHONE,
  /** The "Segnala un problema" form in IRT. */
  WEB,
  /** The patient's or caregiver's personal link page. */
  PATIENT_LINK,
  EMAIL,
  /**
   * IRT itself: a patient's installed device sent nothing for the missing-data window, and the
   * centre calls the patient or caregiver (a call task, {@link CallTasks}).
   */
  PROACTIVE
}
