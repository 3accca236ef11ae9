package it.lombardia.irt.application.agenda;

import it.lombardia.irt.domain.model.agenda.Slot;
import java.io.Serializable;
import java.time.Instant;

/**
 * A slot as one caller may see it. A free slot shows when it is and how it is held; a booked one
 * shows who it is booked for (by name), who booked it, when and the note only to the agenda's owner
 * and to the people in the booked patient's care (seed 003 §2.1.3) — to everyone else it is only
 * busy, with its times.
 */
public record SlotView(
    Long id,
    Instant start,
    Instant end,
    Slot.Modality modality,
    Availability status,
    String patient,
    String bookedBy,
    Instant bookedAt,
    String note)
    implements Serializable {

  /** Whether a slot can still be booked. */
  public enum Availability {
    FREE,
    BUSY
  }

  /** A free slot, or a booked one without any of its booking's details. */
  static SlotView withoutDetails(Slot slot) {
    return slot.getStatus() == Slot.Status.FREE
        ? new SlotView(
            slot.getId(),
            slot.getStartsAt(),
            slot.getEndsAt(),
            slot.getModality(),
            Availability.FREE,
            null,
            null,
            null,
            null)
        : new SlotView(
            null,
            slot.getStartsAt(),
            slot.getEndsAt(),
            null,
            Availability.BUSY,
            null,
            null,
            null,
            null);
  }

  /** A booked slot with its booking's details, the patient named by {@code patientName}. */
  static SlotView booked(Slot slot, String patientName) {
    return new SlotView(
        slot.getId(),
        slot.getStartsAt(),
        slot.getEndsAt(),
        slot.getModality(),
        Availability.BUSY,
        patientName,
        slot.getBookedBy(),
        slot.getBookedAt(),
        slot.getBookingNote());
  }

  /** Whether the booking's details are shown. */
  public boolean detailed() {
    return patient != null;
  }
}
