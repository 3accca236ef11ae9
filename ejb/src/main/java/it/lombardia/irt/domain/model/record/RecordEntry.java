package it.lombardia.irt.domain.model.record;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event of the home-care record (cartella domiciliare): what happened to the patient, when and
 * by whom. Entries are appended, never changed — a correction is a new entry — so the row itself is
 * the audit trail.
 */
@Entity
@Table(name = "record_entry")
public class RecordEntry extends TenantOwnedEntity {

  /** What the entry is about; the record can be filtered by it. */
  public enum Type {
    ENROLMENT,
    SUITABILITY,
    CONSENT,
    UVM,
    PLAN,
    NOTE,
    DOCUMENT,
    ENCOUNTER,
    REPORT,
    MEASUREMENTS,
    ALARM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, updatable = false, length = 30)
  private Type type;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 80)
  private String author;

  @Column(nullable = false, updatable = false, length = 4000)
  private String summary;

  /** What the entry points at, e.g. {@code enrolment/12} or {@code document/7}. */
  @Column(updatable = false, length = 100)
  private String reference;

  protected RecordEntry() {}

  public RecordEntry(
      Long patientId,
      Type type,
      Instant occurredAt,
      String author,
      String summary,
      String reference) {
    this.patientId = patientId;
    this.type = type;
    this.occurredAt = occurredAt;
    this.author = author;
    this.summary = summary.length() > 4000 ? summary.substring(0, 4000) : summary;
    this.reference = reference;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Type getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getAuthor() {
    return author;
  }

  public String getSummary() {
    return summary;
  }

  public String getReference() {
    return reference;
  }
}
