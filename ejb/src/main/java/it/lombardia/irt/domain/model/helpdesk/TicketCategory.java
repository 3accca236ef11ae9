package it.lombardia.irt.domain.model.helpdesk;

/** What a ticket is about (seed 000 §4.11). */
public enum TicketCategory {
  /** A device at the patient's home. */
  DEVICE,
  CONNECTIVITY,
  /** A telemedicine workstation (Postazione di Lavoro). */
  WORKSTATION,
  /** An IRT account or the application itself. */
  APPLICATION,
  VIDEO,
  OTHER
}
