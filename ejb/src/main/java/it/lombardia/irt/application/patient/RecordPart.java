package it.lombardia.irt.application.patient;

/**
 * The parts of a patient's record a service reads or changes. The care team named in the plan and
 * the requesting physician reach every part; the COT and ADI operators coordinating a patient's
 * pathway reach only what their work needs — who and where the patient is, their devices, and the
 * pathway itself — never the clinical content (seed 003 §2.1.3).
 */
public enum RecordPart {
  /** Identity, address, contacts, caregivers and devices: enough to reach the patient at home. */
  IDENTITY,
  /** Enrolments, suitability, consents, UVM, the plan, bookings, alarms and their pauses. */
  PATHWAY,
  /** The timeline, notes, documents, encounters, reports, readings and questionnaires. */
  CLINICAL
}
