package it.lombardia.irt.domain.model.agenda;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A time slot of an agenda: free or booked for one patient. Cancelling a booking frees the slot
 * again; Envers keeps who booked and cancelled it and why.
 */
@Entity
@Table(name = "slot")
@Audited
public class Slot extends TenantOwnedEntity {

  /** How the encounter takes place. */
  public enum Modality {
    VIDEO,
    PHONE
  }

  public enum Status {
    FREE,
    BOOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agenda_id", nullable = false, updatable = false)
  private Long agendaId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Modality modality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.FREE;

  @Column(name = "patient_id")
  private Long patientId;

  @Column(name = "booked_by", length = 80)
  private String bookedBy;

  @Column(name = "booked_at")
  private Instant bookedAt;

  @Column(name = "booking_note", length = 1000)
  private String bookingNote;

  @Column(name = "cancellation_reason", length = 1000)
  private String cancellationReason;

  @Version @NotAudited private long version;

  protected Slot() {}

  public Slot(Long agendaId, Instant startsAt, Instant endsAt, Modality modality) {
    this.agendaId = agendaId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.modality = modality;
  }

  /** Books the slot for a patient. */
  public void book(Long patientId, String by, String note, Instant now) {
    require(status == Status.FREE, "error.slot.taken", "the slot is no longer free");
    require(startsAt.isAfter(now), "error.slot.past", "the slot has already started");
    this.status = Status.BOOKED;
    this.patientId = patientId;
    this.bookedBy = by;
    this.bookedAt = now;
    this.bookingNote = note;
    this.cancellationReason = null;
  }

  /** Cancels the booking, with a reason; the slot is free again. */
  public void cancelBooking(String reason) {
    require(status == Status.BOOKED, "error.slot.notBooked", "the slot is not booked");
    require(
        reason != null && reason.trim().length() >= 3 && reason.length() <= 1000,
        "error.slot.reason",
        "give the reason (3 to 1000 characters)");
    this.status = Status.FREE;
    this.patientId = null;
    this.bookedBy = null;
    this.bookedAt = null;
    this.bookingNote = null;
    this.cancellationReason = reason.trim();
  }

  public boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && from.isBefore(endsAt);
  }

  public Long getId() {
    return id;
  }

  public Long getAgendaId() {
    return agendaId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Modality getModality() {
    return modality;
  }

  public Status getStatus() {
    return status;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getBookedBy() {
    return bookedBy;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public String getBookingNote() {
    return bookingNote;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }
}
